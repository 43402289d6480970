using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Passerelle.Web.Hosting;
using Passerelle.Web.Localization;
using Passerelle.Web.Security;

namespace Passerelle.Web.Pages;

[EnableRateLimiting(PasserelleWebApp.LoginRateLimit)]
public sealed class LoginModel(LoginService logins, UiText text) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string? Message { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(string? login, string? password, CancellationToken cancellationToken)
    {
        var (outcome, user) = await logins.SignInAsync(login ?? "", password ?? "", cancellationToken);
        if (outcome == LoginOutcome.Succeeded && user is not null)
        {
            await HttpContext.SignInAsync(
                CookieAuthenticationDefaults.AuthenticationScheme,
                UserClaims.PrincipalOf(user, CookieAuthenticationDefaults.AuthenticationScheme));
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/");
        }

        Message = outcome switch
        {
            LoginOutcome.Locked => text.Of("Compte verrouillé après trop d'échecs : réessayez plus tard.", "Account locked after too many failures: try again later."),
            LoginOutcome.Disabled => text.Of("Compte désactivé : voyez avec un administrateur.", "Account disabled: ask an administrator."),
            _ => text.Of("Identifiant ou mot de passe incorrect.", "Wrong login or password."),
        };
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        return Page();
    }
}
