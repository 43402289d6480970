using Hl7.Fhir.Model;

namespace Passerelle.Ihris.Fhir;

/// <summary>The latest <c>meta.lastUpdated</c> seen during an incremental read.</summary>
internal sealed class Watermark(DateTimeOffset start)
{
    public DateTimeOffset Value { get; private set; } = start;

    public void See(DateTimeOffset? at)
    {
        if (at > Value)
        {
            Value = at.Value;
        }
    }

    public void See(Bundle page)
    {
        foreach (var entry in page.Entry.Where(e => e.Search?.Mode is null or Bundle.SearchEntryMode.Match))
        {
            See(FhirValues.Instant(entry.Resource?.Meta?.LastUpdatedElement));
        }
    }
}
