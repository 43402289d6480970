namespace Passerelle.Dhis2.Metadata.Plan;

/// <summary>A text in French (what DHIS2 stores as the name) and English (sent as a translation, locale <c>en</c>).</summary>
public sealed record LocalizedText(string French, string English);
