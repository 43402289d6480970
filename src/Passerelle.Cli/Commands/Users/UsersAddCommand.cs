using System.ComponentModel;
using Passerelle.Cli.Commands.Serve;
using Passerelle.Core.Storage;
using Passerelle.Sync.Configuration;
using Passerelle.Warehouse;
using Passerelle.Web.Security;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Passerelle.Cli.Commands.Users;

/// <summary>
/// <c>passerelle users add NAME --role viewer|reviewer|admin</c>. The password comes from <c>--password-file</c>,
/// else PASSERELLE_NEW_USER_PASSWORD, else a prompt that does not echo; it is never printed.
/// </summary>
internal sealed class UsersAddCommand(IAnsiConsole console) : AsyncCommand<UsersAddCommand.Settings>
{
    public const string PasswordVariable = "PASSERELLE_NEW_USER_PASSWORD";

    internal sealed class Settings : CommandSettings
    {
        [CommandArgument(0, "<NAME>")]
        [Description("Identifiant / login")]
        public string Name { get; init; } = "";

        [CommandOption("--role <ROLE>")]
        [Description("viewer (lecture), reviewer (décide les correspondances / decides matches), admin (gère les comptes / manages users)")]
        public string Role { get; init; } = Roles.Viewer;

        [CommandOption("--regions <CODES>")]
        [Description("Limiter à ces régions / limit to these regions (ex. SN-DK,SN-KL)")]
        public string? Regions { get; init; }

        [CommandOption("--password-file <FILE>")]
        [Description("Fichier contenant le mot de passe / file holding the password")]
        public string? PasswordFile { get; init; }

        [CommandOption("-c|--config <FILE>")]
        [Description("Fichier de configuration / configuration file")]
        public string? Config { get; init; }

        [CommandOption("--warehouse <CONNECTION>")]
        [Description("Entrepôt : fichier DuckDB ou / or Host=… PostgreSQL")]
        public string? Warehouse { get; init; }

        public override ValidationResult Validate() => Roles.Parse(Role) is null
            ? ValidationResult.Error($"--role : « {Role} » inconnu / unknown; valides / valid: viewer, reviewer, admin")
            : ValidationResult.Success();
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        try
        {
            var (connection, _) = WarehouseChoice.Resolve(settings.Warehouse, settings.Config);
            var password = await ReadPasswordAsync(settings, cancellationToken);
            await using var warehouse = await WarehouseFactory.OpenAsync(connection, TimeProvider.System, cancellationToken);
            var accounts = new UserAccounts(warehouse.Users, warehouse.Audit, TimeProvider.System);
            var regions = (settings.Regions ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (!await accounts.AddAsync(settings.Name, password, Roles.Parse(settings.Role)!.Value, regions, "cli", cancellationToken))
            {
                console.MarkupLineInterpolated($"[red]L'identifiant « {settings.Name} » existe déjà / login exists already[/]");
                return ExitCodes.DataError;
            }

            console.MarkupLineInterpolated($"Compte créé / account created: [bold]{UserAccounts.NormaliseLogin(settings.Name)}[/] ({Roles.Parse(settings.Role)!.Value})");
            return ExitCodes.Ok;
        }
        catch (ArgumentException e)
        {
            console.MarkupLineInterpolated($"[red]{e.Message.Split(" (Parameter", 2)[0]}[/]");
            return ExitCodes.UsageError;
        }
        catch (Exception e) when (e is ConfigurationException or WarehouseException or IOException)
        {
            console.MarkupLineInterpolated($"[red]{e.Message}[/]");
            return ExitCodes.ConfigError;
        }
    }

    private async Task<string> ReadPasswordAsync(Settings settings, CancellationToken cancellationToken)
    {
        if (settings.PasswordFile is { } file)
        {
            return (await File.ReadAllTextAsync(file, cancellationToken)).TrimEnd('\r', '\n');
        }

        if (Environment.GetEnvironmentVariable(PasswordVariable) is { Length: > 0 } fromEnvironment)
        {
            return fromEnvironment;
        }

        var first = await console.PromptAsync(new TextPrompt<string>("Mot de passe / password:").Secret(), cancellationToken);
        var second = await console.PromptAsync(new TextPrompt<string>("Encore / again:").Secret(), cancellationToken);
        return first == second
            ? first
            : throw new ArgumentException("Les deux mots de passe diffèrent / the two passwords differ");
    }
}
