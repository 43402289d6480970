using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Passerelle.Emulators.Ihris.Auth;

/// <summary>
/// The iHRIS backend's API login (iHRIS5 <c>ihris-backend/routes/passportAuth.js</c>, <c>POST /auth/token</c>):
/// an HS256 JWT signed with <c>auth:secret</c>, valid <c>auth:tokenDuration</c> seconds.
/// </summary>
internal sealed class IhrisTokenService(IhrisEmulatorOptions options)
{
    private static readonly JsonObject Header = new() { ["alg"] = "HS256", ["typ"] = "JWT" };

    /// <summary>A token for the configured account, or null when the credentials are wrong.</summary>
    public string? Issue(string? email, string? password)
    {
        if (!FixedTimeEquals(email, options.TokenEmail) || !FixedTimeEquals(password, options.TokenPassword))
        {
            return null;
        }

        var issuedAt = options.TimeProvider.GetUtcNow().ToUnixTimeSeconds();
        var payload = new JsonObject
        {
            ["id"] = "ihris-user-admin",
            ["iat"] = issuedAt,
            ["exp"] = issuedAt + (long)options.TokenLifetime.TotalSeconds,
        };
        var unsigned = Encode(Header) + "." + Encode(payload);
        return unsigned + "." + Base64Url(Sign(unsigned));
    }

    /// <summary>True when the token is ours (signature) and has not expired.</summary>
    public bool IsValid(string token)
    {
        var parts = token.Split('.');
        if (parts.Length != 3)
        {
            return false;
        }

        var expected = Base64Url(Sign(parts[0] + "." + parts[1]));
        if (!CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(expected), Encoding.ASCII.GetBytes(parts[2])))
        {
            return false;
        }

        try
        {
            var payload = JsonNode.Parse(FromBase64Url(parts[1]));
            var expires = payload?["exp"]?.GetValue<long>() ?? 0;
            return options.TimeProvider.GetUtcNow().ToUnixTimeSeconds() < expires;
        }
        catch (Exception e) when (e is JsonException or FormatException or InvalidOperationException)
        {
            return false;
        }
    }

    private byte[] Sign(string unsigned) =>
        HMACSHA256.HashData(Encoding.UTF8.GetBytes(options.TokenSecret), Encoding.ASCII.GetBytes(unsigned));

    private static string Encode(JsonObject json) => Base64Url(Encoding.UTF8.GetBytes(json.ToJsonString()));

    private static string Base64Url(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static byte[] FromBase64Url(string text)
    {
        var base64 = text.Replace('-', '+').Replace('_', '/');
        return Convert.FromBase64String(base64.PadRight(base64.Length + ((4 - (base64.Length % 4)) % 4), '='));
    }

    private static bool FixedTimeEquals(string? given, string expected) =>
        given is not null && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(given), Encoding.UTF8.GetBytes(expected));
}
