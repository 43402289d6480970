using System.Globalization;
using Passerelle.Core.Publishing;
using Passerelle.Dhis2.Metadata;
using Passerelle.Dhis2.Uids;
using Passerelle.Sync.Publishing;
using Spectre.Console;

namespace Passerelle.Cli.Commands.Push;

/// <summary>Prints a push: the diff per data element, metadata changes, DHIS2's counts, conflicts and the read-back.</summary>
internal sealed class PushSummaryView(IAnsiConsole console)
{
    private const int ShownDifferences = 5;

    /// <returns>The exit code: data error when the read-back, after generating the analytics tables, found differences.</returns>
    public int Show(PushReport push, string period, string? diffCsv)
    {
        console.Write(DiffTable(push.Diff));
        if (push.MetadataDiff is { } metadata)
        {
            var text = $"Métadonnées / metadata : {metadata.Count(MetadataChangeKind.Added)} ajoutées / added, {metadata.Count(MetadataChangeKind.Changed)} modifiées / changed, "
                + $"{metadata.Count(MetadataChangeKind.Unchanged)} inchangées / unchanged, {metadata.Count(MetadataChangeKind.NoLongerGenerated)} plus générées / no longer generated";
            console.MarkupLineInterpolated($"{text}");
        }

        foreach (var authority in push.MissingAuthorities)
        {
            console.MarkupLineInterpolated($"[yellow]⚠ autorité DHIS2 manquante pour publier / DHIS2 authority missing to push : {authority}[/]");
        }

        if (diffCsv is not null)
        {
            console.MarkupLineInterpolated($"Diff écrit / diff written: {diffCsv}");
        }

        if (push.DryRun)
        {
            console.MarkupLineInterpolated($"[green]Simulation terminée / dry run finished[/] ({period}) : rien n'a été écrit dans DHIS2 / nothing was written to DHIS2");
            return ExitCodes.Ok;
        }

        var counts = $"{period} : {push.ValuesSent} envoyées / sent, {push.ValuesDeleted} supprimées / deleted ; DHIS2 : {push.Imported} importées / imported, "
            + $"{push.Updated} mises à jour / updated, {push.Ignored} ignorées / ignored ; {push.ChunksSkippedAsAlreadyAcknowledged} lot(s) déjà acquitté(s) / chunk(s) already acknowledged";
        console.MarkupLineInterpolated($"[green]✓[/] {counts}");
        return ShowReadBack(push.ReadBack);
    }

    private int ShowReadBack(ReadBackReport? readBack)
    {
        if (readBack is null)
        {
            return ExitCodes.Ok;
        }

        if (readBack.Matches)
        {
            console.MarkupLineInterpolated($"[green]✓[/] Relecture analytics / analytics read-back : {readBack.Compared} totaux identiques / totals match");
            return ExitCodes.Ok;
        }

        console.MarkupLineInterpolated(
            $"[yellow]⚠ Relecture analytics / analytics read-back : {readBack.Differences.Count} écart(s) sur / difference(s) out of {readBack.Compared}[/]");
        foreach (var difference in readBack.Differences.Take(ShownDifferences))
        {
            console.MarkupLineInterpolated($"  {difference}");
        }

        if (!readBack.AnalyticsTablesRefreshed)
        {
            console.MarkupLine("  [grey]Tables d'analyse non régénérées : DHIS2 montre leur dernier état / analytics tables not regenerated: DHIS2 shows their last state[/]");
            return ExitCodes.Ok;
        }

        return ExitCodes.DataError;
    }

    private static Table DiffTable(DataValueDiff diff)
    {
        var names = PublicationPlanFactory.PerCadreElements.Concat(PublicationPlanFactory.TotalElements)
            .ToDictionary(code => Dhis2Uid.FromCode("dataElement", code), code => code, StringComparer.Ordinal);
        var table = new Table().AddColumns("Élément / data element", "ajoutées / added", "modifiées / changed", "inchangées / unchanged", "supprimées / removed", "hors périmètre / out of scope");
        var rows = new[] { diff.Added, diff.Changed, diff.Unchanged, diff.Removed, diff.LeftOutOfScope };
        var elements = rows.SelectMany(r => r).Select(v => v.Key.DataElement).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
        foreach (var element in elements)
        {
            table.AddRow([names.GetValueOrDefault(element, element), .. rows.Select(r => Count(r, element))]);
        }

        table.AddRow(["[bold]total[/]", .. rows.Select(r => $"[bold]{r.Count.ToString(CultureInfo.InvariantCulture)}[/]")]);
        return table;
    }

    private static string Count(IReadOnlyList<AggregateValue> values, string element) =>
        values.Count(v => v.Key.DataElement == element).ToString(CultureInfo.InvariantCulture);
}
