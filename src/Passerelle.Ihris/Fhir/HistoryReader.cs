using Hl7.Fhir.Model;

namespace Passerelle.Ihris.Fhir;

/// <summary>Reads a history Bundle (<c>_history?_since=</c>): which ids changed when, and which were deleted.</summary>
internal static class HistoryReader
{
    internal readonly record struct Change(string Id, DateTimeOffset At, bool Deleted);

    public static IEnumerable<Change> Changes(Bundle history)
    {
        foreach (var entry in history.Entry)
        {
            var deleted = entry.Request?.Method == Bundle.HTTPVerb.DELETE
                || (entry.Resource is null && entry.Request is null);
            var id = FhirValues.Text(entry.Resource?.IdElement)
                ?? IdFromUrl(FhirValues.Text(entry.Request?.UrlElement))
                ?? IdFromUrl(FhirValues.Text(entry.FullUrlElement));
            if (id is null)
            {
                continue;
            }

            var at = FhirValues.Instant(entry.Response?.LastModifiedElement)
                ?? FhirValues.Instant(entry.Resource?.Meta?.LastUpdatedElement)
                ?? DateTimeOffset.MinValue;
            yield return new Change(id, at, deleted);
        }
    }

    private static string? IdFromUrl(string? url) =>
        url is null ? null : FhirValues.ReferenceId(new ResourceReference(url));
}
