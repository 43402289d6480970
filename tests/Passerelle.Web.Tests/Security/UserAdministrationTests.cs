using System.Net;
using Passerelle.Core.Storage;
using Passerelle.Web.Security;

namespace Passerelle.Web.Tests.Security;

/// <summary>An administrator disables, enables, unlocks, changes the role of and resets the password of accounts.</summary>
[Collection(WebCollection.Name)]
public sealed class UserAdministrationTests(WebTestWarehouse warehouse) : IAsyncLifetime
{
    private const string NewPassword = "un-nouveau-mot-de-passe";
    private readonly PasserelleFactory _factory = new(warehouse.NewCopy());

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task Disable_Admin_EndsTheViewersSessionRefusesItsSignInAndAudits()
    {
        // Given a viewer signed in, and an admin
        var viewer = await _factory.SignedInAsync("viewer");
        var admin = await _factory.SignedInAsync("admin");

        // When the admin disables the viewer
        var response = await PostAsync(admin, "/actions/users/disable", new() { ["login"] = "viewer" });

        // Then the viewer's session ends, a new sign-in is refused as disabled, and the change is audited
        Assert.Equal("/users?done=disable", response.Headers.Location!.ToString());
        var again = await viewer.GetAsync("/api/summary");
        Assert.Equal(HttpStatusCode.Unauthorized, again.StatusCode);
        var login = await PasserelleFactory.PostLoginAsync(_factory.NewClient(), "viewer", WebTestWarehouse.Password);
        Assert.Equal(HttpStatusCode.Unauthorized, login.StatusCode);
        Assert.Contains("Compte désactivé", await login.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var audit = await _factory.Warehouse.Audit.ReadAsync(new AuditQuery(Action: "user-disable", Actor: "admin"), CancellationToken.None);
        Assert.Equal("viewer", Assert.Single(audit).Event.ObjectId);
        Assert.Contains("data-state=\"disabled\"", await admin.GetStringAsync("/users"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Disable_WrongPasswordOnADisabledAccount_SaysOnlyThatTheSignInFailed()
    {
        // Given a disabled account
        var admin = await _factory.SignedInAsync("admin");
        await PostAsync(admin, "/actions/users/disable", new() { ["login"] = "viewer" });

        // When someone tries it with a wrong password
        var login = await PasserelleFactory.PostLoginAsync(_factory.NewClient(), "viewer", "pas-le-bon-mot-de-passe");

        // Then the answer does not reveal that the account exists and is disabled
        var html = await login.Content.ReadAsStringAsync();
        Assert.DoesNotContain("désactivé", html, StringComparison.Ordinal);
        Assert.Contains("Identifiant ou mot de passe incorrect", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Enable_DisabledAccount_CanSignInAgain()
    {
        // Given a disabled viewer
        var admin = await _factory.SignedInAsync("admin");
        await PostAsync(admin, "/actions/users/disable", new() { ["login"] = "viewer" });

        // When the admin enables it again
        var response = await PostAsync(admin, "/actions/users/enable", new() { ["login"] = "viewer" });

        // Then the viewer signs in
        Assert.Equal("/users?done=enable", response.Headers.Location!.ToString());
        await _factory.SignedInAsync("viewer");
        Assert.Single(await _factory.Warehouse.Audit.ReadAsync(new AuditQuery(Action: "user-enable"), CancellationToken.None));
    }

    [Fact]
    public async Task Unlock_AccountLockedByFailedLogins_CanSignInAgain()
    {
        // Given an account locked after five wrong passwords
        var stranger = _factory.NewClient();
        for (var i = 0; i < 5; i++)
        {
            await PasserelleFactory.PostLoginAsync(stranger, "locky", "mauvais-" + i);
        }

        var admin = await _factory.SignedInAsync("admin");
        Assert.Contains("data-login=\"locky\" data-state=\"locked\"", await admin.GetStringAsync("/users"), StringComparison.Ordinal);

        // When the admin unlocks it
        var response = await PostAsync(admin, "/actions/users/unlock", new() { ["login"] = "locky" });

        // Then the right password works again and the unlock is audited
        Assert.Equal("/users?done=unlock", response.Headers.Location!.ToString());
        await _factory.SignedInAsync("locky");
        Assert.Single(await _factory.Warehouse.Audit.ReadAsync(new AuditQuery(Action: "user-unlock", Actor: "admin"), CancellationToken.None));
    }

    [Fact]
    public async Task ChangeRole_ViewerToReviewer_EndsTheOldSessionAndTheNewOneMayReview()
    {
        // Given a viewer signed in
        var viewer = await _factory.SignedInAsync("viewer");
        var admin = await _factory.SignedInAsync("admin");

        // When the admin makes it a reviewer
        await PostAsync(admin, "/actions/users/role", new() { ["login"] = "viewer", ["role"] = "reviewer" });

        // Then the old session ends, a new one carries the reviewer role, and the audit says from what to what
        Assert.Equal(HttpStatusCode.Unauthorized, (await viewer.GetAsync("/api/summary")).StatusCode);
        Assert.Equal(UserRole.Reviewer, (await _factory.Warehouse.Users.FindAsync("viewer", CancellationToken.None))!.Role);
        var reviewer = await _factory.SignedInAsync("viewer");
        Assert.Contains("(reviewer)", await reviewer.GetStringAsync("/"), StringComparison.Ordinal);
        var audit = Assert.Single(await _factory.Warehouse.Audit.ReadAsync(new AuditQuery(Action: "user-role"), CancellationToken.None));
        Assert.Equal("role=viewer->reviewer", audit.Event.Details);
    }

    [Fact]
    public async Task ResetPassword_Admin_NewPasswordWorksOldDoesNotAndNothingLeaks()
    {
        // Given a reviewer signed in
        var reviewer = await _factory.SignedInAsync("reviewer");
        var admin = await _factory.SignedInAsync("admin");

        // When the admin resets its password
        var response = await PostAsync(admin, "/actions/users/password", new() { ["login"] = "reviewer", ["password"] = NewPassword });

        // Then the old password fails, the new one works, the old session ended, and the audit holds no password
        Assert.Equal("/users?done=password", response.Headers.Location!.ToString());
        Assert.Equal(HttpStatusCode.Unauthorized, (await reviewer.GetAsync("/api/summary")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await PasserelleFactory.PostLoginAsync(_factory.NewClient(), "reviewer", WebTestWarehouse.Password)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await PasserelleFactory.PostLoginAsync(_factory.NewClient(), "reviewer", NewPassword)).StatusCode);
        var audit = Assert.Single(await _factory.Warehouse.Audit.ReadAsync(new AuditQuery(Action: "user-password"), CancellationToken.None));
        Assert.DoesNotContain(NewPassword, audit.Event.Details ?? "", StringComparison.Ordinal);
    }

    [Fact]
    public async Task ResetPassword_TooShort_IsRefusedWithTheReasonAndChangesNothing()
    {
        // Given an admin
        var admin = await _factory.SignedInAsync("admin");

        // When a short password is given
        var response = await PostAsync(admin, "/actions/users/password", new() { ["login"] = "reviewer", ["password"] = "court" });

        // Then the page says why, and the old password still works
        Assert.StartsWith("/users?error=", response.Headers.Location!.ToString(), StringComparison.Ordinal);
        Assert.Contains("Mot de passe trop court", await admin.GetStringAsync(response.Headers.Location!.ToString()), StringComparison.Ordinal);
        await _factory.SignedInAsync("reviewer");
    }

    [Theory]
    [InlineData("/actions/users/disable", null)]
    [InlineData("/actions/users/role", "viewer")]
    public async Task LastAdmin_DisablingOrDemotingItself_IsRefusedAndItStaysAdmin(string action, string? role)
    {
        // Given the only admin
        var admin = await _factory.SignedInAsync("admin");
        var form = new Dictionary<string, string> { ["login"] = "admin" };
        if (role is not null)
        {
            form["role"] = role;
        }

        // When it disables or demotes itself
        var response = await PostAsync(admin, action, form);

        // Then it is refused, it is still an enabled admin, and the refusal is audited
        Assert.Equal("/users?error=last-admin", response.Headers.Location!.ToString());
        var stored = await _factory.Warehouse.Users.FindAsync("admin", CancellationToken.None);
        Assert.Equal(UserRole.Admin, stored!.Role);
        Assert.False(stored.IsDisabled());
        Assert.Contains("aucun administrateur", await admin.GetStringAsync("/users?error=last-admin"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task LastAdmin_WithASecondAdmin_MayStepDown()
    {
        // Given a second admin
        var admin = await _factory.SignedInAsync("admin");
        await PostAsync(admin, "/actions/users/role", new() { ["login"] = "reviewer", ["role"] = "admin" });

        // When the first admin makes itself a viewer
        var response = await PostAsync(admin, "/actions/users/role", new() { ["login"] = "admin", ["role"] = "viewer" });

        // Then it is done
        Assert.Equal("/users?done=role", response.Headers.Location!.ToString());
        Assert.Equal(UserRole.Viewer, (await _factory.Warehouse.Users.FindAsync("admin", CancellationToken.None))!.Role);
    }

    [Theory]
    [InlineData("viewer")]
    [InlineData("reviewer")]
    public async Task AccountActions_NonAdmin_AreForbiddenAndChangeNothing(string login)
    {
        // Given a signed-in user below admin
        var client = await _factory.SignedInAsync(login);
        var token = await PasserelleFactory.TokenAsync(client, "/");

        // When it tries every account action on the admin
        foreach (var action in new[] { "disable", "enable", "unlock", "role", "password" })
        {
            var response = await client.PostAsync("/actions/users/" + action, new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = token,
                ["login"] = "admin",
                ["role"] = "viewer",
                ["password"] = NewPassword,
            }));

            // Then each is forbidden
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        }

        var stored = await _factory.Warehouse.Users.FindAsync("admin", CancellationToken.None);
        Assert.Equal(UserRole.Admin, stored!.Role);
        Assert.False(stored.IsDisabled());
    }

    [Fact]
    public async Task Disable_WithoutAntiforgeryToken_IsRejected()
    {
        // Given an admin
        var admin = await _factory.SignedInAsync("admin");

        // When a disable is posted without the form's token
        var response = await admin.PostAsync("/actions/users/disable", new FormUrlEncodedContent(new Dictionary<string, string> { ["login"] = "viewer" }));

        // Then it is refused and the viewer stays enabled
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False((await _factory.Warehouse.Users.FindAsync("viewer", CancellationToken.None))!.IsDisabled());
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string path, Dictionary<string, string> form)
    {
        form["__RequestVerificationToken"] = await PasserelleFactory.TokenAsync(client, "/users");
        var response = await client.PostAsync(path, new FormUrlEncodedContent(form));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return response;
    }
}
