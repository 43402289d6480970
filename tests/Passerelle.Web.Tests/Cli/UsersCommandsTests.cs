using Passerelle.Cli;
using Passerelle.Core.Storage;
using Passerelle.Warehouse;
using Passerelle.Web.Security;

namespace Passerelle.Web.Tests.Cli;

/// <summary><c>passerelle users list|disable|enable|unlock|role</c> on a warehouse file.</summary>
[Collection(WebCollection.Name)]
public sealed class UsersCommandsTests(WebTestWarehouse warehouse)
{
    private readonly string _copy = warehouse.NewCopy();

    [Fact]
    public async Task Disable_ThenEnable_ChangesTheAccountAndAuditsTheCli()
    {
        // Given the demo accounts
        // When the CLI disables the viewer
        var disabled = await PasserelleApp.RunAsync(["users", "disable", "viewer", "--warehouse", _copy]);
        var afterDisable = await FindAsync("viewer");

        // Then it is disabled, and enabling gives it back
        Assert.Equal(0, disabled);
        Assert.True(afterDisable.IsDisabled());
        Assert.Equal(0, await PasserelleApp.RunAsync(["users", "enable", "viewer", "--warehouse", _copy]));
        Assert.False((await FindAsync("viewer")).IsDisabled());
        await using var store = await WarehouseFactory.OpenAsync(_copy, TimeProvider.System, CancellationToken.None);
        Assert.Single(await store.Audit.ReadAsync(new AuditQuery(Action: "user-disable", Actor: "cli"), CancellationToken.None));
    }

    [Fact]
    public async Task Role_OnlyAdminToViewer_IsRefusedWithADataError()
    {
        // Given one admin
        // When the CLI demotes it
        var exit = await PasserelleApp.RunAsync(["users", "role", "admin", "--role", "viewer", "--warehouse", _copy]);

        // Then it is refused and the admin stays
        Assert.Equal(65, exit);
        Assert.Equal(UserRole.Admin, (await FindAsync("admin")).Role);
    }

    [Fact]
    public async Task Role_ViewerToReviewer_ChangesTheRole()
    {
        // When the CLI makes the viewer a reviewer
        var exit = await PasserelleApp.RunAsync(["users", "role", "viewer", "--role", "reviewer", "--warehouse", _copy]);

        // Then the role is stored
        Assert.Equal(0, exit);
        Assert.Equal(UserRole.Reviewer, (await FindAsync("viewer")).Role);
    }

    [Fact]
    public async Task Unlock_LockedAccount_ClearsTheLock()
    {
        // Given a locked account
        await using (var store = await WarehouseFactory.OpenAsync(_copy, TimeProvider.System, CancellationToken.None))
        {
            var locky = (await store.Users.FindAsync("locky", CancellationToken.None))!;
            await store.Users.UpdateAsync(locky with { FailedLogins = 0, LockedUntil = TimeProvider.System.GetUtcNow().AddHours(1) }, CancellationToken.None);
        }

        // When the CLI unlocks it, and lists the accounts
        var exit = await PasserelleApp.RunAsync(["users", "unlock", "locky", "--warehouse", _copy]);
        var list = await PasserelleApp.RunAsync(["users", "list", "--warehouse", _copy]);

        // Then it is unlocked
        Assert.Equal((0, 0), (exit, list));
        Assert.Null((await FindAsync("locky")).LockedUntil);
    }

    [Fact]
    public async Task Disable_UnknownLogin_IsADataError()
    {
        // When the CLI disables a login that does not exist
        var exit = await PasserelleApp.RunAsync(["users", "disable", "personne", "--warehouse", _copy]);

        // Then it says so with a data error
        Assert.Equal(65, exit);
    }

    private async Task<UserAccount> FindAsync(string login)
    {
        await using var store = await WarehouseFactory.OpenAsync(_copy, TimeProvider.System, CancellationToken.None);
        return (await store.Users.FindAsync(login, CancellationToken.None))!;
    }
}
