using Passerelle.Cli;
using Passerelle.Reliability.Tests.Support;
using Passerelle.Sync.Operations;

namespace Passerelle.Reliability.Tests.Operations;

/// <summary><c>passerelle doctor</c> against the emulators: all good, wrong password, unreachable port, secrets never shown.</summary>
public sealed class DoctorTests : IDisposable
{
    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("passerelle-doctor-");

    public void Dispose() => _directory.Delete(true);

    [Fact]
    public async Task CheckAsync_OnAHealthyInstallation_PassesEveryCheck()
    {
        // Given emulators, a configuration, a key file and a password file, all private
        await using var world = await SyncWorld.StartAsync(_directory.FullName, new SyncWorldOptions());
        var config = world.WriteYaml(KeyFileYaml());

        // When the doctor checks
        var checks = await new InstallationDoctor(TimeProvider.System).CheckAsync(config, CancellationToken.None);

        // Then nothing fails, DHIS2's version and account and iHRIS's FHIR version are reported
        Assert.DoesNotContain(checks, c => c.Status == DoctorStatus.Failed);
        Assert.Contains(checks, c => c.Name == "dhis2" && c.Detail.Contains("2.40", StringComparison.Ordinal));
        Assert.Contains(checks, c => c.Name == "dhis2 account" && c.Detail.Contains("admin", StringComparison.Ordinal));
        Assert.Contains(checks, c => c.Name == "ihris" && c.Detail.Contains("FHIR 4.0.1", StringComparison.Ordinal));
        Assert.Contains(checks, c => c.Name == "pseudonym key" && c.Detail.StartsWith("présente / present", StringComparison.Ordinal));
    }

    [Fact]
    public async Task CheckAsync_WrongDhis2Password_FailsWithWhatToFix_AndNeverShowsThePassword()
    {
        await using var world = await SyncWorld.StartAsync(_directory.FullName, new SyncWorldOptions());
        const string Wrong = "not-the-password-Zk93";
        await File.WriteAllTextAsync(world.Config.Dhis2.PasswordFile!, Wrong);
        var config = world.WriteYaml(KeyFileYaml());

        var checks = await new InstallationDoctor(TimeProvider.System).CheckAsync(config, CancellationToken.None);

        var dhis2 = Assert.Single(checks, c => c.Name == "dhis2");
        Assert.Equal(DoctorStatus.Failed, dhis2.Status);
        Assert.Contains("dhis2.username", dhis2.Fix, StringComparison.Ordinal);
        Assert.Contains(checks, c => c.Name == "dhis2 secret" && c.Detail.Contains("présent / password present", StringComparison.Ordinal));
        Assert.DoesNotContain(checks, c => (c.Detail + c.Fix).Contains(Wrong, StringComparison.Ordinal));
    }

    [Fact]
    public async Task CheckAsync_UnreachablePorts_FailsBothSourcesQuickly()
    {
        // Given a configuration whose DHIS2 and iHRIS point at closed ports on 127.0.0.1
        await using var world = await SyncWorld.StartAsync(_directory.FullName, new SyncWorldOptions());
        var config = world.WriteYaml(KeyFileYaml());
        var yaml = (await File.ReadAllTextAsync(config))
            .Replace(world.Config.Dhis2.Url.TrimEnd('/'), "http://127.0.0.1:9", StringComparison.Ordinal)
            .Replace(world.Config.Ihris.Url!.TrimEnd('/'), "http://127.0.0.1:9/fhir", StringComparison.Ordinal);
        await File.WriteAllTextAsync(config, yaml);

        var checks = await new InstallationDoctor(TimeProvider.System) { NetworkTimeout = TimeSpan.FromSeconds(3) }.CheckAsync(config, CancellationToken.None);

        Assert.Equal(DoctorStatus.Failed, Assert.Single(checks, c => c.Name == "dhis2").Status);
        var ihris = Assert.Single(checks, c => c.Name == "ihris");
        Assert.Equal(DoctorStatus.Failed, ihris.Status);
        Assert.Contains("injoignable / unreachable", ihris.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DoctorCommand_WhenACheckFails_ExitsNonZero()
    {
        // Given a configuration without any DHIS2 secret
        await using var world = await SyncWorld.StartAsync(_directory.FullName, new SyncWorldOptions());
        File.Delete(world.Config.Dhis2.PasswordFile!);
        var config = world.WriteYaml(KeyFileYaml());
        var yaml = (await File.ReadAllTextAsync(config)).Replace($"  passwordFile: {world.Config.Dhis2.PasswordFile}\n", "", StringComparison.Ordinal);
        await File.WriteAllTextAsync(config, yaml);

        var exit = await PasserelleApp.RunAsync(["doctor", "--config", config, "--timeout", "3"]);

        Assert.Equal(1, exit);
    }

    [Fact]
    public async Task CheckAsync_BrokenConfiguration_FailsNamingTheKey()
    {
        var config = Path.Combine(_directory.FullName, "passerelle.yaml");
        await File.WriteAllTextAsync(config, "dhis2:\n  url: pas-une-url\n");

        var checks = await new InstallationDoctor(TimeProvider.System).CheckAsync(config, CancellationToken.None);

        var check = Assert.Single(checks);
        Assert.Equal(DoctorStatus.Failed, check.Status);
        Assert.Contains("dhis2.url", check.Detail, StringComparison.Ordinal);
    }

    private string KeyFileYaml()
    {
        var key = Path.Combine(_directory.FullName, "pseudonym.key");
        File.WriteAllText(key, ChildSync.PseudonymKey);
        File.SetUnixFileMode(key, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        return $"privacy:\n  pseudonymKeyFile: {key}";
    }
}
