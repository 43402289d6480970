using System.ComponentModel;
using System.Globalization;
using Passerelle.Cli.Commands.Review;
using Passerelle.Core.Indicators.Suppression;
using Passerelle.Core.Storage;
using Passerelle.Sync.Analysis;
using Passerelle.Sync.Configuration;
using Passerelle.Sync.Pipeline;
using Passerelle.Sync.Plan;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Passerelle.Cli.Commands.Analyze;

/// <summary>
/// <c>passerelle analyze [--config] [--out DIR] [--format csv|xlsx]</c>: runs the analysis on what the warehouse
/// holds, prints a French summary and exports every indicator (small cells suppressed) and the data-quality findings.
/// </summary>
internal sealed class AnalyzeCommand(IAnsiConsole console) : AsyncCommand<AnalyzeCommand.Settings>
{
    internal sealed class Settings : WarehouseSettings
    {
        [CommandOption("-o|--out <DIR>")]
        [Description("Dossier des tableaux exportés / folder for the exported tables")]
        public string? Out { get; init; }

        [CommandOption("--format <FORMAT>")]
        [Description("csv (défaut / default) ou / or xlsx")]
        public string Format { get; init; } = "csv";

        public override ValidationResult Validate() =>
            Format is "csv" or "xlsx" ? ValidationResult.Success() : ValidationResult.Error("--format : csv ou / or xlsx");
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken) =>
        await ReviewCommandRunner.RunAsync(console, settings, async warehouse =>
        {
            var config = settings.LoadConfig();
            AnalysisPlan plan;
            try
            {
                plan = config.AnalysisPlan is { Length: > 0 } file ? AnalysisPlanLoader.Load(file) : AnalysisPlanLoader.LoadShipped();
            }
            catch (AnalysisPlanException e)
            {
                console.MarkupLineInterpolated($"[red]{e.Message}[/]");
                return ExitCodes.ConfigError;
            }

            var referenceDate = config.Scope.ReferenceDate ?? SyncRunner.DefaultReferenceDate(TimeProvider.System);
            var stage = new AnalyzeStage(warehouse, referenceDate, plan, config.Privacy.SmallCellThreshold);
            StageOutcome outcome;
            var runId = Guid.NewGuid();
            await warehouse.Runs.StartRunAsync(new RunStart(runId, "analyze", TimeProvider.System.GetUtcNow()), cancellationToken);
            try
            {
                outcome = await stage.RunAsync(cancellationToken);

                // Results written outside a sync: the next sync must not keep them as its own, whatever its inputs.
                await new RunFingerprints(warehouse, runId, TimeProvider.System).RecordAsync(AnalyzeStage.Subject, "analyze " + runId.ToString("N"), cancellationToken);
                await warehouse.Runs.FinishRunAsync(runId, RunStatus.Succeeded, TimeProvider.System.GetUtcNow(), null, CancellationToken.None);
            }
            catch (SyncStageException e)
            {
                await warehouse.Runs.FinishRunAsync(runId, RunStatus.Failed, TimeProvider.System.GetUtcNow(), e.Message, CancellationToken.None);
                console.MarkupLineInterpolated($"[red]Échec / failure[/] : {e.Message}");
                return ExitCodes.DataError;
            }

            await warehouse.Audit.AppendAsync(new AuditEvent(TimeProvider.System.GetUtcNow(), Environment.UserName, "analyze", "results",
                null, $"period={AnalyzeStage.PeriodOf(referenceDate)};values={stage.ValuesStored}"), cancellationToken);
            console.MarkupLineInterpolated($"[bold]{outcome.French}[/]");
            console.Write(Summary(stage, plan));
            if (settings.Out is { } folder)
            {
                var policy = SmallCellPolicy.Default with { Threshold = config.Privacy.SmallCellThreshold };
                var values = await warehouse.Results.ReadIndicatorValuesAsync(new IndicatorQuery(Period: AnalyzeStage.PeriodOf(referenceDate)), cancellationToken).ToListAsync(cancellationToken);
                var files = await IndicatorTableWriter.WriteAsync(folder, settings.Format, values, stage.DataQuality?.Findings ?? [], plan, policy, cancellationToken);
                foreach (var path in files)
                {
                    console.MarkupLineInterpolated($"[green]écrit / written[/] : {path}");
                }
            }

            return ExitCodes.Ok;
        }, cancellationToken);

    /// <summary>Values per indicator and data-quality findings per check, French first.</summary>
    private static Table Summary(AnalyzeStage stage, AnalysisPlan plan)
    {
        var table = new Table().AddColumns("Indicateur / indicator", "Valeurs / values", "Masquées / suppressed", "Constats / findings");
        var findings = stage.DataQuality?.CountByIndicator ?? new Dictionary<string, int>();
        foreach (var (code, count) in stage.ValueCounts.OrderBy(c => c.Key, StringComparer.Ordinal))
        {
            var label = plan.Indicator(code) is { } i ? $"{i.Fr} ({code})" : code;
            table.AddRow(Markup.Escape(label), N(count.Values), N(count.Suppressed), findings.TryGetValue(code, out var n) ? N(n) : "");
        }

        return table;
    }

    private static string N(int n) => n.ToString(CultureInfo.InvariantCulture);
}
