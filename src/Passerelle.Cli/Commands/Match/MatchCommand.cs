using System.ComponentModel;
using System.Globalization;
using Passerelle.Core.Matching;
using Passerelle.Sync.Matching;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Passerelle.Cli.Commands.Match;

/// <summary>
/// <c>passerelle match LEFT.csv RIGHT.csv --out MATCHES.csv [--explain]</c>: matches two facility
/// lists and writes one row per left record (<c>left_id,right_id,score,status</c>).
/// </summary>
public sealed class MatchCommand : AsyncCommand<MatchCommand.Settings>
{
    /// <summary>Exit code for unreadable input (file, row and column in the message).</summary>
    public const int BadInputExitCode = 2;

    private readonly IAnsiConsole _console;

    public MatchCommand()
        : this(AnsiConsole.Console)
    {
    }

    internal MatchCommand(IAnsiConsole console) => _console = console;

    public sealed class Settings : CommandSettings
    {
        [CommandArgument(0, "<LEFT>")]
        [Description("Liste de gauche (CSV UTF-8 : id,name,type,region,district,latitude,longitude) / left list")]
        public string Left { get; init; } = string.Empty;

        [CommandArgument(1, "<RIGHT>")]
        [Description("Liste de droite, même format / right list, same format")]
        public string Right { get; init; } = string.Empty;

        [CommandOption("-o|--out <MATCHES>")]
        [Description("Fichier résultat / output file (left_id,right_id,score,status)")]
        public string? Out { get; init; }

        [CommandOption("--explain")]
        [Description("Ajoute la contribution de chaque signal / adds each signal's contribution")]
        public bool Explain { get; init; }

        [CommandOption("--accept <SCORE>")]
        [Description("Seuil d'acceptation automatique / auto-accept threshold (défaut / default 0.90)")]
        public double? Accept { get; init; }

        [CommandOption("--review <SCORE>")]
        [Description("Seuil de revue / review threshold (défaut / default 0.50)")]
        public double? Review { get; init; }

        public override ValidationResult Validate()
        {
            if (string.IsNullOrWhiteSpace(Out))
            {
                return ValidationResult.Error("--out est obligatoire / --out is required");
            }

            if (Accept is < 0 or > 1 || Review is < 0 or > 1)
            {
                return ValidationResult.Error("--accept et --review vont de 0 à 1 / --accept and --review range from 0 to 1");
            }

            return ValidationResult.Success();
        }
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var defaults = new FacilityMatchOptions();
        var options = defaults with
        {
            AcceptThreshold = settings.Accept ?? defaults.AcceptThreshold,
            ReviewThreshold = settings.Review ?? defaults.ReviewThreshold,
        };
        try
        {
            var summary = await FacilityListMatching.RunAsync(settings.Left, settings.Right, settings.Out!, settings.Explain, options, cancellationToken);
            var table = new Table().AddColumn("statut / status").AddColumn(new TableColumn("lignes / rows").RightAligned());
            table.AddRow("matched (accepté / accepted)", summary.Matched.ToString(CultureInfo.InvariantCulture));
            table.AddRow("review (à vérifier / to check)", summary.Review.ToString(CultureInfo.InvariantCulture));
            table.AddRow("unmatched (sans correspondance / no match)", summary.Unmatched.ToString(CultureInfo.InvariantCulture));
            _console.Write(table);
            _console.MarkupLineInterpolated(
                $"{summary.LeftCount} × {summary.RightCount} fiches / records, {summary.CandidatePairs} paires comparées / pairs compared → [bold]{settings.Out}[/]");
            return 0;
        }
        catch (FacilityCsvException exception)
        {
            _console.MarkupLineInterpolated($"[red]Erreur / error[/] : {exception.Message}");
            return BadInputExitCode;
        }
        catch (ArgumentException exception)
        {
            _console.MarkupLineInterpolated($"[red]Erreur / error[/] : {exception.Message}");
            return BadInputExitCode;
        }
    }
}
