using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Passerelle.Dhis2;
using Passerelle.Dhis2.Http;
using Passerelle.Sync.Configuration;

namespace Passerelle.Sync.Operations;

/// <summary>Reaches DHIS2 with the configured credentials: version (<c>/api/system/info</c>) and account (<c>/api/me</c>).</summary>
internal sealed class Dhis2Probe(TimeSpan timeout)
{
    public async Task<IReadOnlyList<DoctorCheck>> CheckAsync(PasserelleConfig config, string? password, string? token, CancellationToken cancellationToken)
    {
        if (password is null && token is null)
        {
            return [DoctorCheck.Fail("dhis2", "non essayé, pas de secret / not tried, no secret", "voir / see « dhis2 secret »")];
        }

        var services = new ServiceCollection();
        services.AddLogging();
        services.AddPasserelleDhis2(o =>
        {
            o.BaseUrl = new Uri(config.Dhis2.Url.TrimEnd('/') + "/");
            o.Username = config.Dhis2.Username;
            o.Password = token is null ? password : null;
            o.PersonalAccessToken = token;
            o.ReadRetries = 0;
            o.ReadTimeout = timeout;
        });
        await using var provider = services.BuildServiceProvider();
        var client = provider.GetRequiredService<Dhis2Client>();
        var checks = new List<DoctorCheck>();
        try
        {
            var info = await client.ConnectAsync(cancellationToken).ConfigureAwait(false);
            checks.Add(DoctorCheck.Ok("dhis2", $"joignable, version {info.Version} prise en charge / reachable, version {info.Version} supported ({config.Dhis2.Url})"));
        }
        catch (Dhis2Exception e)
        {
            checks.Add(DoctorCheck.Fail("dhis2", e.Message, Fix(e.Kind)));
            return checks;
        }

        var http = provider.GetRequiredService<IHttpClientFactory>().CreateClient(nameof(Dhis2Client));
        try
        {
            using var response = await http.GetAsync(new Uri(new Uri(config.Dhis2.Url.TrimEnd('/') + "/"), "api/me?fields=username,authorities"), cancellationToken).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode)
            {
                checks.Add(DoctorCheck.Fail("dhis2 account", $"/api/me → {(int)response.StatusCode}", "vérifiez le compte / check the account"));
                return checks;
            }

            using var me = await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false), default, cancellationToken).ConfigureAwait(false);
            var username = me.RootElement.TryGetProperty("username", out var u) ? u.GetString() : "?";
            var authorities = me.RootElement.TryGetProperty("authorities", out var a) && a.ValueKind == JsonValueKind.Array ? a.GetArrayLength() : 0;
            checks.Add(DoctorCheck.Ok("dhis2 account", $"compte / account « {username} », {authorities} autorisation(s) / authorities"));
        }
        catch (Exception e) when (e is HttpRequestException or JsonException or TaskCanceledException)
        {
            checks.Add(DoctorCheck.Fail("dhis2 account", $"/api/me: {e.Message}", "vérifiez l'URL et le réseau / check the URL and the network"));
        }

        return checks;
    }

    private static string Fix(Dhis2ErrorKind kind) => kind switch
    {
        Dhis2ErrorKind.Unauthorized => "vérifiez dhis2.username et le mot de passe ou jeton (expiré ? compte bloqué ?) / check dhis2.username and the password or token (expired? account locked?)",
        Dhis2ErrorKind.Forbidden => "donnez au compte les autorisations nécessaires / grant the account the authorities it needs",
        Dhis2ErrorKind.Unreachable or Dhis2ErrorKind.Timeout => "vérifiez dhis2.url, le réseau, le pare-feu, que DHIS2 tourne / check dhis2.url, the network, the firewall, that DHIS2 runs",
        Dhis2ErrorKind.UnsupportedVersion => "Passerelle prend en charge DHIS2 2.38 à 2.43 / Passerelle supports DHIS2 2.38 to 2.43",
        _ => "vérifiez dhis2.url (racine du serveur, sans /api) / check dhis2.url (server root, without /api)",
    };
}
