using Passerelle.Cli.Commands.Serve;
using Passerelle.Sync.Configuration;
using Passerelle.Warehouse;
using Passerelle.Web.Security;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Passerelle.Cli.Commands.Users;

/// <summary><c>passerelle users list</c>: every account with its role, regions and state (never a password or its hash).</summary>
internal sealed class UsersListCommand(IAnsiConsole console) : AsyncCommand<UsersWarehouseSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, UsersWarehouseSettings settings, CancellationToken cancellationToken)
    {
        try
        {
            var (connection, _) = WarehouseChoice.Resolve(settings.Warehouse, settings.Config);
            await using var warehouse = await WarehouseFactory.OpenAsync(connection, TimeProvider.System, cancellationToken);
            var now = TimeProvider.System.GetUtcNow();
            var table = new Table().AddColumns("Identifiant / login", "Rôle / role", "Régions / regions", "État / state");
            foreach (var user in await warehouse.Users.ListAsync(cancellationToken))
            {
                var state = user.IsDisabled() ? "désactivé / disabled"
                    : user.IsLockedOut(now) ? $"verrouillé jusqu'à / locked until {user.LockedUntil:yyyy-MM-dd HH:mm} UTC"
                    : "actif / active";
                table.AddRow(Markup.Escape(user.Login), Roles.NameOf(user.Role), user.Regions.Count == 0 ? "tout le pays / whole country" : string.Join(", ", user.Regions), state);
            }

            console.Write(table);
            return ExitCodes.Ok;
        }
        catch (Exception e) when (e is ConfigurationException or WarehouseException or IOException)
        {
            console.MarkupLineInterpolated($"[red]{e.Message}[/]");
            return ExitCodes.ConfigError;
        }
    }
}
