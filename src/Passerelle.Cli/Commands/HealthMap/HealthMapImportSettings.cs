using System.ComponentModel;
using Spectre.Console.Cli;

namespace Passerelle.Cli.Commands.HealthMap;

/// <summary>Options of <c>healthmap import</c>.</summary>
internal sealed class HealthMapImportSettings : HealthMapFileSettings
{
    [CommandOption("--warehouse <CONNECTION>")]
    [Description("Entrepôt : fichier DuckDB ou / or Host=… PostgreSQL (défaut / default: passerelle.duckdb)")]
    [DefaultValue("passerelle.duckdb")]
    public string Warehouse { get; init; } = "passerelle.duckdb";
}
