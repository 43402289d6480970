using System.Diagnostics;
using Passerelle.Cli;
using Passerelle.Core.Storage;
using Passerelle.Emulators.Dhis2;
using Passerelle.Emulators.Faults;
using Passerelle.Reliability.Tests.Support;
using Passerelle.Warehouse;
using Xunit.Abstractions;

namespace Passerelle.Reliability.Tests.Faults;

/// <summary>
/// Sources broken during a sync: each fault is injected into the DHIS2 or iHRIS emulator while a whole sync runs.
/// The run must complete with exactly the values of a clean run, or fail with a clear, bilingual message; then a
/// re-run against the same DHIS2 (its state carried over, the fault gone) must leave DHIS2 holding exactly those values.
/// </summary>
public sealed class FaultSuiteTests(ITestOutputHelper output) : IDisposable
{
    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("passerelle-faults-");
    private readonly SuiteReport _report = new("faults", output);

    public static TheoryData<string> Cases => [.. FaultCases.All.Keys];

    public void Dispose() => _directory.Delete(true);

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Sync_WithFault_CompletesOrFailsClearly_AndReRunConverges(string name)
    {
        // Given a world whose DHIS2 or iHRIS breaks in one way during the sync
        var fault = FaultCases.All[name];
        var expected = await CleanReference.ExpectedValuesAsync();
        _report.Line($"fault « {name} »: {fault.Description}");
        var snapshot = Path.Combine(_directory.FullName, "dhis2-state.json");
        var clock = Stopwatch.StartNew();

        if (fault.ExitCode is { } exitCode)
        {
            await RunAsCommandAsync(name, fault, exitCode, expected, snapshot, clock);
            return;
        }

        // When the sync runs through it
        await using (var broken = await SyncWorld.StartAsync(_directory.FullName, fault.Options))
        {
            try
            {
                await broken.SyncAsync();
                var afterFirst = broken.PasserelleValues();
                _report.Line($"  first run: completed in {clock.Elapsed.TotalSeconds:0.0} s; DHIS2 holds {afterFirst.Count} of {expected.Count} expected values");

                // Then a run that rode the fault out already holds exactly the clean values: no re-run needed
                Assert.Equal(expected, afterFirst);
                _report.Save(name);
                return;
            }
            catch (Exception e) when (e is not (NullReferenceException or InvalidCastException or IndexOutOfRangeException or ArgumentException))
            {
                // Then a failure says what and where, in French and English
                _report.Line($"  first run: failed in {clock.Elapsed.TotalSeconds:0.0} s with {e.GetType().Name}: {e.Message}");
                Assert.Contains(" / ", e.Message, StringComparison.Ordinal);
                if (fault.Message is { } message)
                {
                    Assert.Contains(message, e.Message, StringComparison.Ordinal);
                }
            }

            await Dhis2StoreSnapshot.SaveAsync(broken.Dhis2.Store, snapshot, CancellationToken.None);
        }

        // And a re-run against the same DHIS2, the fault gone, converges on exactly the clean values
        await using var healed = await SyncWorld.StartAsync(_directory.FullName, new SyncWorldOptions { Dhis2Snapshot = snapshot });
        var report = await healed.SyncAsync();
        var held = healed.PasserelleValues();
        _report.Line($"  re-run: sent {report.Push!.ValuesSent}, DHIS2 holds {held.Count} values, equal to the clean run: {held.SequenceEqual(expected)}");
        _report.Save(name);
        Assert.Equal(expected, held);
    }

