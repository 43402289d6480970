using System.Globalization;
using Passerelle.Core.Facilities;
using Passerelle.Core.Storage;
using Passerelle.Sync.Review;
using Spectre.Console;

namespace Passerelle.Cli.Commands.Review;

/// <summary>
/// Reviews the facility queue in the terminal: both records side by side, each signal's contribution and the
/// distance, then accept / reject / link another / skip. Decisions are stored as a person's and audited.
/// </summary>
internal sealed class FacilityReviewSession(IAnsiConsole console, IWarehouse warehouse, TimeProvider time, string reviewer)
{
    public const string Accept = "Accepter / accept";
    public const string Reject = "Rejeter / reject";
    public const string LinkOther = "Lier à une autre structure / link another facility";
    public const string Skip = "Passer / skip";
    public const string Quit = "Quitter / quit";

    /// <returns>The number of decisions recorded.</returns>
    public async Task<int> RunAsync(string? district, CancellationToken cancellationToken)
    {
        var items = await ReviewQueue.ReadFacilitiesAsync(warehouse, district, cancellationToken);
        if (items.Count == 0)
        {
            console.MarkupLine("[green]Rien à revoir / nothing to review[/]");
            return 0;
        }

        var registry = new HashSet<string>(StringComparer.Ordinal);
        await foreach (var facility in warehouse.Staging.ReadSourceFacilitiesAsync(SourceSystem.HealthMap, cancellationToken))
        {
            registry.Add(facility.SourceId);
        }

        var decisions = new ReviewDecisions(warehouse, time);
        var decided = 0;
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            console.Write(new Rule($"{i + 1}/{items.Count}"));
            Show(item);
            var choice = console.Prompt(new SelectionPrompt<string>().Title("Décision / decision ?").AddChoices(Accept, Reject, LinkOther, Skip, Quit));
            if (choice == Quit)
            {
                break;
            }

            var verdict = choice switch
            {
                Accept => ReviewVerdict.Accept,
                Reject => ReviewVerdict.Reject,
                LinkOther => ReviewVerdict.LinkOther,
                _ => ReviewVerdict.Skip,
            };
            string? target = null;
            if (verdict == ReviewVerdict.LinkOther)
            {
                target = console.Prompt(new TextPrompt<string>("Code de la carte sanitaire / registry code :")
                    .Validate(code => registry.Contains(code.Trim()) ? ValidationResult.Success() : ValidationResult.Error("[red]code inconnu / unknown code[/]"))).Trim();
            }

            if (await decisions.ApplyAsync(new FacilityDecision(item.Link.Source, item.Link.SourceId, item.Link.GoldenId, verdict, target), reviewer, cancellationToken))
            {
                decided++;
            }
        }

        console.MarkupLineInterpolated($"[green]{decided} décision(s) enregistrée(s) / decision(s) recorded[/] ({reviewer})");
        return decided;
    }

    private void Show(FacilityReviewItem item)
    {
        var pair = new Table().AddColumns("", $"{item.Link.Source} {Markup.Escape(item.Link.SourceId)}", $"Carte sanitaire {Markup.Escape(item.Link.GoldenId)}");
        pair.AddRow("Nom / name", Text(item.Source?.Name), Text(item.Registry?.Name));
        pair.AddRow("Type", Text(item.Source?.Type is { } a and not FacilityType.Unknown ? a.French() : item.Source?.TypeLabel), Text(item.Registry?.Type.French()));
        pair.AddRow("Région / region", Text(item.Source?.Region), Text(item.Registry?.Region));
        pair.AddRow("District", Text(item.Source?.District), Text(item.Registry?.District));
        pair.AddRow("Coordonnées / coordinates", Text(Point(item.Source)), Text(Point(item.Registry)));
        console.Write(pair);
        var signals = new Table().AddColumns("Signal", "Niveau / level", "Poids / weight");
        foreach (var signal in item.Signals)
        {
            signals.AddRow(Markup.Escape(signal.Signal), Text(signal.Level), signal.Weight.ToString("+0.0;-0.0;0", CultureInfo.InvariantCulture));
        }

        console.Write(signals);
        var distance = item.DistanceMetres is { } d ? $"{d.ToString("0", CultureInfo.InvariantCulture)} m" : "—";
        console.MarkupLineInterpolated($"Score : [bold]{item.Link.Score.ToString("0.00", CultureInfo.InvariantCulture)}[/]   Distance : [bold]{distance}[/]");
    }

    private static string Text(string? value) => Markup.Escape(string.IsNullOrWhiteSpace(value) ? "—" : value);

    private static string? Point(SourceFacility? facility) =>
        facility?.Location is { } p ? string.Create(CultureInfo.InvariantCulture, $"{p.Latitude:0.0000}, {p.Longitude:0.0000}") : null;
}
