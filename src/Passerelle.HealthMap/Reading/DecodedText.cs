namespace Passerelle.HealthMap.Reading;

/// <summary>The text of a file and how its bytes were decoded.</summary>
/// <param name="EncodingName">The encoding found, e.g. <c>UTF-8</c>, <c>UTF-8 (BOM)</c>, <c>Windows-1252</c>.</param>
/// <param name="LegacyEncodedLines">Lines (1-based) decoded as Windows-1252 inside an otherwise UTF-8 file.</param>
internal sealed record DecodedText(string Text, string EncodingName, IReadOnlyList<int> LegacyEncodedLines)
{
    public bool IsMixed => LegacyEncodedLines.Count > 0 && EncodingName.StartsWith("UTF-8", StringComparison.Ordinal);
}