    /// <summary>
    /// A fault whose exit code matters to cron and systemd: <c>passerelle sync</c> runs as the command (in this
    /// process, to spare a cold start), must stop with that code and record a bilingual reason naming the URL in the
    /// run history; then the same command, the fault gone, must converge.
    /// </summary>
    private async Task RunAsCommandAsync(string name, FaultCase fault, int exitCode, IReadOnlyList<string> expected, string snapshot, Stopwatch clock)
    {
        // When `passerelle sync` runs through the fault
        var keyFile = Path.Combine(_directory.FullName, "pseudonym.key");
        await File.WriteAllTextAsync(keyFile, ChildSync.PseudonymKey);
        File.SetUnixFileMode(keyFile, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        var privacy = $"privacy:\n  pseudonymKeyFile: {keyFile}";
        await using (var broken = await SyncWorld.StartAsync(_directory.FullName, fault.Options))
        {
            var exit = await PasserelleApp.RunAsync(["sync", "--config", broken.WriteYaml(privacy)]);
            var run = await LastRunAsync(broken.Config.Warehouse);
            _report.Line($"  first run (passerelle sync): exit code {exit} in {clock.Elapsed.TotalSeconds:0.0} s; DHIS2 holds {broken.PasserelleValues().Count} of {expected.Count} values; "
                + $"run {run.Status}: {run.Error}");

            // Then it stops with the code for that failure and the run says why, naming the URL, in French and English
            Assert.Equal(exitCode, exit);
            Assert.Equal(RunStatus.Failed, run.Status);
            Assert.Contains(fault.Message!, run.Error, StringComparison.Ordinal);
            Assert.Contains(" / ", run.Error, StringComparison.Ordinal);
            Assert.Contains(broken.Config.Dhis2.Url.TrimEnd('/'), run.Error, StringComparison.Ordinal);
            await Dhis2StoreSnapshot.SaveAsync(broken.Dhis2.Store, snapshot, CancellationToken.None);
        }

        // And the same command re-run against the same DHIS2, the fault gone, ends with exactly the clean values
        await using var healed = await SyncWorld.StartAsync(_directory.FullName, new SyncWorldOptions { Dhis2Snapshot = snapshot });
        Assert.Equal(0, await PasserelleApp.RunAsync(["sync", "--config", healed.WriteYaml(privacy)]));
        var held = healed.PasserelleValues();
        _report.Line($"  re-run (passerelle sync): exit code 0, DHIS2 holds {held.Count} values, equal to the clean run: {held.SequenceEqual(expected)}");
        _report.Save(name);
        Assert.Equal(expected, held);
    }

    private static async Task<RunSummary> LastRunAsync(string warehouse)
    {
        await using var store = await WarehouseFactory.OpenAsync(warehouse, TimeProvider.System, CancellationToken.None);
        return (await store.Runs.ListRunsAsync(1, CancellationToken.None))[0];
    }
}

/// <summary>One way to break a source, and how.</summary>
/// <param name="ExitCode">When set, the broken run is the <c>passerelle sync</c> command, which must exit with it.</param>
/// <param name="Message">What the failure must say (the exception, or the run history for a command).</param>
internal sealed record FaultCase(string Description, SyncWorldOptions Options, int? ExitCode = null, string? Message = null);

internal static class FaultCases
{
    public static readonly IReadOnlyDictionary<string, FaultCase> All = new Dictionary<string, FaultCase>(StringComparer.Ordinal)
    {
        ["dhis2-5xx-pull"] = Dhis2("503 on the first 2 GET /api/organisationUnits",
            new FaultRule { Kind = FaultKind.Status, PathPrefix = "/api/organisationUnits", Method = "GET", StatusCode = 503, FirstN = 2 }),
        ["dhis2-slow-body"] = Dhis2("org unit bodies trickle out 4 KiB every 2 ms",
            new FaultRule { Kind = FaultKind.SlowBody, PathPrefix = "/api/organisationUnits", Method = "GET", ChunkBytes = 4096, DelayMs = 2 }),
        ["dhis2-drop-push"] = Dhis2("connection dropped on the first POST /api/dataValueSets",
            new FaultRule { Kind = FaultKind.Drop, PathPrefix = "/api/dataValueSets", Method = "POST", FirstN = 1 }),
        ["dhis2-timeout-push"] = new("first POST /api/dataValueSets answers after 4 s, timeout 2 s", new SyncWorldOptions
        {
            Dhis2TimeoutSeconds = 2,
            Dhis2Faults = new FaultPlan { Rules = [new FaultRule { Kind = FaultKind.Latency, PathPrefix = "/api/dataValueSets", Method = "POST", DelayMs = 4000, FirstN = 1 }] },
        }),
        ["dhis2-partial-import"] = Dhis2("the first POST /api/dataValueSets imports only 10 values",
            new FaultRule { Kind = FaultKind.PartialImport, PathPrefix = "/api/dataValueSets", Method = "POST", AcceptFirst = 10, FirstN = 1 })
            with
        { Message = "Import partiel par DHIS2 / partial import by DHIS2: " },
        // Mid-push: the first chunk of values is stored, then every data value call is refused. Exit 77 (EX_NOPERM).
        ["dhis2-expired-auth"] = new("credentials expire after the first POST /api/dataValueSets (every later one 401)",
            new SyncWorldOptions { Dhis2Faults = new FaultPlan { Rules = [new FaultRule { Kind = FaultKind.ExpiredAuth, PathPrefix = "/api/dataValueSets", Method = "POST", AfterRequests = 1 }] } },
            ExitCode: 77, Message: "Identifiants DHIS2 refusés (mot de passe, jeton expiré ou compte verrouillé) / DHIS2 credentials rejected"),
        ["ihris-5xx"] = Ihris("503 on the first PractitionerRole search", new IhrisFault("PractitionerRole", IhrisFaultKind.Status, 1)),
        ["ihris-drop"] = Ihris("connection dropped on the first 2 Location requests", new IhrisFault("Location", IhrisFaultKind.Drop, 2)),
    };

    private static FaultCase Dhis2(string description, FaultRule rule) =>
        new(description, new SyncWorldOptions { Dhis2Faults = new FaultPlan { Seed = 11, Rules = [rule] } });

    private static FaultCase Ihris(string description, IhrisFault fault) => new(description, new SyncWorldOptions { IhrisFaults = [fault] });
}
