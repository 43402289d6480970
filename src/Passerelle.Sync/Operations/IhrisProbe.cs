using System.Text.Json;
using MySqlConnector;
using Passerelle.Sync.Configuration;

namespace Passerelle.Sync.Operations;

/// <summary>Reaches the iHRIS source the configuration names: FHIR metadata, the MariaDB cache tables, or the CSV export.</summary>
internal sealed class IhrisProbe(TimeSpan timeout)
{
    public Task<DoctorCheck> CheckAsync(PasserelleConfig config, CancellationToken cancellationToken) => config.Ihris.Kind switch
    {
        "fhir" => CheckFhirAsync(config.Ihris.Url!, cancellationToken),
        "ihris4-mysql" => CheckDatabaseAsync(config.Ihris.ConnectionString!, cancellationToken),
        _ => Task.FromResult(CheckCsv(config.Ihris.CsvFile!)),
    };

    private async Task<DoctorCheck> CheckFhirAsync(string url, CancellationToken cancellationToken)
    {
        using var http = new HttpClient { Timeout = timeout };
        var metadata = new Uri(new Uri(url.TrimEnd('/') + "/"), "metadata");
        try
        {
            using var response = await http.GetAsync(metadata, cancellationToken).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode)
            {
                return DoctorCheck.Fail("ihris", $"{metadata} → {(int)response.StatusCode}", "vérifiez ihris.url (base FHIR) / check ihris.url (FHIR base)");
            }

            using var body = await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false), default, cancellationToken).ConfigureAwait(false);
            var root = body.RootElement;
            if (!root.TryGetProperty("resourceType", out var type) || type.GetString() != "CapabilityStatement")
            {
                return DoctorCheck.Fail("ihris", $"{metadata}: pas un CapabilityStatement FHIR / not a FHIR CapabilityStatement", "ihris.url doit être la base FHIR / must be the FHIR base");
            }

            var version = root.TryGetProperty("fhirVersion", out var v) ? v.GetString() : "?";
            var software = root.TryGetProperty("software", out var s) && s.TryGetProperty("name", out var n) ? n.GetString() : "?";
            return DoctorCheck.Ok("ihris", $"joignable, FHIR {version} ({software}) / reachable: {url}");
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or JsonException)
        {
            return DoctorCheck.Fail("ihris", $"injoignable / unreachable: {metadata}: {e.Message}", "vérifiez ihris.url, le réseau, que iHRIS tourne / check ihris.url, the network, that iHRIS runs");
        }
    }

    private async Task<DoctorCheck> CheckDatabaseAsync(string connectionString, CancellationToken cancellationToken)
    {
        var builder = new MySqlConnectionStringBuilder(connectionString) { ConnectionTimeout = (uint)Math.Max(1, timeout.TotalSeconds) };
        var password = Environment.GetEnvironmentVariable("PASSERELLE_IHRIS_DB_PASSWORD");
        if (!string.IsNullOrEmpty(password))
        {
            builder.Password = password;
        }

        try
        {
            await using var connection = new MySqlConnection(builder.ConnectionString);
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            await using var command = new MySqlCommand(
                "SELECT count(*) FROM information_schema.tables WHERE table_schema = DATABASE() AND table_name LIKE 'hippo\\_%'", connection);
            var tables = Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture);
            return tables > 0
                ? DoctorCheck.Ok("ihris", $"base joignable, {tables} tables hippo_* / database reachable ({connection.ServerVersion})")
                : DoctorCheck.Fail("ihris", "aucune table hippo_* / no hippo_* table", "régénérez le cache iHRIS ou vérifiez la base / rebuild the iHRIS cache or check the database name");
        }
        catch (MySqlException e)
        {
            return DoctorCheck.Fail("ihris", $"base iHRIS / iHRIS database ({builder.Server}/{builder.Database}): {e.Message}",
                "vérifiez ihris.connectionString et PASSERELLE_IHRIS_DB_PASSWORD / check them");
        }
    }

    private static DoctorCheck CheckCsv(string file)
    {
        try
        {
            using var reader = new StreamReader(file);
            var header = reader.ReadLine();
            return string.IsNullOrWhiteSpace(header)
                ? DoctorCheck.Fail("ihris", $"export CSV vide / empty CSV export: {file}", "exportez à nouveau le rapport / export the report again")
                : DoctorCheck.Ok("ihris", $"export CSV lisible / CSV export readable: {file}");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return DoctorCheck.Fail("ihris", $"illisible / unreadable: {file}: {e.Message}", "vérifiez ihris.csvFile et les droits / check ihris.csvFile and permissions");
        }
    }
}
