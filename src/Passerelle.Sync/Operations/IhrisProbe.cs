using System.Net;
using System.Text.Json;
using MySqlConnector;
using Passerelle.Ihris;
using Passerelle.Ihris.Fhir;
using Passerelle.Sync.Composition;
using Passerelle.Sync.Configuration;

namespace Passerelle.Sync.Operations;

/// <summary>
/// Reaches the iHRIS source the configuration names and proves the credentials work, as the sync will use them:
/// FHIR metadata then an authenticated search (logging in to the iHRIS backend first with <c>access: backend</c>),
/// the MariaDB login and its cache tables, or the CSV export read. Messages name what to fix, never a secret.
/// </summary>
internal sealed class IhrisProbe(TimeSpan timeout)
{
    private const string Name = "ihris";

    public Task<DoctorCheck> CheckAsync(PasserelleConfig config, CancellationToken cancellationToken)
    {
        try
        {
            return config.Ihris.Kind switch
            {
                "fhir" => CheckFhirAsync(IhrisSourceConfiguration.Build(config.Ihris).Fhir, cancellationToken),
                "ihris4-mysql" => CheckDatabaseAsync(config.Ihris, cancellationToken),
                _ => Task.FromResult(CheckCsv(config.Ihris.CsvFile!)),
            };
        }
        catch (ConfigurationException e)
        {
            // A secret file named but missing or empty: say which, never what it should hold.
            return Task.FromResult(DoctorCheck.Fail(Name, e.Message, "créez le fichier de secret ou corrigez le chemin / create the secret file or fix the path"));
        }
    }

    private async Task<DoctorCheck> CheckFhirAsync(IhrisFhirOptions options, CancellationToken cancellationToken)
    {
        var backend = options.Access == IhrisFhirAccess.Backend;
        if (backend && string.IsNullOrEmpty(options.Password))
        {
            return DoctorCheck.Fail(Name, "mot de passe du backend iHRIS absent / iHRIS backend password absent",
                $"définissez / set {IhrisSourceConfiguration.PasswordVariable} ou / or ihris.passwordFile");
        }

        var baseUrl = options.BaseUrl.AbsoluteUri.TrimEnd('/') + "/";
        var metadata = new Uri(new Uri(baseUrl), "metadata");
        var search = new Uri(new Uri(baseUrl), "Location?_count=1");
        using var http = backend
            ? new HttpClient(new IhrisTokenHandler(options) { InnerHandler = new HttpClientHandler() }) { Timeout = timeout }
            : new HttpClient { Timeout = timeout };
        try
        {
            string version;
            string software;
            using (var response = await http.GetAsync(metadata, cancellationToken).ConfigureAwait(false))
            {
                if (Refused(response.StatusCode))
                {
                    return CredentialsRefused(backend, $"GET {metadata} → {(int)response.StatusCode}");
                }

                if (!response.IsSuccessStatusCode)
                {
                    return DoctorCheck.Fail(Name, $"{metadata} → {(int)response.StatusCode}", "vérifiez ihris.url (base FHIR) / check ihris.url (FHIR base)");
                }

                using var body = await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false), default, cancellationToken).ConfigureAwait(false);
                var root = body.RootElement;
                if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("resourceType", out var type) || type.GetString() != "CapabilityStatement")
                {
                    return DoctorCheck.Fail(Name, $"{metadata}: pas un CapabilityStatement FHIR / not a FHIR CapabilityStatement", "ihris.url doit être la base FHIR / must be the FHIR base");
                }

