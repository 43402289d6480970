using Microsoft.Extensions.Logging;
using Passerelle.Core.Storage;
using Passerelle.DemoWorld.Continental;
using Passerelle.Sync.Composition;
using Passerelle.Sync.Configuration;
using Passerelle.Sync.Pipeline;
using Passerelle.Sync.Plan;

namespace Passerelle.Cli.Commands.Bench;

/// <summary>
/// <c>passerelle bench --scale continental</c>: writes a continental world to files (the bench's own generation,
/// measured apart), then runs, in this process, the Passerelle stages that read those files — the Carte sanitaire
/// pull, the iHRIS Manage 4 Custom Report pull into the DuckDB warehouse, the alignment, the analysis — through
/// the real <see cref="StageRunner"/>, measuring each stage's time, rows and memory. DHIS2 is not run: the
/// values reach Passerelle only through the DHIS2 API (<see cref="Dhis2PullStage"/>), so their file is generated
/// and its throughput measured, and the report says so.
/// </summary>
internal sealed class ContinentalBench(ContinentalWorldOptions options, string directory)
{
    public const string RegistryFile = "carte-sanitaire.csv";
    public const string WorkforceFile = "ihris-hr-export.csv";
    public const string ValuesFile = "dhis2-datavalues.csv";

    public async Task<ContinentalBenchResult> RunAsync(Action<StageMeasure> measured, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(directory);
        var world = ContinentalWorld.Create(options);
        var measures = new List<StageMeasure>();
        await using var meter = new MemoryMeter();

        void Keep(StageMeasure measure)
        {
            measures.Add(measure);
            measured(measure);
        }

        var registryPath = Path.Combine(directory, RegistryFile);
        var workforcePath = Path.Combine(directory, WorkforceFile);
        var valuesPath = Path.Combine(directory, ValuesFile);
        Keep(await GenerateAsync(meter, "gen.healthmap", "structures écrites / facilities written", () => world.WriteRegistry(registryPath, cancellationToken), cancellationToken));
        Keep(await GenerateAsync(meter, "gen.ihris", "agents écrits / workers written", () => world.WriteWorkforceReport(workforcePath, cancellationToken), cancellationToken));
        Keep(await GenerateAsync(meter, "gen.dhis2-values", "valeurs écrites / values written", () => world.WriteServiceValues(valuesPath, cancellationToken), cancellationToken));

        var config = Configure(world, registryPath, workforcePath);
        var time = TimeProvider.System;
        await using var session = await SyncSession.OpenAsync(config, demoMode: true, time, null, cancellationToken);
        var warehouse = session.Warehouse;
        if (warehouse is IWarehouseEngineMemory engine)
        {
            meter.EngineMemory = engine.EngineMemoryBytesAsync;
        }

        var runId = Guid.NewGuid();
        await warehouse.Runs.StartRunAsync(new RunStart(runId, "bench", time.GetUtcNow()), cancellationToken);
        var runner = new StageRunner(warehouse, runId, SilentSyncProgress.Instance, session.Loggers.CreateLogger<ContinentalBench>());
        var scope = new ScopeFilter(config.Scope.Regions);

        async Task Stage(string name, string french, string what, Func<CancellationToken, Task<StageOutcome>> body)
        {
            var window = await meter.StartAsync(cancellationToken);
            var outcome = await runner.RunAsync(name, french, body, cancellationToken);
            Keep(await window.StopAsync(name, what, outcome.Read, cancellationToken, outcome.English));
        }

        await Stage(RegistryStage.Name, "Carte sanitaire", "lignes lues / rows read",
            new RegistryStage(config, warehouse, scope, runId, time).RunAsync);
        await Stage(IhrisPullStage.Name, "iHRIS : structures et personnel", "structures + postes lus / facilities + roles read",
            new IhrisPullStage(session.Workforce, warehouse, scope, time, runId, full: true).RunAsync);
        await Stage(AlignStage.Name, "Alignement des structures", "structures comparées / facilities compared",
            new AlignStage(warehouse, time).RunAsync);
        await Stage(AnalyzeStage.Name, "Analyse des effectifs", "lus / read",
            new AnalyzeStage(warehouse, world.ReferenceDate, AnalysisPlanLoader.LoadShipped(), config.Privacy.SmallCellThreshold).RunAsync);
        await warehouse.Runs.FinishRunAsync(runId, RunStatus.Succeeded, time.GetUtcNow(), null, CancellationToken.None);

        var files = new[] { RegistryFile, WorkforceFile, ValuesFile }.ToDictionary(f => f, f => new FileInfo(Path.Combine(directory, f)).Length, StringComparer.Ordinal);
        return new ContinentalBenchResult(options, world.Countries, world.Regions, world.Districts, measures, files, Environment.ProcessorCount);
    }

    /// <summary>
    /// The configuration Senegal would write for these files: the Carte sanitaire CSV and the iHRIS 4 Custom Report
    /// export (<c>ihris4-csv</c>). DHIS2 must be named for a session to open; it is never called here.
    /// </summary>
    private PasserelleConfig Configure(ContinentalWorld world, string registryPath, string workforcePath)
    {
        var passwordFile = Path.Combine(directory, "dhis2.password");
        File.WriteAllText(passwordFile, "never-sent");
        var config = new PasserelleConfig
        {
            Scope = new ScopeConfig { ReferenceDate = world.ReferenceDate },
            Warehouse = Path.Combine(directory, "passerelle.duckdb"),
            Dhis2 = new Dhis2Config { Url = "http://127.0.0.1:9/", Username = "bench", PasswordFile = passwordFile },
            HealthMap = new HealthMapConfig { Facilities = registryPath },
            Ihris = new IhrisConfig
            {
                Kind = "ihris4-csv",
                CsvFile = workforcePath,
                CsvColumns = new Passerelle.Ihris.Manage4.CustomReportColumns
                {
                    PersonId = WorkforceReportColumns.PersonId,
                    FacilityCode = WorkforceReportColumns.FacilityCode,
                    FacilityName = WorkforceReportColumns.FacilityName,
                    CadreId = WorkforceReportColumns.CadreId,
                    CadreName = WorkforceReportColumns.Cadre,
                    JobId = WorkforceReportColumns.JobId,
                    JobTitle = WorkforceReportColumns.Job,
                    Gender = WorkforceReportColumns.Gender,
                    BirthDate = WorkforceReportColumns.BirthDate,
                    StartDate = WorkforceReportColumns.StartDate,
                    EndDate = WorkforceReportColumns.EndDate,
                    Region = WorkforceReportColumns.Region,
                    District = WorkforceReportColumns.District,
                },
            },
        };
        ConfigLoader.Validate(config, "bench continental");
        return config;
    }

    private static async Task<StageMeasure> GenerateAsync(MemoryMeter meter, string stage, string what, Func<long> write, CancellationToken cancellationToken)
    {
        var window = await meter.StartAsync(cancellationToken);
        var rows = write();
        return await window.StopAsync(stage, what, rows, cancellationToken);
    }
}

/// <summary>A continental bench: the world's size, each measured stage, the files' sizes.</summary>
internal sealed record ContinentalBenchResult(
    ContinentalWorldOptions Options, int Countries, int Regions, int Districts, IReadOnlyList<StageMeasure> Stages,
    IReadOnlyDictionary<string, long> FileBytes, int Processors);
