namespace Passerelle.Emulators.Ihris.Search;

/// <summary>FHIR date search prefixes (<c>eq ne gt lt ge le sa eb</c>) between a query value and a
/// target range [low, high).</summary>
internal static class DateComparison
{
    public static bool Matches(string queryValue, DateTimeOffset low, DateTimeOffset high)
    {
        var prefix = queryValue.Length > 2 && char.IsLetter(queryValue[0]) && char.IsLetter(queryValue[1]) ? queryValue[..2] : "eq";
        var text = prefix == "eq" && !queryValue.StartsWith("eq", StringComparison.Ordinal) ? queryValue : queryValue[2..];
        if (!FhirInstant.TryParseRange(text, out var qLow, out var qHigh))
        {
            return false;
        }

        return prefix switch
        {
            "gt" or "sa" => high > qHigh,
            "ge" => high > qLow,
            "lt" or "eb" => low < qLow,
            "le" => low < qHigh,
            "ne" => high <= qLow || low >= qHigh,
            _ => low < qHigh && high > qLow,
        };
    }

    public static bool IsValid(string queryValue)
    {
        var text = queryValue.Length > 2 && char.IsLetter(queryValue[0]) && char.IsLetter(queryValue[1]) ? queryValue[2..] : queryValue;
        var prefix = queryValue.Length > 2 && char.IsLetter(queryValue[0]) ? queryValue[..2] : "eq";
        return prefix is "eq" or "ne" or "gt" or "lt" or "ge" or "le" or "sa" or "eb" && FhirInstant.TryParseRange(text, out _, out _);
    }
}