                version = root.TryGetProperty("fhirVersion", out var v) ? v.GetString() ?? "?" : "?";
                software = root.TryGetProperty("software", out var s) && s.TryGetProperty("name", out var n) ? n.GetString() ?? "?" : "?";
            }

            // Metadata is often public: only a search proves the account may read the workforce.
            using (var response = await http.GetAsync(search, cancellationToken).ConfigureAwait(false))
            {
                if (Refused(response.StatusCode))
                {
                    return CredentialsRefused(backend, $"GET {search} → {(int)response.StatusCode}");
                }

                if (!response.IsSuccessStatusCode)
                {
                    return DoctorCheck.Fail(Name, $"recherche refusée / search refused: GET {search} → {(int)response.StatusCode}",
                        "vérifiez que le serveur FHIR accepte les recherches Location / check the FHIR server accepts Location searches");
                }
            }

            var access = backend ? $"connecté par le backend / logged in through the backend as {options.Email}" : "accès direct / direct access";
            return DoctorCheck.Ok(Name, $"joignable, FHIR {version} ({software}), recherche autorisée ({access}) / reachable, search allowed: {options.BaseUrl}");
        }
        catch (IhrisSourceException e)
        {
            // The backend refused the login (or answered it without a token): its message names the URL, not the password.
            return e.Message.Contains("injoignable", StringComparison.Ordinal)
                ? Unreachable(metadata, e.Message)
                : DoctorCheck.Fail(Name, e.Message, $"vérifiez ihris.email et {IhrisSourceConfiguration.PasswordVariable} ou ihris.passwordFile / check them");
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or JsonException)
        {
            return Unreachable(metadata, e.Message);
        }
    }

    private static bool Refused(HttpStatusCode status) => status is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden;

    private static DoctorCheck CredentialsRefused(bool backend, string what) => backend
        ? DoctorCheck.Fail(Name, $"identifiants iHRIS refusés / iHRIS credentials refused: {what}",
            $"vérifiez ihris.email et {IhrisSourceConfiguration.PasswordVariable} ou ihris.passwordFile / check them")
        : DoctorCheck.Fail(Name, $"iHRIS exige une connexion / iHRIS requires a login: {what}",
            "réglez ihris.access: backend avec ihris.email et un mot de passe / set ihris.access: backend with ihris.email and a password");

    private static DoctorCheck Unreachable(Uri url, string detail) =>
        DoctorCheck.Fail(Name, $"injoignable / unreachable: {url}: {detail}", "vérifiez ihris.url, le réseau, que iHRIS tourne / check ihris.url, the network, that iHRIS runs");

    private async Task<DoctorCheck> CheckDatabaseAsync(IhrisConfig config, CancellationToken cancellationToken)
    {
        var builder = new MySqlConnectionStringBuilder(config.ConnectionString ?? string.Empty) { ConnectionTimeout = (uint)Math.Max(1, timeout.TotalSeconds) };
        if (SecretSource.Read(config.DbPasswordFile, IhrisSourceConfiguration.DbPasswordVariable) is { } password)
        {
            builder.Password = password;
        }

        var where = $"{builder.Server}:{builder.Port}/{builder.Database}";
        try
        {
            await using var connection = new MySqlConnection(builder.ConnectionString);
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            await using var command = new MySqlCommand(
                "SELECT count(*) FROM information_schema.tables WHERE table_schema = DATABASE() AND table_name LIKE 'hippo\\_%'", connection);
            var tables = Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture);
            return tables > 0
                ? DoctorCheck.Ok(Name, $"connexion acceptée, {tables} tables hippo_* / login accepted ({where}, {connection.ServerVersion})")
                : DoctorCheck.Fail(Name, $"aucune table hippo_* / no hippo_* table ({where})", "régénérez le cache iHRIS ou vérifiez la base / rebuild the iHRIS cache or check the database name");
        }
        catch (MySqlException e) when (e.ErrorCode is MySqlErrorCode.AccessDenied or MySqlErrorCode.DatabaseAccessDenied)
        {
            return DoctorCheck.Fail(Name, $"connexion refusée à la base iHRIS / iHRIS database login refused ({builder.UserID}@{where}): {e.Message}",
                $"vérifiez l'utilisateur de ihris.connectionString et {IhrisSourceConfiguration.DbPasswordVariable} ou ihris.dbPasswordFile / check the user and the password");
        }
        catch (MySqlException e)
        {
            return DoctorCheck.Fail(Name, $"base iHRIS / iHRIS database ({where}): {e.Message}",
                $"vérifiez ihris.connectionString, le réseau et {IhrisSourceConfiguration.DbPasswordVariable} / check them");
        }
    }

    private static DoctorCheck CheckCsv(string file)
    {
        try
        {
            using var reader = new StreamReader(file);
            var header = reader.ReadLine();
            return string.IsNullOrWhiteSpace(header)
                ? DoctorCheck.Fail(Name, $"export CSV vide / empty CSV export: {file}", "exportez à nouveau le rapport / export the report again")
                : DoctorCheck.Ok(Name, $"export CSV lisible / CSV export readable: {file}");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return DoctorCheck.Fail(Name, $"illisible / unreadable: {file}: {e.Message}", "vérifiez ihris.csvFile et les droits / check ihris.csvFile and permissions");
        }
    }
}
