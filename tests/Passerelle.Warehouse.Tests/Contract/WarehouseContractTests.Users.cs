using Passerelle.Core.Storage;
using Passerelle.Testing;

namespace Passerelle.Warehouse.Tests.Contract;

public abstract partial class WarehouseContractTests
{
    [ContractFact]
    public async Task AddAsync_NewLogin_IsFoundWithEveryField()
    {
        // Given a reviewer limited to two regions
        var user = new UserAccount("awa.diop", "AQAAAAIAAYagAAAAEhash", UserRole.Reviewer, ["SN-DK", "SN-KL"], 0, null, Start);

        // When it is added and read back
        var added = await Warehouse.Users.AddAsync(user, Ct);
        var found = await Warehouse.Users.FindAsync("awa.diop", Ct);

        // Then every field round-trips
        Assert.True(added);
        Assert.NotNull(found);
        Assert.Equal(user with { Regions = found.Regions }, found);
        Assert.Equal(["SN-DK", "SN-KL"], found.Regions);
    }

    [ContractFact]
    public async Task AddAsync_ExistingLogin_ReturnsFalseAndKeepsTheFirst()
    {
        // Given an admin account
        await Warehouse.Users.AddAsync(new UserAccount("admin", "first", UserRole.Admin, [], 0, null, Start), Ct);

        // When the same login is added again
        var added = await Warehouse.Users.AddAsync(new UserAccount("admin", "second", UserRole.Viewer, [], 0, null, Start), Ct);

        // Then nothing changes
        Assert.False(added);
        var found = await Warehouse.Users.FindAsync("admin", Ct);
        Assert.Equal(("first", UserRole.Admin), (found!.PasswordHash, found.Role));
    }

    [ContractFact]
    public async Task UpdateAsync_LockedAccount_KeepsLockAndCountsThenListsByLogin()
    {
        // Given two accounts
        await Warehouse.Users.AddAsync(new UserAccount("zeyna", "h1", UserRole.Viewer, [], 0, null, Start), Ct);
        await Warehouse.Users.AddAsync(new UserAccount("bamba", "h2", UserRole.Viewer, [], 0, null, Start), Ct);

        // When one is locked after failed logins, and an unknown login is updated
        var locked = await Warehouse.Users.UpdateAsync(new UserAccount("zeyna", "h1", UserRole.Viewer, [], 5, Start.AddMinutes(15), Start), Ct);
        var unknown = await Warehouse.Users.UpdateAsync(new UserAccount("nobody", "h", UserRole.Viewer, [], 0, null, Start), Ct);

        // Then the lock is kept, the unknown login is refused and the list is ordered by login
        Assert.True(locked);
        Assert.False(unknown);
        var all = await Warehouse.Users.ListAsync(Ct);
        Assert.Equal(["bamba", "zeyna"], all.Select(u => u.Login));
        Assert.Equal((5, Start.AddMinutes(15)), (all[1].FailedLogins, all[1].LockedUntil));
    }
}
