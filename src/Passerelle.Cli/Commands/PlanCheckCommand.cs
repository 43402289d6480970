using System.ComponentModel;
using Passerelle.Sync.Plan;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Passerelle.Cli.Commands;

/// <summary><c>passerelle plan check [FILE]</c>: validates an analysis plan and lists its questions.</summary>
internal sealed class PlanCheckCommand(IAnsiConsole console) : Command<PlanCheckCommand.Settings>
{
    internal sealed class Settings : CommandSettings
    {
        [CommandArgument(0, "[FILE]")]
        [Description("Plan d'analyse / analysis plan (défaut : plan livré / default: shipped plan)")]
        public string? File { get; init; }

        [CommandOption("--formulas")]
        [Description("Lister les formules connues / list known formulas")]
        public bool Formulas { get; init; }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        if (settings.Formulas)
        {
            var formulas = new Table().AddColumns("Formule / formula", "Paramètres / parameters");
            foreach (var (name, parameters) in IndicatorFormulas.Known)
            {
                formulas.AddRow(name, string.Join(", ", parameters));
            }

            console.Write(formulas);
            return ExitCodes.Ok;
        }

        AnalysisPlan plan;
        try
        {
            plan = settings.File is null ? AnalysisPlanLoader.LoadShipped() : AnalysisPlanLoader.Load(settings.File);
        }
        catch (AnalysisPlanException e)
        {
            console.MarkupLine("[red]Plan invalide / invalid plan[/]");
            foreach (var problem in e.Problems)
            {
                console.MarkupLineInterpolated($"  [red]✗[/] {problem}");
            }

            return ExitCodes.DataError;
        }

        var table = new Table().AddColumns("Question", "Indicateurs / indicators");
        foreach (var question in plan.Questions)
        {
            table.AddRow(Markup.Escape($"{question.Id} {question.Fr}\n   {question.En}"), Markup.Escape(string.Join("\n", question.Indicators)));
        }

        console.Write(table);
        console.MarkupLineInterpolated($"[green]Plan valide / valid plan[/]: {plan.Questions.Count} questions, {plan.Indicators.Count} indicateurs / indicators");
        return ExitCodes.Ok;
    }
}
