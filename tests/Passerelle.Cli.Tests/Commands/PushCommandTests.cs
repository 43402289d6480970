using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Passerelle.Cli.Demo;
using Passerelle.Dhis2;
using Passerelle.Dhis2.Model;
using Passerelle.Emulators.Dhis2;
using Passerelle.Sync.Composition;
using Passerelle.Sync.Pipeline;

namespace Passerelle.Cli.Tests.Commands;

/// <summary>
/// <c>passerelle push</c> on the demo world analysed without pushing: the dry run writes the diff without touching DHIS2,
/// the push then sends exactly the warehouse's results, and a second push sends nothing.
/// </summary>
public sealed class PushCommandTests : IAsyncLifetime
{
    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("passerelle-push-");

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync()
    {
        _directory.Delete(true);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Push_AfterAnalysisWithoutPush_DryRunWritesDiffThenPushSendsItAll()
    {
        // Given the Kaolack demo world pulled, aligned and analysed, nothing pushed
        await using var demo = await DemoEnvironment.StartAsync(_directory.FullName, ["SN-KL"], 20260101, CancellationToken.None);
        await using (var session = await SyncSession.OpenAsync(demo.Config, demoMode: true, TimeProvider.System, null, CancellationToken.None))
        {
            await new SyncRunner(session, SilentSyncProgress.Instance).RunAsync(new SyncRunOptions(Push: false, Actor: "test"), CancellationToken.None);
        }

        var config = await WriteConfigAsync(demo);
        var diff = Path.Combine(_directory.FullName, "diff.csv");

        // When a dry run runs
        var dryExit = await PasserelleApp.RunAsync(["push", "--config", config, "--dry-run", "--diff", diff]);

        // Then it writes one CSV row per value to add, and DHIS2 holds none of them
        Assert.Equal(0, dryExit);
        var rows = File.ReadAllLines(diff).Skip(1).ToList();
        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.StartsWith("added,", r, StringComparison.Ordinal));
        var passerelleElements = demo.Dhis2.Store.DataElements.Where(e => ((string?)e["code"])?.StartsWith("PASS_", StringComparison.Ordinal) == true).ToList();
        Assert.Empty(passerelleElements);

        // When the push runs, and again
        var pushExit = await PasserelleApp.RunAsync(["push", "--config", config]);
        var held = demo.Dhis2.Store.DataValues.Count(v => !v.Deleted);
        var againExit = await PasserelleApp.RunAsync(["push", "--config", config, "--dry-run", "--diff", diff]);

        // Then DHIS2 holds what the dry run announced, and the next dry run sees everything unchanged
        Assert.Equal(0, pushExit);
        Assert.Equal(0, againExit);
        Assert.True(held >= rows.Count);
        var after = File.ReadAllLines(diff).Skip(1).ToList();
        Assert.Equal(rows.Count, after.Count);
        Assert.All(after, r => Assert.StartsWith("unchanged,", r, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Push_Full_RepairsAValueChangedByHandInDhis2ThatAnOrdinaryPushTrusts()
    {
        // Given the Kaolack demo world synced and pushed
        await using var demo = await DemoEnvironment.StartAsync(_directory.FullName, ["SN-KL"], 20260101, CancellationToken.None);
        await using (var session = await SyncSession.OpenAsync(demo.Config, demoMode: true, TimeProvider.System, null, CancellationToken.None))
        {
            await new SyncRunner(session, SilentSyncProgress.Instance).RunAsync(new SyncRunOptions(Actor: "test"), CancellationToken.None);
        }

        var config = await WriteConfigAsync(demo);
        var pushed = demo.Dhis2.Store.DataValues.First(v => !v.Deleted && IsPasserelleElement(demo, v.Key.DataElement));

        // And then that value changed by hand in DHIS2
        var services = new ServiceCollection();
        services.AddPasserelleDhis2(o =>
        {
            o.BaseUrl = demo.Dhis2.BaseUrl;
            o.Username = Dhis2User.Admin.Username;
            o.Password = Dhis2User.Admin.Password;
        });
        await using (var provider = services.BuildServiceProvider())
        {
            await provider.GetRequiredService<Dhis2Client>().ImportDataValueChunkAsync([new Dhis2DataValue(
                pushed.Key.DataElement, pushed.Key.Period, pushed.Key.OrgUnit, pushed.Key.CategoryOptionCombo, pushed.Key.AttributeOptionCombo, "999999")]);
        }

        string Held() => demo.Dhis2.Store.DataValues.Single(v => v.Key == pushed.Key).Value!;

        // When an ordinary push runs, then a full one
        var ordinary = await PasserelleApp.RunAsync(["push", "--config", config]);
        var afterOrdinary = Held();
        var full = await PasserelleApp.RunAsync(["push", "--config", config, "--full"]);

        // Then the ordinary push trusted its ledger, and the full one put Passerelle's value back
        Assert.Equal(0, ordinary);
        Assert.Equal(0, full);
        Assert.Equal("999999", afterOrdinary);
        Assert.Equal(pushed.Value, Held());
    }

    private static bool IsPasserelleElement(DemoEnvironment demo, string uid) =>
        demo.Dhis2.Store.DataElements.Any(e => (string?)e["id"] == uid && ((string?)e["code"])?.StartsWith("PASS_", StringComparison.Ordinal) == true);

    private async Task<string> WriteConfigAsync(DemoEnvironment demo)
    {
        var key = Path.Combine(_directory.FullName, "pseudonym.key");
        await File.WriteAllTextAsync(key, Convert.ToBase64String(new byte[32].Select((_, i) => (byte)(i + 1)).ToArray()));
        var c = demo.Config;
        var yaml = $"""
            scope:
              regions: [{string.Join(", ", c.Scope.Regions)}]
              referenceDate: {c.Scope.ReferenceDate!.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}
            warehouse: {c.Warehouse}
            dhis2:
              url: {c.Dhis2.Url}
              username: {c.Dhis2.Username}
              passwordFile: {c.Dhis2.PasswordFile}
              chunkSize: {c.Dhis2.ChunkSize}
            ihris:
              kind: fhir
              url: {c.Ihris.Url}
            healthMap:
              facilities: {c.HealthMap.Facilities}
            privacy:
              pseudonymKeyFile: {key}
            """;
        var path = Path.Combine(_directory.FullName, "passerelle.yaml");
        await File.WriteAllTextAsync(path, yaml);
        return path;
    }
}
