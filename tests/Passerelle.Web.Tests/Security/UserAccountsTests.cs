using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Time.Testing;
using Passerelle.Core.Storage;
using Passerelle.Warehouse;
using Passerelle.Web.Security;

namespace Passerelle.Web.Tests.Security;

public sealed class UserAccountsTests : IAsyncLifetime
{
    private EmptyTestWarehouse? _store;

    private IWarehouse Warehouse => _store!.Warehouse;

    private FakeTimeProvider Time => _store!.Time;

    public async Task InitializeAsync() => _store = await EmptyTestWarehouse.OpenAsync("passerelle-users-");

    public async Task DisposeAsync() => await _store!.DisposeAsync();

    [Fact]
    public async Task AddAsync_ValidAccount_StoresAHashThatVerifiesAndNeverThePassword()
    {
        // Given the account service
        var accounts = new UserAccounts(Warehouse.Users, Warehouse.Audit, Time);

        // When a reviewer limited to Dakar is added with a mixed-case login
        var added = await accounts.AddAsync("Awa.Diop", "un-long-mot-de-passe", UserRole.Reviewer, ["SN-DK"], "cli", CancellationToken.None);

        // Then the login is lower-cased, the hash verifies, the password is nowhere, and the creation is audited
        var stored = await Warehouse.Users.FindAsync("awa.diop", CancellationToken.None);
        Assert.True(added);
        Assert.NotNull(stored);
        Assert.NotEqual(PasswordVerificationResult.Failed, UserAccounts.Verify(stored.PasswordHash, "un-long-mot-de-passe"));
        Assert.Equal(PasswordVerificationResult.Failed, UserAccounts.Verify(stored.PasswordHash, "un-autre-mot-de-passe"));
        Assert.DoesNotContain("un-long-mot-de-passe", stored.PasswordHash, StringComparison.Ordinal);
        var audit = await Warehouse.Audit.ReadAsync(new AuditQuery(Action: "user-add"), CancellationToken.None);
        Assert.DoesNotContain("mot-de-passe", audit.Single().Event.Details, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ok-login", "court", "SN-DK", "password")]
    [InlineData("pas un login", "un-long-mot-de-passe", "SN-DK", "login")]
    [InlineData("ok-login", "un-long-mot-de-passe", "SN-XX", "regions")]
    public async Task AddAsync_BadInput_ThrowsNamingTheFieldAndStoresNothing(string login, string password, string region, string field)
    {
        // Given the account service
        var accounts = new UserAccounts(Warehouse.Users, Warehouse.Audit, Time);

        // When an account with one bad field is added
        var error = await Assert.ThrowsAsync<ArgumentException>(() => accounts.AddAsync(login, password, UserRole.Viewer, [region], "cli", CancellationToken.None));

        // Then the error names the field and nothing is stored
        Assert.Equal(field, error.ParamName);
        Assert.Empty(await Warehouse.Users.ListAsync(CancellationToken.None));
    }
}
