using System.Text.Json;
using Passerelle.Core.Facilities;
using Passerelle.Core.Storage;

namespace Passerelle.Sync.Review;

/// <summary>One signal's contribution to a proposed match, read back from the stored explanation.</summary>
public sealed record SignalLine(string Signal, string? Level, double Weight);

/// <summary>A facility pair waiting for a person: the proposed link, both records, the distance and each signal's contribution.</summary>
public sealed record FacilityReviewItem(
    FacilityLink Link,
    SourceFacility? Source,
    SourceFacility? Registry,
    double? DistanceMetres,
    IReadOnlyList<SignalLine> Signals,
    string ExplanationFrench,
    string ExplanationEnglish)
{
    public static FacilityReviewItem Of(FacilityLink link, SourceFacility? source, SourceFacility? registry)
    {
        ArgumentNullException.ThrowIfNull(link);
        double? distance = source?.Location is { } a && registry?.Location is { } b ? a.DistanceMetresTo(b) : null;
        var signals = new List<SignalLine>();
        string fr = "", en = "";
        try
        {
            using var json = JsonDocument.Parse(link.ExplanationJson);
            fr = json.RootElement.TryGetProperty("fr", out var f) ? f.GetString() ?? "" : "";
            en = json.RootElement.TryGetProperty("en", out var e) ? e.GetString() ?? "" : "";
            if (json.RootElement.TryGetProperty("signals", out var list) && list.ValueKind == JsonValueKind.Array)
            {
                foreach (var s in list.EnumerateArray())
                {
                    signals.Add(new SignalLine(
                        s.GetProperty("signal").GetString() ?? "",
                        s.TryGetProperty("level", out var level) && level.ValueKind == JsonValueKind.String ? level.GetString() : null,
                        s.TryGetProperty("weight", out var weight) && weight.ValueKind == JsonValueKind.Number ? weight.GetDouble() : 0));
                }
            }
        }
        catch (JsonException)
        {
            // An explanation written by an older version: show the pair without the signals.
        }

        return new FacilityReviewItem(link, source, registry, distance, signals, fr, en);
    }

    /// <summary>The district of the pair, for filtering the queue (the registry's, else the source's).</summary>
    public string? District => Registry?.District ?? Source?.District;
}

/// <summary>What a person decides on a queue item.</summary>
public enum ReviewVerdict
{
    Accept,
    Reject,

    /// <summary>Link to another target than the one proposed (the proposal is rejected).</summary>
    LinkOther,
    Skip,
}

/// <summary>A decision on a facility pair; <paramref name="OtherTarget"/> is the registry code for <see cref="ReviewVerdict.LinkOther"/>.</summary>
public sealed record FacilityDecision(SourceSystem Source, string SourceId, string ProposedGoldenId, ReviewVerdict Verdict, string? OtherTarget = null);

/// <summary>A decision on a job → cadre proposal; <paramref name="OtherCadre"/> for <see cref="ReviewVerdict.LinkOther"/>.</summary>
public sealed record CadreDecision(SourceSystem Source, string JobKey, ReviewVerdict Verdict, string? OtherCadre = null);

/// <summary>How many proposals wait, by source and kind.</summary>
public sealed record ReviewQueueSummary(int FacilitiesDhis2, int FacilitiesIhris, int Cadres, int FacilitiesAccepted, int FacilitiesDecidedByPeople)
{
    public int Total => FacilitiesDhis2 + FacilitiesIhris + Cadres;
}
