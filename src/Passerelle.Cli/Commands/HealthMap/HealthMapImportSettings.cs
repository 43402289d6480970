using System.ComponentModel;
using Spectre.Console.Cli;

namespace Passerelle.Cli.Commands.HealthMap;

/// <summary>Options of <c>healthmap import</c>.</summary>
internal sealed class HealthMapImportSettings : HealthMapFileSettings
{
    [CommandOption("--store <DIR>")]
    [Description("Dossier du registre importé (un fichier JSON par contenu) / folder of the imported registry (one JSON file per content)")]
    [DefaultValue("passerelle-data/registre")]
    public string Store { get; init; } = "passerelle-data/registre";
}
