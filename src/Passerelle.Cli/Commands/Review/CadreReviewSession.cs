using System.Globalization;
using Passerelle.Core.Storage;
using Passerelle.Core.Workforce;
using Passerelle.Sync.Review;
using Spectre.Console;

namespace Passerelle.Cli.Commands.Review;

/// <summary>Reviews job title → cadre proposals in the terminal: accept, reject, choose another cadre, or skip.</summary>
internal sealed class CadreReviewSession(IAnsiConsole console, IWarehouse warehouse, TimeProvider time, string reviewer)
{
    public const string Accept = "Accepter / accept";
    public const string Reject = "Rejeter / reject";
    public const string Other = "Choisir un autre cadre / choose another cadre";
    public const string Skip = "Passer / skip";
    public const string Quit = "Quitter / quit";

    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var items = await ReviewQueue.ReadCadresAsync(warehouse, cancellationToken);
        if (items.Count == 0)
        {
            console.MarkupLine("[green]Rien à revoir / nothing to review[/]");
            return 0;
        }

        var decisions = new ReviewDecisions(warehouse, time);
        var decided = 0;
        for (var i = 0; i < items.Count; i++)
        {
            var mapping = items[i];
            var cadre = NationalCadres.ByCode(mapping.CadreCode);
            console.Write(new Rule($"{i + 1}/{items.Count}"));
            var table = new Table().AddColumns("Emploi / job", "Cadre proposé / proposed cadre", "ISCO-08", "Score");
            table.AddRow(Markup.Escape($"{mapping.JobTitle ?? "—"} ({mapping.JobKey})"), Markup.Escape($"{cadre?.French ?? mapping.CadreCode} / {cadre?.English}"),
                Markup.Escape(cadre?.Isco08 ?? "—"), mapping.Score.ToString("0.00", CultureInfo.InvariantCulture));
            console.Write(table);
            var choice = console.Prompt(new SelectionPrompt<string>().Title("Décision / decision ?").AddChoices(Accept, Reject, Other, Skip, Quit));
            if (choice == Quit)
            {
                break;
            }

            string? other = null;
            if (choice == Other)
            {
                other = console.Prompt(new SelectionPrompt<Cadre>().Title("Cadre national / national cadre")
                    .UseConverter(c => Markup.Escape($"{c.Code} — {c.French} / {c.English}")).AddChoices(NationalCadres.All)).Code;
            }

            var verdict = choice switch
            {
                Accept => ReviewVerdict.Accept,
                Reject => ReviewVerdict.Reject,
                Other => ReviewVerdict.LinkOther,
                _ => ReviewVerdict.Skip,
            };
            if (await decisions.ApplyAsync(new CadreDecision(mapping.Source, mapping.JobKey, verdict, other), reviewer, cancellationToken))
            {
                decided++;
            }
        }

        console.MarkupLineInterpolated($"[green]{decided} décision(s) enregistrée(s) / decision(s) recorded[/] ({reviewer})");
        return decided;
    }
}
