using Passerelle.Ihris;
using Passerelle.Ihris.Privacy;
using Passerelle.Sync.Configuration;

namespace Passerelle.Sync.Operations;

/// <summary>
/// <c>passerelle doctor</c>: checks the configuration, the secrets (present or not, and where from — never their
/// value), DHIS2 and iHRIS (reachable, credentials, version), the Carte sanitaire file, the warehouse (schema,
/// permissions) and the run lock. Reads only: it creates, migrates and changes nothing.
/// </summary>
public sealed class InstallationDoctor(TimeProvider time)
{
    public static readonly TimeSpan DefaultNetworkTimeout = TimeSpan.FromSeconds(10);

    public TimeSpan NetworkTimeout { get; init; } = DefaultNetworkTimeout;

    public async Task<IReadOnlyList<DoctorCheck>> CheckAsync(string configPath, CancellationToken cancellationToken)
    {
        PasserelleConfig config;
        try
        {
            config = ConfigLoader.Load(configPath);
        }
        catch (ConfigurationException e)
        {
            return [DoctorCheck.Fail("configuration", e.Message, "corrigez les clés nommées, ou `passerelle init` pour un modèle / fix the keys named, or `passerelle init` for a template")];
        }

        var checks = new List<DoctorCheck> { DoctorCheck.Ok("configuration", $"valide / valid: {Path.GetFullPath(configPath)}") };
        checks.Add(CheckSchedule(config));
        var secrets = SecretChecks.Dhis2(config, out var password, out var token);
        checks.AddRange(secrets);
        checks.Add(CheckPseudonymKey(config));
        checks.AddRange(SecretChecks.FilePermissions(config));
        checks.AddRange(await new Dhis2Probe(NetworkTimeout).CheckAsync(config, password, token, cancellationToken).ConfigureAwait(false));
        checks.Add(await new IhrisProbe(NetworkTimeout).CheckAsync(config, cancellationToken).ConfigureAwait(false));
        checks.Add(CheckHealthMap(config));
        checks.AddRange(await WarehouseProbe.CheckAsync(config.Warehouse, cancellationToken).ConfigureAwait(false));
        return checks;
    }

    private DoctorCheck CheckSchedule(PasserelleConfig config)
    {
        try
        {
            var schedule = SyncSchedule.FromConfig(config);
            return schedule is null
                ? DoctorCheck.Ok("schedule", "pas de planification (schedule.cron vide) / no schedule (schedule.cron empty)")
                : DoctorCheck.Ok("schedule", $"« {schedule.Text} » (UTC), prochaine / next: {schedule.NextAfter(time.GetUtcNow()):yyyy-MM-dd HH:mm}Z");
        }
        catch (ConfigurationException e)
        {
            return DoctorCheck.Fail("schedule", e.Message, "corrigez schedule.cron / fix schedule.cron, e.g. \"0 2 * * *\"");
        }
    }

    private static DoctorCheck CheckPseudonymKey(PasserelleConfig config)
    {
        var fromEnvironment = Environment.GetEnvironmentVariable(PseudonymKeyLoader.EnvironmentVariable);
        try
        {
            PseudonymKeyLoader.FromEnvironment(config.Privacy.PseudonymKeyFile, demoMode: false);
            var where = !string.IsNullOrWhiteSpace(fromEnvironment)
                ? $"variable {PseudonymKeyLoader.EnvironmentVariable}"
                : $"fichier / file {config.Privacy.PseudonymKeyFile}";
            return DoctorCheck.Ok("pseudonym key", $"présente / present ({where})");
        }
        catch (IhrisSourceException e)
        {
            return DoctorCheck.Fail("pseudonym key", e.Message,
                $"`openssl rand -base64 32 > /etc/passerelle/pseudonym.key` puis / then privacy.pseudonymKeyFile, ou / or {PseudonymKeyLoader.EnvironmentVariable}");
        }
    }

    private static DoctorCheck CheckHealthMap(PasserelleConfig config)
    {
        var file = config.HealthMap.Facilities;
        try
        {
            using var stream = File.OpenRead(file);
            return stream.Length == 0
                ? DoctorCheck.Fail("health map", $"fichier vide / empty file: {file}", "exportez à nouveau la carte sanitaire / export the Carte sanitaire again")
                : DoctorCheck.Ok("health map", $"lisible / readable: {file} ({stream.Length / 1024.0:0.#} Kio)");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return DoctorCheck.Fail("health map", $"illisible / unreadable: {file}: {e.Message}", "vérifiez healthMap.facilities et les droits / check healthMap.facilities and permissions");
        }
    }
}
