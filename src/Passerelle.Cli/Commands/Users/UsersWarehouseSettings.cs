using System.ComponentModel;
using Spectre.Console.Cli;

namespace Passerelle.Cli.Commands.Users;

/// <summary>Where the accounts are: <c>--warehouse</c>, else the configuration's warehouse.</summary>
internal class UsersWarehouseSettings : CommandSettings
{
    [CommandOption("-c|--config <FILE>")]
    [Description("Fichier de configuration / configuration file")]
    public string? Config { get; init; }

    [CommandOption("--warehouse <CONNECTION>")]
    [Description("Entrepôt : fichier DuckDB ou / or Host=… PostgreSQL")]
    public string? Warehouse { get; init; }
}

/// <summary>One account, by login.</summary>
internal class UsersAccountSettings : UsersWarehouseSettings
{
    [CommandArgument(0, "<NAME>")]
    [Description("Identifiant / login")]
    public string Name { get; init; } = "";
}
