using System.ComponentModel;
using Passerelle.Sync.Configuration;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Passerelle.Cli.Commands;

/// <summary><c>passerelle init</c>: writes a commented passerelle.yaml.</summary>
internal sealed class InitCommand(IAnsiConsole console) : Command<InitCommand.Settings>
{
    internal sealed class Settings : CommandSettings
    {
        [CommandOption("-o|--out <FILE>")]
        [Description("Fichier à écrire / file to write (passerelle.yaml)")]
        public string Out { get; init; } = "passerelle.yaml";

        [CommandOption("--force")]
        [Description("Remplacer un fichier existant / overwrite an existing file")]
        public bool Force { get; init; }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        if (File.Exists(settings.Out) && !settings.Force)
        {
            console.MarkupLineInterpolated($"[red]{settings.Out} existe déjà / already exists[/] — --force pour le remplacer / to overwrite");
            return ExitCodes.UsageError;
        }

        if (Path.GetDirectoryName(Path.GetFullPath(settings.Out)) is { } folder)
        {
            Directory.CreateDirectory(folder);
        }

        File.WriteAllText(settings.Out, ConfigTemplate.Yaml + Environment.NewLine);
        console.MarkupLineInterpolated($"Configuration écrite / written: [green]{Path.GetFullPath(settings.Out)}[/]");
        console.MarkupLine("Complétez les URL et fichiers, puis / fill in URLs and files, then: [bold]passerelle sync --config passerelle.yaml --dry-run --diff diff.csv[/]");
        return ExitCodes.Ok;
    }
}
