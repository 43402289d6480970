using System.Text;
using DuckDB.NET.Data;
using Microsoft.Extensions.Logging;
using Passerelle.DemoWorld.Model;
using Passerelle.Emulators.Dhis2;
using Passerelle.Reliability.Tests.Support;
using Passerelle.Sync.Pipeline;
using Xunit.Abstractions;

namespace Passerelle.Reliability.Tests.Privacy;

/// <summary>
/// Personal data stops at the edge: canary names, national ids, phones and iHRIS ids are planted in the iHRIS
/// source, a whole sync and a dry run (with its CSV export) are run, and everything written is scanned — the
/// warehouse (every table and the raw file bytes), the logs, what DHIS2 holds, and every file in the folder.
/// </summary>
public sealed class CanaryScanTests(ITestOutputHelper output) : IDisposable
{
    private static readonly string[] Canaries =
    [
        "Zacharie-Canari", "Ndiaye-Canari", "Oumou-Canari", "Sall-Canari", "Fatou-Canari", "Diop-Canari",
        "1999888777001", "1999888777002", "1999888777003",
        "+221 77 999 01 01", "+221 77 999 02 02", "+221 77 999 03 03", "779990101", "779990202", "779990303",
        "canari-worker-001", "canari-worker-002", "canari-worker-003",
    ];

    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("passerelle-canary-");
    private readonly SuiteReport _report = new("canary", output);

    public void Dispose() => _directory.Delete(true);

    [Fact]
    public async Task Sync_WithCanariesInIhris_WritesNoneOfThemAnywhere()
    {
        // Given three iHRIS workers in post whose names, national ids, phones and ids are canaries
        var logs = new CapturingLoggerProvider();
        using var loggers = LoggerFactory.Create(b => b.SetMinimumLevel(LogLevel.Trace).AddProvider(logs));
        await using var world = await SyncWorld.StartAsync(_directory.FullName, new SyncWorldOptions { ChangeWorld = PlantCanaries });
        _report.Line($"planted {Canaries.Length} canaries in 3 iHRIS workers (names, national ids, phones, resource ids)");

        // When a sync and a dry run with a diff export run
        var report = await world.SyncAsync(loggers);
        await world.SyncAsync(loggers, new SyncRunOptions(Pull: false, DryRun: true, DiffCsv: Path.Combine(_directory.FullName, "diff.csv"), Actor: "canary"));
        Assert.True(report.Staffing!.WorkersInPost > 0);
        await Dhis2StoreSnapshot.SaveAsync(world.Dhis2.Store, Path.Combine(_directory.FullName, "dhis2-state.json"), CancellationToken.None);

        // Then no canary is in the warehouse tables, its bytes, the logs, DHIS2 or any file written
        var places = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["warehouse tables"] = await DumpWarehouseAsync(world.Config.Warehouse),
            ["logs"] = string.Join('\n', logs.Lines),
        };
        foreach (var file in Directory.EnumerateFiles(_directory.FullName, "*", SearchOption.AllDirectories))
        {
            places[$"file {Path.GetFileName(file)}"] = Encoding.Latin1.GetString(await File.ReadAllBytesAsync(file));
        }

        var found = new List<string>();
        foreach (var (place, text) in places)
        {
            var hits = Canaries.Where(c => text.Contains(c, StringComparison.OrdinalIgnoreCase)).ToList();
            _report.Line($"  {place} ({text.Length:N0} chars): {(hits.Count == 0 ? "clean" : "FOUND " + string.Join(", ", hits))}");
            found.AddRange(hits.Select(h => $"{h} in {place}"));
        }

        _report.Save("ihris-canaries");
        Assert.True(places["logs"].Length > 0, "no log captured: the scan would prove nothing");
        Assert.Empty(found);
    }

    private static DemoWorldModel PlantCanaries(DemoWorldModel world)
    {
        var active = world.Roles.Where(r => r.Active).Select(r => r.WorkerId).Distinct().Take(3).ToList();
        var renamed = active.Select((id, i) => (Old: id, New: $"canari-worker-00{i + 1}")).ToDictionary(p => p.Old, p => p.New);
        var workers = world.Workers.Select(w =>
        {
            var index = active.IndexOf(w.Id);
            return index < 0 ? w : w with
            {
                Id = renamed[w.Id],
                GivenName = Canaries[index * 2],
                FamilyName = Canaries[(index * 2) + 1],
                NationalId = Canaries[6 + index],
                Phone = Canaries[9 + index],
            };
        }).ToList();
        var roles = world.Roles.Select(r => renamed.TryGetValue(r.WorkerId, out var id) ? r with { WorkerId = id } : r).ToList();
        return world with { Workers = workers, Roles = roles };
    }

    private static async Task<string> DumpWarehouseAsync(string warehouse)
    {
        var text = new StringBuilder();
        await using var connection = new DuckDBConnection($"DataSource={warehouse};ACCESS_MODE=READ_ONLY");
        await connection.OpenAsync();
        var tables = new List<string>();
        await using (var list = connection.CreateCommand())
        {
            list.CommandText = "SELECT table_name FROM information_schema.tables WHERE table_schema = 'main'";
            await using var reader = await list.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }

        foreach (var table in tables)
        {
            await using var select = connection.CreateCommand();
            select.CommandText = $"SELECT * FROM \"{table}\"";
            await using var rows = await select.ExecuteReaderAsync();
            while (await rows.ReadAsync())
            {
                for (var i = 0; i < rows.FieldCount; i++)
                {
                    text.Append(rows.IsDBNull(i) ? "" : Convert.ToString(rows.GetValue(i), System.Globalization.CultureInfo.InvariantCulture)).Append('\t');
                }

                text.Append('\n');
            }
        }

        return text.ToString();
    }
}
