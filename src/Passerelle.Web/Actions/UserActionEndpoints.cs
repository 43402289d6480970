using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Passerelle.Web.Security;

namespace Passerelle.Web.Actions;

/// <summary>
/// Account changes by an administrator (form posts with an antiforgery token): disable, enable, unlock,
/// change role, reset password. Each is audited; none may leave the app without an enabled administrator.
/// </summary>
internal static class UserActionEndpoints
{
    public static void MapPasserelleUserActions(this RouteGroupBuilder actions)
    {
        actions.MapPost("/users/disable", (
            [FromForm] AccountForm form, ClaimsPrincipal user, UserAccounts accounts, CancellationToken ct) =>
            AnswerAsync("disable", accounts.SetDisabledAsync(form.Login ?? "", disabled: true, user.Login(), ct)))
            .RequireAuthorization(Roles.CanAdminister);
        actions.MapPost("/users/enable", (
            [FromForm] AccountForm form, ClaimsPrincipal user, UserAccounts accounts, CancellationToken ct) =>
            AnswerAsync("enable", accounts.SetDisabledAsync(form.Login ?? "", disabled: false, user.Login(), ct)))
            .RequireAuthorization(Roles.CanAdminister);
        actions.MapPost("/users/unlock", (
            [FromForm] AccountForm form, ClaimsPrincipal user, UserAccounts accounts, CancellationToken ct) =>
            AnswerAsync("unlock", accounts.UnlockAsync(form.Login ?? "", user.Login(), ct)))
            .RequireAuthorization(Roles.CanAdminister);
        actions.MapPost("/users/role", ([FromForm] AccountForm form, ClaimsPrincipal user, UserAccounts accounts, CancellationToken ct) =>
            Roles.Parse(form.Role) is { } role
                ? AnswerAsync("role", accounts.ChangeRoleAsync(form.Login ?? "", role, user.Login(), ct))
                : Task.FromResult(Results.Redirect("/users?error=role")))
            .RequireAuthorization(Roles.CanAdminister);
        actions.MapPost("/users/password", async ([FromForm] AccountForm form, ClaimsPrincipal user, UserAccounts accounts, CancellationToken ct) =>
        {
            try
            {
                return await AnswerAsync("password", accounts.ResetPasswordAsync(form.Login ?? "", form.Password ?? "", user.Login(), ct));
            }
            catch (ArgumentException e)
            {
                return Results.Redirect("/users?error=" + Uri.EscapeDataString(e.Message.Split(" (Parameter", 2)[0]));
            }
        }).RequireAuthorization(Roles.CanAdminister);
    }

    private static async Task<IResult> AnswerAsync(string done, Task<AccountChange> change) => await change switch
    {
        AccountChange.Done => Results.Redirect("/users?done=" + done),
        AccountChange.LastAdmin => Results.Redirect("/users?error=last-admin"),
        _ => Results.Redirect("/users?error=not-found"),
    };
}

internal sealed class AccountForm
{
    public string? Login { get; set; }

    public string? Role { get; set; }

    public string? Password { get; set; }
}
