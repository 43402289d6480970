using Microsoft.Extensions.Logging;
using Passerelle.Core.Storage;
using Passerelle.DemoWorld.Continental;
using Passerelle.Sync.Composition;
using Passerelle.Sync.Configuration;
using Passerelle.Sync.Pipeline;
using Passerelle.Sync.Plan;
using Passerelle.Sync.Publishing;

namespace Passerelle.Cli.Commands.Bench;

/// <summary>
/// <c>passerelle bench --scale continental</c>: writes a continental world to files (the bench's own generation,
/// measured apart) and starts a DHIS2 emulator holding the same world (its org unit tree and every value), then runs,
/// in this process, the Passerelle stages of a sync — the Carte sanitaire pull, the DHIS2 pull (org units and the
/// year's service values through the API), the iHRIS Manage 4 Custom Report pull into the DuckDB warehouse, the
/// alignment of the three sources, the analysis, the push of the results to DHIS2 — through the real
/// <see cref="StageRunner"/>, measuring each stage's time, rows and memory.
/// </summary>
/// <param name="dhis2">Where DHIS2 runs: in a process of its own (the default: its memory is not Passerelle's), in this one
/// (tests, where this process is not <c>passerelle</c>), or not at all (the DHIS2 stages are then left out and the report says so).</param>
internal sealed class ContinentalBench(ContinentalWorldOptions options, string directory, BenchDhis2Mode dhis2 = BenchDhis2Mode.Process)
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

        // DHIS2 loads its world while the files are written (one core each); the Passerelle stages start once it answers.
        var server = dhis2 == BenchDhis2Mode.None ? null : BenchDhis2Server.StartAsync(dhis2, options, cancellationToken);
        try
        {
            return await RunStagesAsync(world, meter, measures, Keep, server, cancellationToken);
        }
        finally
        {
            if (server is not null)
            {
                try
                {
                    await (await server).DisposeAsync();
                }
                catch (Exception) when (!server.IsCompletedSuccessfully)
                {
                    // It never started: the error that stopped the bench is the one to report.
                }
            }
        }
    }

    private async Task<ContinentalBenchResult> RunStagesAsync(
        ContinentalWorld world, MemoryMeter meter, List<StageMeasure> measures, Action<StageMeasure> keep, Task<BenchDhis2Server>? server, CancellationToken cancellationToken)
    {
        var registryPath = Path.Combine(directory, RegistryFile);
        var workforcePath = Path.Combine(directory, WorkforceFile);
        var valuesPath = Path.Combine(directory, ValuesFile);
        keep(await GenerateAsync(meter, "gen.healthmap", "structures écrites / facilities written", () => world.WriteRegistry(registryPath, cancellationToken), cancellationToken));
        keep(await GenerateAsync(meter, "gen.ihris", "agents écrits / workers written", () => world.WriteWorkforceReport(workforcePath, cancellationToken), cancellationToken));
        keep(await GenerateAsync(meter, "gen.dhis2-values", "valeurs écrites / values written", () => world.WriteServiceValues(valuesPath, cancellationToken), cancellationToken));

        var dhis2Server = server is null ? null : await server;
        var config = Configure(world, registryPath, workforcePath, dhis2Server?.BaseUrl);
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
            keep(await window.StopAsync(name, what, outcome.Read, cancellationToken, outcome.English));
        }

        // Each stage object lives only inside its lambda: what it keeps for its caller (results, findings) is not carried
        // into the next stage's memory.
        await Stage(RegistryStage.Name, "Carte sanitaire", "lignes lues / rows read",
            ct => new RegistryStage(config, warehouse, scope, runId, time).RunAsync(ct));
        var plan = AnalysisPlanLoader.LoadShipped();
        if (dhis2Server is not null)
        {
            await Stage(Dhis2PullStage.Name, "DHIS2 : unités d'organisation", "unités + valeurs lues / units + values read",
                ct => new Dhis2PullStage(session.Dhis2, warehouse, scope, plan.ServiceDataElements(), world.ReferenceDate).RunAsync(ct));
        }

        await Stage(IhrisPullStage.Name, "iHRIS : structures et personnel", "structures + postes lus / facilities + roles read",
            ct => new IhrisPullStage(session.Workforce, warehouse, scope, time, runId, full: true).RunAsync(ct));
        await Stage(AlignStage.Name, "Alignement des structures", "structures comparées / facilities compared",
            ct => new AlignStage(warehouse, time).RunAsync(ct));
        await Stage(AnalyzeStage.Name, "Analyse des effectifs", "lus / read",
            ct => new AnalyzeStage(warehouse, world.ReferenceDate, plan, config.Privacy.SmallCellThreshold).RunAsync(ct));
        if (dhis2Server is not null)
        {
            var publisher = new Dhis2Publisher(session.Dhis2, warehouse, new Uri(config.Dhis2.Url), config.Dhis2.ChunkSize, time);
            await Stage(Dhis2Publisher.Name, "DHIS2 : publication", "valeurs calculées / values computed", async ct =>
            {
                var push = await publisher.PublishAsync(AnalyzeStage.PeriodOf(world.ReferenceDate), runId, dryRun: false, diffCsv: null, ct);
                if (push.Conflicts.Count > 0 || !push.IsReconciled)
                {
                    throw new SyncStageException(Dhis2Publisher.Name, Passerelle.Dhis2.Push.RejectedValuesMessage.Describe(
                        push.ValuesSent, push.Imported, push.Updated, push.Ignored, push.Conflicts));
                }

                var d = push.Diff;
                return new StageOutcome(d.Added.Count + d.Changed.Count + d.Unchanged.Count + d.Removed.Count, push.ValuesSent + push.ValuesDeleted, push.Ignored,
                    $"{push.ValuesSent} envoyées, {push.Imported} importées, {push.Updated} mises à jour par DHIS2",
                    $"{push.ValuesSent} sent, {push.Imported} imported, {push.Updated} updated by DHIS2");
            });
        }

        await warehouse.Runs.FinishRunAsync(runId, RunStatus.Succeeded, time.GetUtcNow(), null, CancellationToken.None);

        var files = new[] { RegistryFile, WorkforceFile, ValuesFile }.ToDictionary(f => f, f => new FileInfo(Path.Combine(directory, f)).Length, StringComparer.Ordinal);
        var emulator = dhis2Server is null ? null : new BenchDhis2Figures(dhis2, dhis2Server.Started, dhis2Server.ArchivedValues, dhis2Server.PeakWorkingSetBytes);
        return new ContinentalBenchResult(options, world.Countries, world.Regions, world.Districts, measures, files, Environment.ProcessorCount, emulator);
    }

    /// <summary>
    /// The configuration Senegal would write for these files: the Carte sanitaire CSV and the iHRIS 4 Custom Report
    /// export (<c>ihris4-csv</c>), and the DHIS2 emulator's URL and account (without DHIS2, a closed port never called).
    /// </summary>
    private PasserelleConfig Configure(ContinentalWorld world, string registryPath, string workforcePath, Uri? dhis2Url)
    {
        var passwordFile = Path.Combine(directory, "dhis2.password");
        File.WriteAllText(passwordFile, dhis2Url is null ? "never-sent" : Passerelle.Emulators.Dhis2.Dhis2User.Admin.Password);
        var config = new PasserelleConfig
        {
            Scope = new ScopeConfig { ReferenceDate = world.ReferenceDate },
            Warehouse = Path.Combine(directory, "passerelle.duckdb"),
            Dhis2 = new Dhis2Config
            {
                Url = dhis2Url?.ToString() ?? "http://127.0.0.1:9/",
                Username = dhis2Url is null ? "bench" : Passerelle.Emulators.Dhis2.Dhis2User.Admin.Username,
                PasswordFile = passwordFile,
            },
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

/// <summary>A continental bench: the world's size, each measured stage, the files' sizes, the DHIS2 emulator's figures (null without DHIS2).</summary>
internal sealed record ContinentalBenchResult(
    ContinentalWorldOptions Options, int Countries, int Regions, int Districts, IReadOnlyList<StageMeasure> Stages,
    IReadOnlyDictionary<string, long> FileBytes, int Processors, BenchDhis2Figures? Dhis2 = null);

/// <summary>The DHIS2 emulator beside the bench: where it ran, how long it took to load its world, the values it archived, its own peak.</summary>
internal sealed record BenchDhis2Figures(BenchDhis2Mode Mode, TimeSpan Started, long ArchivedValues, long? PeakWorkingSetBytes);
