using System.Globalization;
using System.Text.Json;

namespace Passerelle.Dhis2.Http;

/// <summary>
/// Says in plain words, French then English, what is wrong with a body that should have been DHIS2 JSON:
/// an HTML page (a proxy, a maintenance or login page) answered with 200, a body cut short, malformed JSON,
/// or a value of the wrong type at a named field.
/// </summary>
internal static class JsonBodyProblem
{
    /// <summary>The answer is an HTML page (judged from its content type), whatever its status.</summary>
    public static bool IsHtml(HttpResponseMessage response) =>
        response.Content.Headers.ContentType?.MediaType is { } type && type.Contains("html", StringComparison.OrdinalIgnoreCase);

    public static string HtmlPage(HttpResponseMessage response)
    {
        var status = ((int)response.StatusCode).ToString(CultureInfo.InvariantCulture);
        return $"page HTML au lieu de JSON (HTTP {status}, {response.Content.Headers.ContentType?.MediaType}) : proxy, page de maintenance "
            + "ou de connexion, ou dhis2.url qui ne mène pas à l'API / an HTML page instead of JSON: a proxy, a maintenance or login page, "
            + "or a dhis2.url that does not lead to the API";
    }

    /// <param name="within">Where the JSON read started, when not the body's root (e.g. <c>organisationUnits[3]</c>).</param>
    public static string Describe(JsonException error, string? within = null)
    {
        ArgumentNullException.ThrowIfNull(error);
        var path = Join(within, error.Path);
        var where = string.Create(CultureInfo.InvariantCulture, $"ligne / line {(error.LineNumber ?? 0) + 1}, octet / byte {(error.BytePositionInLine ?? 0) + 1}");
        var detail = FirstSentence(error.Message);
        if (detail.Contains("could not be converted", StringComparison.Ordinal) || error.InnerException is FormatException or InvalidOperationException)
        {
            return $"type inattendu au champ « {path} » / unexpected type at field '{path}' ({detail})";
        }

        if (detail.StartsWith("'<'", StringComparison.Ordinal))
        {
            return $"page HTML ou XML au lieu de JSON ({where}) / an HTML or XML page instead of JSON: a proxy, a maintenance or login page?";
        }

        return IsTruncation(detail)
            ? $"JSON tronqué : le corps s'arrête avant la fin du document ({where}, champ « {path} ») / truncated JSON: the body ends before the document does ({detail})"
            : $"JSON mal formé ({where}, champ « {path} ») / malformed JSON ({detail})";
    }

    /// <summary>System.Text.Json's words for a document that stops early (end of data, open objects at the end).</summary>
    private static bool IsTruncation(string detail) =>
        detail.Contains("end of data", StringComparison.OrdinalIgnoreCase)
        || detail.Contains("end of the JSON payload", StringComparison.Ordinal)
        || detail.Contains("Expected depth to be zero", StringComparison.Ordinal)
        || detail.Contains("incomplete", StringComparison.OrdinalIgnoreCase);

    private static string Join(string? within, string? path)
    {
        var relative = string.IsNullOrEmpty(path) ? "$" : path;
        return within is null ? relative : within + relative.TrimStart('$');
    }

    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        var text = cut > 0 ? message[..cut] : message;
        return text.Length <= 200 ? text : text[..200] + "…";
    }
}
