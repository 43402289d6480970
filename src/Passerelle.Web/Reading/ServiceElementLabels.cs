namespace Passerelle.Web.Reading;

/// <summary>French and English names of the DHIS2 service data elements the shipped plan reads; other codes show as is.</summary>
internal static class ServiceElementLabels
{
    private static readonly Dictionary<string, (string French, string English)> Known = new(StringComparer.Ordinal)
    {
        ["CONS_CURATIVES"] = ("Consultations curatives", "Curative consultations"),
        ["ACCOUCH_ASSISTES"] = ("Accouchements assistés", "Assisted deliveries"),
        ["CPN1"] = ("Consultations prénatales (CPN1)", "First antenatal visits (ANC1)"),
        ["PENTA3"] = ("Penta3 administré", "Penta3 given"),
    };

    public static string French(string code) => Known.TryGetValue(code, out var names) ? names.French : code;

    public static string English(string code) => Known.TryGetValue(code, out var names) ? names.English : code;
}
