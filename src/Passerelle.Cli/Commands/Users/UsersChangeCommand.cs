using System.ComponentModel;
using Passerelle.Cli.Commands.Serve;
using Passerelle.Sync.Configuration;
using Passerelle.Warehouse;
using Passerelle.Web.Security;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Passerelle.Cli.Commands.Users;

/// <summary>
/// A change to one account from the command line, audited with the actor <c>cli</c>; like the web app, it is
/// refused when it would leave no enabled administrator.
/// </summary>
internal abstract class UsersChangeCommand<TSettings>(IAnsiConsole console) : AsyncCommand<TSettings>
    where TSettings : UsersAccountSettings
{
    protected abstract string DoneFrenchEnglish { get; }

    protected abstract Task<AccountChange> ApplyAsync(UserAccounts accounts, TSettings settings, CancellationToken cancellationToken);

    public override async Task<int> ExecuteAsync(CommandContext context, TSettings settings, CancellationToken cancellationToken)
    {
        try
        {
            var (connection, _) = WarehouseChoice.Resolve(settings.Warehouse, settings.Config);
            await using var warehouse = await WarehouseFactory.OpenAsync(connection, TimeProvider.System, cancellationToken);
            var accounts = new UserAccounts(warehouse.Users, warehouse.Audit, TimeProvider.System);
            switch (await ApplyAsync(accounts, settings, cancellationToken))
            {
                case AccountChange.Done:
                    console.MarkupLineInterpolated($"{DoneFrenchEnglish}: [bold]{settings.Name.Trim().ToLowerInvariant()}[/]");
                    return ExitCodes.Ok;
                case AccountChange.LastAdmin:
                    console.MarkupLine("[red]Refusé : il ne resterait aucun administrateur actif / refused: no enabled administrator would be left[/]");
                    return ExitCodes.DataError;
                default:
                    console.MarkupLineInterpolated($"[red]Compte introuvable / account not found: {settings.Name}[/]");
                    return ExitCodes.DataError;
            }
        }
        catch (Exception e) when (e is ConfigurationException or WarehouseException or IOException)
        {
            console.MarkupLineInterpolated($"[red]{e.Message}[/]");
            return ExitCodes.ConfigError;
        }
    }
}

/// <summary><c>passerelle users disable NAME</c>: the account can no longer sign in; its sessions end.</summary>
internal sealed class UsersDisableCommand(IAnsiConsole console) : UsersChangeCommand<UsersAccountSettings>(console)
{
    protected override string DoneFrenchEnglish => "Compte désactivé / account disabled";

    protected override Task<AccountChange> ApplyAsync(UserAccounts accounts, UsersAccountSettings settings, CancellationToken cancellationToken) =>
        accounts.SetDisabledAsync(settings.Name, disabled: true, "cli", cancellationToken);
}

/// <summary><c>passerelle users enable NAME</c>.</summary>
internal sealed class UsersEnableCommand(IAnsiConsole console) : UsersChangeCommand<UsersAccountSettings>(console)
{
    protected override string DoneFrenchEnglish => "Compte réactivé / account enabled";

    protected override Task<AccountChange> ApplyAsync(UserAccounts accounts, UsersAccountSettings settings, CancellationToken cancellationToken) =>
        accounts.SetDisabledAsync(settings.Name, disabled: false, "cli", cancellationToken);
}

/// <summary><c>passerelle users unlock NAME</c>: clears a lockout after failed logins.</summary>
internal sealed class UsersUnlockCommand(IAnsiConsole console) : UsersChangeCommand<UsersAccountSettings>(console)
{
    protected override string DoneFrenchEnglish => "Compte déverrouillé / account unlocked";

    protected override Task<AccountChange> ApplyAsync(UserAccounts accounts, UsersAccountSettings settings, CancellationToken cancellationToken) =>
        accounts.UnlockAsync(settings.Name, "cli", cancellationToken);
}

/// <summary><c>passerelle users role NAME --role viewer|reviewer|admin</c>.</summary>
internal sealed class UsersRoleCommand(IAnsiConsole console) : UsersChangeCommand<UsersRoleCommand.Settings>(console)
{
    internal sealed class Settings : UsersAccountSettings
    {
        [CommandOption("--role <ROLE>")]
        [Description("viewer, reviewer ou / or admin")]
        public string Role { get; init; } = "";

        public override ValidationResult Validate() => Roles.Parse(Role) is null
            ? ValidationResult.Error($"--role : « {Role} » inconnu / unknown; valides / valid: viewer, reviewer, admin")
            : ValidationResult.Success();
    }

    protected override string DoneFrenchEnglish => "Rôle changé / role changed";

    protected override Task<AccountChange> ApplyAsync(UserAccounts accounts, Settings settings, CancellationToken cancellationToken) =>
        accounts.ChangeRoleAsync(settings.Name, Roles.Parse(settings.Role)!.Value, "cli", cancellationToken);
}
