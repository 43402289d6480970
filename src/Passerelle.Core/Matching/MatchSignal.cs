namespace Passerelle.Core.Matching;

/// <summary>The evidence a facility pair is compared on. Each is cut into ordered comparison levels, best first.</summary>
public enum MatchSignal
{
    /// <summary>Normalised name: token and character similarity.</summary>
    Name,

    /// <summary>Region and district agreement (renamed districts through the alias table).</summary>
    Hierarchy,

    /// <summary>Facility type compatibility on the health pyramid.</summary>
    Type,

    /// <summary>Distance in metres between the two points, banded.</summary>
    Distance,

    /// <summary>Shared identifiers (registry code, DHIS2 uid…).</summary>
    Codes,
}

/// <summary>One comparison level of a signal, with its wording for people.</summary>
/// <param name="Code">Stable machine code, e.g. <c>exact</c>, <c>within_1km</c>.</param>
public sealed record SignalLevel(MatchSignal Signal, int Index, string Code, string French, string English);

/// <summary>The comparison levels of every signal, best (most like a match) first.</summary>
public static class SignalLevels
{
    public static IReadOnlyList<MatchSignal> Signals { get; } = Enum.GetValues<MatchSignal>();

    public static IReadOnlyList<SignalLevel> Of(MatchSignal signal) => All[(int)signal];

    private static readonly SignalLevel[][] All =
    [
        [
            new(MatchSignal.Name, 0, "exact", "nom identique après normalisation", "same name after normalisation"),
            new(MatchSignal.Name, 1, "very_similar", "nom presque identique (≥ 0,94)", "nearly the same name (≥ 0.94)"),
            new(MatchSignal.Name, 2, "similar", "nom proche (≥ 0,85)", "similar name (≥ 0.85)"),
            new(MatchSignal.Name, 3, "partly_similar", "nom en partie semblable (≥ 0,70)", "partly similar name (≥ 0.70)"),
            new(MatchSignal.Name, 4, "different", "noms différents", "different names"),
        ],
        [
            new(MatchSignal.Hierarchy, 0, "same_district", "même district", "same district"),
            new(MatchSignal.Hierarchy, 1, "similar_district", "district au nom voisin", "district with a similar name"),
            new(MatchSignal.Hierarchy, 2, "same_region", "même région (district inconnu)", "same region (district unknown)"),
            new(MatchSignal.Hierarchy, 3, "same_region_other_district", "même région, autre district", "same region, other district"),
            new(MatchSignal.Hierarchy, 4, "different", "région ou district différent", "different region or district"),
        ],
        [
            new(MatchSignal.Type, 0, "same", "même type de structure", "same facility type"),
            new(MatchSignal.Type, 1, "same_family", "même échelon, niveau différent", "same rung, other level"),
            new(MatchSignal.Type, 2, "adjacent", "échelons voisins (poste devenu centre ?)", "adjacent rungs (post upgraded to centre?)"),
            new(MatchSignal.Type, 3, "incompatible", "types incompatibles", "incompatible types"),
        ],
        [
            new(MatchSignal.Distance, 0, "within_100m", "à moins de 100 m", "within 100 m"),
            new(MatchSignal.Distance, 1, "within_1km", "à moins de 1 km", "within 1 km"),
            new(MatchSignal.Distance, 2, "within_5km", "à moins de 5 km", "within 5 km"),
            new(MatchSignal.Distance, 3, "within_25km", "à moins de 25 km", "within 25 km"),
            new(MatchSignal.Distance, 4, "far", "à plus de 25 km", "more than 25 km apart"),
        ],
        [
            new(MatchSignal.Codes, 0, "agree", "identifiant commun identique", "a shared identifier agrees"),
            new(MatchSignal.Codes, 1, "disagree", "identifiant commun différent", "a shared identifier differs"),
        ],
    ];
}
