using System.Collections.Frozen;
using Passerelle.HealthMap.Mapping;

namespace Passerelle.HealthMap.Registry;

/// <summary>Turns « Statut » labels ("Ouvert", "Fonctionnel", "Fermé"…) into <see cref="FacilityOperationalStatus"/>.</summary>
internal static class OperationalStatusNormalizer
{
    private static readonly FrozenDictionary<string, FacilityOperationalStatus> Labels = new Dictionary<string, FacilityOperationalStatus>
    {
        ["ouvert"] = FacilityOperationalStatus.Open,
        ["ouverte"] = FacilityOperationalStatus.Open,
        ["fonctionnel"] = FacilityOperationalStatus.Open,
        ["fonctionnelle"] = FacilityOperationalStatus.Open,
        ["en activite"] = FacilityOperationalStatus.Open,
        ["actif"] = FacilityOperationalStatus.Open,
        ["active"] = FacilityOperationalStatus.Open,
        ["open"] = FacilityOperationalStatus.Open,
        ["functional"] = FacilityOperationalStatus.Open,
        ["operational"] = FacilityOperationalStatus.Open,
        ["oui"] = FacilityOperationalStatus.Open,
        ["ferme"] = FacilityOperationalStatus.Closed,
        ["fermee"] = FacilityOperationalStatus.Closed,
        ["ferme temporairement"] = FacilityOperationalStatus.Closed,
        ["non fonctionnel"] = FacilityOperationalStatus.Closed,
        ["non fonctionnelle"] = FacilityOperationalStatus.Closed,
        ["inactif"] = FacilityOperationalStatus.Closed,
        ["inactive"] = FacilityOperationalStatus.Closed,
        ["en construction"] = FacilityOperationalStatus.Closed,
        ["closed"] = FacilityOperationalStatus.Closed,
        ["non functional"] = FacilityOperationalStatus.Closed,
        ["not functional"] = FacilityOperationalStatus.Closed,
        ["non"] = FacilityOperationalStatus.Closed,
    }.ToFrozenDictionary();

    public static FacilityOperationalStatus? Normalize(string? label, ColumnMapping mapping)
    {
        var key = TextKey.Of(label);
        if (key.Length == 0)
        {
            return null;
        }

        return mapping.StatusLabels.TryGetValue(key, out var configured) ? configured
            : Labels.TryGetValue(key, out var known) ? known
            : null;
    }
}
