namespace Passerelle.Web.Localization;

/// <summary>
/// French first: English only when asked with <c>?lang=en</c> (remembered in a cookie) or by the cookie.
/// </summary>
internal static class UiLanguage
{
    public const string Cookie = "passerelle.lang";
    private const string ItemKey = "passerelle.lang";

    public static IApplicationBuilder UseUiLanguage(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var asked = context.Request.Query["lang"].ToString();
        var english = asked switch
        {
            "en" => true,
            "fr" => false,
            _ => context.Request.Cookies[Cookie] == "en",
        };
        if (asked is "en" or "fr")
        {
            context.Response.Cookies.Append(Cookie, asked, new CookieOptions
            {
                HttpOnly = true,
                SameSite = SameSiteMode.Lax,
                IsEssential = true,
                MaxAge = TimeSpan.FromDays(365),
                Secure = context.Request.IsHttps,
            });
        }

        context.Items[ItemKey] = english;
        await next(context);
    });

    public static bool IsEnglish(this HttpContext context) => context.Items[ItemKey] is true;
}

/// <summary>Picks the French or English text for the current request; pages use it as <c>@T.Of("Carte", "Map")</c>.</summary>
public sealed class UiText(IHttpContextAccessor accessor)
{
    public bool English => accessor.HttpContext?.IsEnglish() == true;

    public string Code => English ? "en" : "fr";

    public System.Globalization.CultureInfo Culture => System.Globalization.CultureInfo.GetCultureInfo(English ? "en-GB" : "fr-FR");

    public string Of(string french, string english) => English ? english : french;

    public string Number(double value, string format = "N0") => value.ToString(format, Culture);

    public string Percent(double? share) => share is { } s ? s.ToString("P1", Culture) : "—";

    public string Time(DateTimeOffset? at) => at is { } t ? t.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", Culture) + " UTC" : "—";
}
