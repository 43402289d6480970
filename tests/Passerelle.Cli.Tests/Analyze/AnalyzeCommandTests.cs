using ClosedXML.Excel;
using Microsoft.Extensions.Time.Testing;
using Passerelle.Cli.Commands;
using Passerelle.Cli.Commands.Analyze;
using Passerelle.Sync.Pipeline;
using Passerelle.Sync.Tests.Support;
using Spectre.Console.Cli;
using Spectre.Console.Testing;

namespace Passerelle.Cli.Tests.Analyze;

/// <summary><c>passerelle analyze</c> on a staged, aligned warehouse: summary, exports, suppression.</summary>
public sealed class AnalyzeCommandTests : IAsyncLifetime
{
    private StagedWorld _world = null!;

    private string _config = null!;

    public async Task InitializeAsync()
    {
        _world = await StagedWorld.CreateAsync();
        await new AlignStage(_world.Warehouse, new FakeTimeProvider(new DateTimeOffset(2027, 1, 5, 8, 0, 0, TimeSpan.Zero))).RunAsync(CancellationToken.None);
        await _world.CloseWarehouseAsync();
        _config = Path.Combine(_world.Folder, "passerelle.yaml");
        await File.WriteAllTextAsync(_config, $"""
            scope:
              referenceDate: 2026-12-31
            warehouse: {Path.Combine(_world.Folder, "entrepot.duckdb")}
            dhis2:
              url: http://127.0.0.1:9/
              username: admin
            healthMap:
              facilities: registre.csv
            ihris:
              kind: fhir
              url: http://127.0.0.1:9/fhir
            """);
    }

    public async Task DisposeAsync() => await _world.DisposeAsync();

    private sealed class NoRemainingArguments : IRemainingArguments
    {
        public ILookup<string, string?> Parsed { get; } = Array.Empty<string>().ToLookup(s => s, s => (string?)s);

        public IReadOnlyList<string> Raw { get; } = [];
    }

    private async Task<(int Exit, TestConsole Console)> RunAsync(AnalyzeCommand.Settings settings)
    {
        var console = new TestConsole();
        console.Profile.Width = 200;
        var exit = await new AnalyzeCommand(console).ExecuteAsync(new CommandContext([], new NoRemainingArguments(), "analyze", null), settings, CancellationToken.None);
        return (exit, console);
    }

    [Fact]
    public async Task Execute_Xlsx_PrintsAFrenchSummaryAndWritesBothSheets()
    {
        // When the analysis runs with an XLSX export
        var output = Path.Combine(_world.Folder, "resultats");
        var (exit, console) = await RunAsync(new AnalyzeCommand.Settings { Config = _config, Out = output, Format = "xlsx" });

        // Then it succeeds, prints the French summary and writes the indicators and findings
        Assert.Equal(ExitCodes.Ok, exit);
        Assert.Contains("agents en poste au 31/12/2026", console.Output, StringComparison.Ordinal);
        Assert.Contains("Consultations curatives par infirmier", console.Output, StringComparison.Ordinal);
        using var book = new XLWorkbook(Path.Combine(output, "indicateurs.xlsx"));
        Assert.Equal("indicateur", book.Worksheet("Indicateurs").Cell(1, 1).GetString());
        Assert.Equal("indicator", book.Worksheet("Indicateurs").Cell(2, 1).GetString());
        Assert.True(book.Worksheet("Constats").LastRowUsed()!.RowNumber() > 2);
    }

    [Fact]
    public async Task Execute_Csv_NoCellOfOneToFourWorkersBySexLeaves()
    {
        // When the analysis runs with a CSV export
        var output = Path.Combine(_world.Folder, "csv");
        var (exit, _) = await RunAsync(new AnalyzeCommand.Settings { Config = _config, Out = output });

        // Then every by-sex row (all cells of the small world are under 5) is blank and marked suppressed
        Assert.Equal(ExitCodes.Ok, exit);
        var rows = (await File.ReadAllLinesAsync(Path.Combine(output, "indicateurs.csv"))).Where(l => l.StartsWith("PASS_EFFECTIF_SEXE,", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(rows);
        Assert.All(rows, r =>
        {
            var cells = r.Split(',');
            Assert.Equal("", cells[6]);
            Assert.StartsWith("oui", cells[9], StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task Execute_AfterASyncKeptItsAnalysis_TheNextSyncDoesNotKeepTheCommandsResults()
    {
        // Given a successful sync-like run that analysed, then the analyze command writing the results again
        var warehouseFile = Path.Combine(_world.Folder, "entrepot.duckdb");
        var time = new FakeTimeProvider(new DateTimeOffset(2027, 1, 5, 9, 0, 0, TimeSpan.Zero));
        await AnalyzeInRunAsync(warehouseFile, time);
        var (exit, _) = await RunAsync(new AnalyzeCommand.Settings { Config = _config });
        time.Advance(TimeSpan.FromMinutes(1));

        // When the next sync-like run analyses the same inputs
        var kept = await AnalyzeInRunAsync(warehouseFile, time);

        // Then it does not take the command's results as its own: it computes again
        Assert.Equal(ExitCodes.Ok, exit);
        Assert.False(kept);
    }

    private static async Task<bool> AnalyzeInRunAsync(string warehouseFile, FakeTimeProvider time)
    {
        await using var warehouse = await Passerelle.Warehouse.WarehouseFactory.OpenAsync(warehouseFile, time, CancellationToken.None);
        var runId = Guid.NewGuid();
        await warehouse.Runs.StartRunAsync(new Passerelle.Core.Storage.RunStart(runId, "sync", time.GetUtcNow()), CancellationToken.None);
        var stage = new AnalyzeStage(warehouse, new DateOnly(2026, 12, 31), fingerprints: new RunFingerprints(warehouse, runId, time));
        await stage.RunAsync(CancellationToken.None);
        await warehouse.Runs.FinishRunAsync(runId, Passerelle.Core.Storage.RunStatus.Succeeded, time.GetUtcNow(), null, CancellationToken.None);
        return stage.KeptStoredResults;
    }
}
