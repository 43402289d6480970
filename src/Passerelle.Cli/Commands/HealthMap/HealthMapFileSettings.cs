using System.ComponentModel;
using Spectre.Console.Cli;

namespace Passerelle.Cli.Commands.HealthMap;

/// <summary>Options shared by <c>healthmap check</c> and <c>healthmap import</c>.</summary>
internal class HealthMapFileSettings : CommandSettings
{
    [CommandArgument(0, "<FILE>")]
    [Description("Liste des structures (CSV, XLSX, GeoJSON) / facility list (CSV, XLSX, GeoJSON)")]
    public string File { get; init; } = string.Empty;

    [CommandOption("--mapping <FILE>")]
    [Description("Correspondance des colonnes (YAML ou JSON) / column mapping file (YAML or JSON)")]
    public string? Mapping { get; init; }

    [CommandOption("--details")]
    [Description("Affiche aussi les constats d'information ligne par ligne / also show row-level information findings")]
    public bool Details { get; init; }
}
