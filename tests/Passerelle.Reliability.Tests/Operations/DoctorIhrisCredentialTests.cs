using MySqlConnector;
using Passerelle.Emulators.Ihris;
using Passerelle.Reliability.Tests.Support;
using Passerelle.Sync.Operations;
using Passerelle.Testing;

namespace Passerelle.Reliability.Tests.Operations;

/// <summary>
/// <c>passerelle doctor</c> proves the iHRIS credentials, not only that iHRIS answers: a backend login and an
/// authenticated search for FHIR, a MariaDB login for iHRIS 4. A wrong password is reported with what to fix,
/// and the password never appears, neither in the checks nor in what the command prints.
/// </summary>
public sealed class DoctorIhrisCredentialTests : IDisposable
{
    private const string WrongPassword = "pas-le-bon-mot-de-passe-Q7x2";

    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("passerelle-doctor-ihris-");

    public void Dispose() => _directory.Delete(true);

    [Fact]
    public async Task CheckAsync_BackendWithRightPassword_LogsInAndSearches()
    {
        // Given an iHRIS backend that needs a token, and its right password in a private file
        await using var world = await SyncWorld.StartAsync(_directory.FullName, new SyncWorldOptions { IhrisRequiresToken = true });
        var config = UseBackend(world, new IhrisEmulatorOptions().TokenPassword);

        // When the doctor checks
        var checks = await new InstallationDoctor(TimeProvider.System).CheckAsync(config, CancellationToken.None);

        // Then iHRIS passes, having logged in
        var ihris = Assert.Single(checks, c => c.Name == "ihris");
        Assert.Equal(DoctorStatus.Ok, ihris.Status);
        Assert.Contains("recherche autorisée", ihris.Detail, StringComparison.Ordinal);
        Assert.Contains("admin@ihris.org", ihris.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CheckAsync_BackendWithWrongPassword_FailsSayingWhatToFix_WithoutThePassword()
    {
        // Given the backend and a wrong password
        await using var world = await SyncWorld.StartAsync(_directory.FullName, new SyncWorldOptions { IhrisRequiresToken = true });
        var config = UseBackend(world, WrongPassword);

        // When the doctor checks
        var checks = await new InstallationDoctor(TimeProvider.System).CheckAsync(config, CancellationToken.None);

        // Then iHRIS fails, the login named and the fix given, the password nowhere
        var ihris = Assert.Single(checks, c => c.Name == "ihris");
        Assert.Equal(DoctorStatus.Failed, ihris.Status);
        Assert.Contains("Connexion à iHRIS refusée (HTTP 401)", ihris.Detail, StringComparison.Ordinal);
        Assert.Contains("PASSERELLE_IHRIS_PASSWORD", ihris.Fix, StringComparison.Ordinal);
        Assert.DoesNotContain(checks, c => (c.Detail + c.Fix).Contains(WrongPassword, StringComparison.Ordinal));
    }

    [Fact]
    public async Task DoctorCommand_BackendWithWrongPassword_PrintsTheFailureButNeverThePassword()
    {
        // Given the backend and a wrong password
        await using var world = await SyncWorld.StartAsync(_directory.FullName, new SyncWorldOptions { IhrisRequiresToken = true });
        var config = UseBackend(world, WrongPassword);

        // When `passerelle doctor` runs as an operator would run it
        using var doctor = ChildSync.Run("doctor", config, "--timeout", "5");
        var exit = await doctor.WaitForExitAsync(TimeSpan.FromSeconds(60));

        // Then it exits 1, prints the iHRIS failure and never the password
        Assert.Equal(1, exit);
        Assert.Contains("Connexion à iHRIS refusée", doctor.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(WrongPassword, doctor.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CheckAsync_DirectAccessToABackendThatNeedsALogin_SaysToUseBackendAccess()
    {
        // Given a configuration reading iHRIS directly while the server wants a token
        await using var world = await SyncWorld.StartAsync(_directory.FullName, new SyncWorldOptions { IhrisRequiresToken = true });
        var config = world.WriteYaml(KeyFileYaml());

        // When the doctor checks
        var checks = await new InstallationDoctor(TimeProvider.System).CheckAsync(config, CancellationToken.None);

        // Then iHRIS fails, telling to switch to backend access
        var ihris = Assert.Single(checks, c => c.Name == "ihris");
        Assert.Equal(DoctorStatus.Failed, ihris.Status);
        Assert.Contains("→ 401", ihris.Detail, StringComparison.Ordinal);
        Assert.Contains("ihris.access: backend", ihris.Fix, StringComparison.Ordinal);
    }

    [MariaDbFact]
    public async Task CheckAsync_Ihris4DatabaseWithWrongPassword_FailsSayingWhatToFix_WithoutThePassword()
    {
        // Given an iHRIS 4 database whose password file holds a wrong password
        var config = Ihris4Config(WrongPassword);

        // When the doctor checks
        var checks = await new InstallationDoctor(TimeProvider.System) { NetworkTimeout = TimeSpan.FromSeconds(5) }.CheckAsync(config, CancellationToken.None);

        // Then the login is refused, the fix names the password variable, the password appears nowhere
        var ihris = Assert.Single(checks, c => c.Name == "ihris");
        Assert.Equal(DoctorStatus.Failed, ihris.Status);
        Assert.Contains("connexion refusée à la base iHRIS / iHRIS database login refused", ihris.Detail, StringComparison.Ordinal);
        Assert.Contains("PASSERELLE_IHRIS_DB_PASSWORD", ihris.Fix, StringComparison.Ordinal);
        Assert.DoesNotContain(checks, c => (c.Detail + c.Fix).Contains(WrongPassword, StringComparison.Ordinal));
    }

    [MariaDbFact]
    public async Task CheckAsync_Ihris4DatabaseWithRightPassword_LogsInThenLooksForTheCache()
    {
        // Given the right password in the password file, on a database without iHRIS tables
        var password = new MySqlConnectionStringBuilder(TestServers.MariaDb).Password;
        var config = Ihris4Config(password);

        // When the doctor checks
        var checks = await new InstallationDoctor(TimeProvider.System) { NetworkTimeout = TimeSpan.FromSeconds(5) }.CheckAsync(config, CancellationToken.None);

        // Then the login went through: what is missing is the hippo_* cache, not the credentials
        var ihris = Assert.Single(checks, c => c.Name == "ihris");
        Assert.Contains("aucune table hippo_*", ihris.Detail, StringComparison.Ordinal);
        Assert.DoesNotContain("refusée", ihris.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CheckAsync_EmptyIhris4CsvExport_FailsSayingToExportAgain()
    {
        // Given an iHRIS 4 custom report export that is empty
        var csv = Path.Combine(_directory.FullName, "staff.csv");
        await File.WriteAllTextAsync(csv, "");
        var config = await WriteConfigAsync($"ihris:\n  kind: ihris4-csv\n  csvFile: {csv}\n");

        // When the doctor checks
        var checks = await new InstallationDoctor(TimeProvider.System).CheckAsync(config, CancellationToken.None);

        // Then
        var ihris = Assert.Single(checks, c => c.Name == "ihris");
        Assert.Equal(DoctorStatus.Failed, ihris.Status);
        Assert.Contains("export CSV vide / empty CSV export", ihris.Detail, StringComparison.Ordinal);
    }

    private string UseBackend(SyncWorld world, string password)
    {
        var passwordFile = Path.Combine(_directory.FullName, "ihris.password");
        File.WriteAllText(passwordFile, password);
        File.SetUnixFileMode(passwordFile, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        world.Config.Ihris.Access = "backend";
        world.Config.Ihris.Email = new IhrisEmulatorOptions().TokenEmail;
        world.Config.Ihris.PasswordFile = passwordFile;
        return world.WriteYaml(KeyFileYaml());
    }

    private string Ihris4Config(string password)
    {
        var settings = new MySqlConnectionStringBuilder(TestServers.MariaDb);
        var passwordFile = Path.Combine(_directory.FullName, "ihris-db.password");
        File.WriteAllText(passwordFile, password);
        File.SetUnixFileMode(passwordFile, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        var connection = $"Server={settings.Server};Port={settings.Port};User ID={settings.UserID}";
        return WriteConfigAsync($"ihris:\n  kind: ihris4-mysql\n  connectionString: \"{connection}\"\n  dbPasswordFile: {passwordFile}\n").GetAwaiter().GetResult();
    }

    /// <summary>A configuration whose DHIS2 and Carte sanitaire do not matter here, with the given iHRIS section.</summary>
    private async Task<string> WriteConfigAsync(string ihrisSection)
    {
        var registry = Path.Combine(_directory.FullName, "carte.csv");
        await File.WriteAllTextAsync(registry, "Code;Nom\nX;Y\n");
        var path = Path.Combine(_directory.FullName, "passerelle.yaml");
        await File.WriteAllTextAsync(path, $"""
            scope:
              regions: [SN-KE]
            warehouse: {Path.Combine(_directory.FullName, "passerelle.duckdb")}
            dhis2:
              url: http://127.0.0.1:9/
              username: admin
            healthMap:
              facilities: {registry}
            {ihrisSection}
            """);
        return path;
    }

    private string KeyFileYaml()
    {
        var key = Path.Combine(_directory.FullName, "pseudonym.key");
        File.WriteAllText(key, ChildSync.PseudonymKey);
        File.SetUnixFileMode(key, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        return $"privacy:\n  pseudonymKeyFile: {key}";
    }
}
