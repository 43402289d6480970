using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Passerelle.Emulators.Dhis2.Api;

namespace Passerelle.Emulators.Dhis2.Security;

/// <summary>
/// DHIS2 authentication (web-api.md §2.1–§2.2): Basic, personal access tokens (<c>ApiToken d2pat_…</c>/<c>d2p_…</c>);
/// wrong credentials ⇒ 401 WebMessage; no credentials ⇒ 302 to the version's login page unless the request is XHR.
/// </summary>
internal sealed partial class Dhis2Authenticator(Dhis2EmulatorState state)
{
    /// <summary>The user, or null after writing the 401/302 answer.</summary>
    public async Task<Dhis2User?> AuthenticateAsync(HttpContext context)
    {
        var options = state.Options;
        var header = context.Request.Headers.Authorization.ToString();
        if (header.StartsWith("Basic ", StringComparison.OrdinalIgnoreCase))
        {
            var user = Basic(header["Basic ".Length..].Trim(), options.Users);
            if (user is null)
            {
                await WebMessages.WriteErrorAsync(context, 401, "Unauthorized").ConfigureAwait(false);
            }

            return user;
        }

        if (header.StartsWith("ApiToken", StringComparison.OrdinalIgnoreCase))
        {
            var match = TokenPattern().Match(header);
            string? failure = !match.Success ? "Api token is malformed"
                : !options.AccessTokens.Contains(match.Groups["token"].Value, StringComparer.Ordinal) ? "The API token does not exists."
                : null;
            if (failure is null)
            {
                return options.Users[0];
            }

            context.Response.Headers.WWWAuthenticate = "ApiToken";
            await WebMessages.WriteErrorAsync(context, 401, failure).ConfigureAwait(false);
            return null;
        }

        if (header.Length > 0 || !options.RedirectUnauthenticatedToLogin
            || context.Request.Headers["X-Requested-With"] == "XMLHttpRequest")
        {
            await WebMessages.WriteErrorAsync(context, 401, "Unauthorized").ConfigureAwait(false);
            return null;
        }

        context.Response.StatusCode = StatusCodes.Status302Found;
        context.Response.Headers.Location = $"{context.Request.Scheme}://{context.Request.Host}{state.Version.LoginPath}";
        return null;
    }

    private static Dhis2User? Basic(string encoded, IReadOnlyList<Dhis2User> users)
    {
        string decoded;
        try
        {
            decoded = Encoding.UTF8.GetString(Convert.FromBase64String(encoded));
        }
        catch (FormatException)
        {
            return null;
        }

        var colon = decoded.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0)
        {
            return null;
        }

        var (username, password) = (decoded[..colon], decoded[(colon + 1)..]);
        return users.FirstOrDefault(u => u.Username == username && u.Password == password);
    }

    [GeneratedRegex(@"^ApiToken (?<token>[a-zA-Z0-9-._~+/]+=*)$", RegexOptions.IgnoreCase)]
    private static partial Regex TokenPattern();
}
