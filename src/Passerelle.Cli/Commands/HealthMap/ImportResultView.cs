using Passerelle.HealthMap.Mapping;
using Passerelle.HealthMap.Registry;
using Spectre.Console;

namespace Passerelle.Cli.Commands.HealthMap;

/// <summary>Shows an import result: the findings table (French with English) and the row accounting.</summary>
internal static class ImportResultView
{
    public static void Render(IAnsiConsole console, RegistryImportResult result, bool details)
    {
        var shown = result.Findings.Where(f => details || f.Severity != FindingSeverity.Info || f.Row is null).ToList();
        var table = new Table().Border(TableBorder.Rounded)
            .AddColumn("Ligne / Row")
            .AddColumn("Colonne / Column")
            .AddColumn("Gravité / Severity")
            .AddColumn("Code")
            .AddColumn("Constat / Finding");
        foreach (var finding in shown)
        {
            table.AddRow(
                Markup.Escape(finding.Row?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "—"),
                Markup.Escape(finding.Column ?? "—"),
                Severity(finding.Severity),
                Markup.Escape(finding.Code),
                Markup.Escape($"{finding.French} / {finding.English}"));
        }

        console.MarkupLine($"[bold]{Markup.Escape(result.Source.FileName)}[/] — sha256 {result.Source.ContentHash[..12]}…, {Markup.Escape(result.Source.Mapping)}");
        console.Write(table);
        var hidden = result.Findings.Count - shown.Count;
        if (hidden > 0)
        {
            console.MarkupLine($"[grey]{hidden} constat(s) d'information masqué(s) (--details) / information finding(s) hidden (--details)[/]");
        }

        if (result.IsRefused)
        {
            console.MarkupLine("[red bold]Fichier refusé : rien n'a été produit / file refused: nothing was produced[/]");
            return;
        }

        console.MarkupLine(
            $"Lignes lues / rows read: [bold]{result.RowsRead}[/] = chargées / loaded [green]{result.RowsLoaded}[/] + en quarantaine / quarantined [yellow]{result.RowsQuarantined}[/]" +
            $" (lignes vides ignorées / blank rows skipped: {result.BlankRowsSkipped})");
        if (result.Source.Columns.Count > 0)
        {
            console.MarkupLine("[grey]Colonnes / columns: " + Markup.Escape(string.Join(", ", result.Source.Columns.Select(c => $"{c.Key} ← « {c.Value} »"))) + "[/]");
        }
    }

    /// <summary>Loads the mapping option, or tells why it cannot be used.</summary>
    public static ColumnMapping? LoadMapping(IAnsiConsole console, string? path)
    {
        if (path is null)
        {
            return ColumnMapping.Default;
        }

        try
        {
            return ColumnMappingFile.Load(path);
        }
        catch (ColumnMappingException e)
        {
            console.MarkupLine("[red]Correspondance de colonnes invalide / invalid column mapping:[/]");
            foreach (var problem in e.Problems)
            {
                console.MarkupLine("  " + Markup.Escape(problem));
            }

            return null;
        }
    }

    private static string Severity(FindingSeverity severity) => severity switch
    {
        FindingSeverity.Fatal => "[red bold]refus / refused[/]",
        FindingSeverity.Error => "[red]quarantaine / quarantine[/]",
        FindingSeverity.Warning => "[yellow]avertissement / warning[/]",
        _ => "[grey]info[/]",
    };
}
