using System.Collections.Frozen;
using Passerelle.Core.Facilities;
using Passerelle.HealthMap.Registry;

namespace Passerelle.HealthMap.Mapping;

/// <summary>
/// Which column of a facility list holds which fact, and the local labels for types, ownership and
/// status. Headers and labels are compared without case, accents or punctuation.
/// <see cref="Default"/> understands the French headers of the Carte sanitaire and common English
/// ones; <see cref="ColumnMappingFile"/> loads a ministry's own mapping (YAML or JSON).
/// </summary>
public sealed class ColumnMapping
{
    private readonly FrozenDictionary<RegistryField, string[]> _headerKeys;

    internal ColumnMapping(
        IReadOnlyDictionary<RegistryField, IReadOnlyList<string>> headers,
        IReadOnlyDictionary<string, FacilityType> typeLabels,
        IReadOnlyDictionary<string, Ownership> ownershipLabels,
        IReadOnlyDictionary<string, FacilityOperationalStatus> statusLabels,
        string description)
    {
        Headers = headers;
        TypeLabels = typeLabels.ToFrozenDictionary(p => TextKey.Compact(p.Key), p => p.Value);
        OwnershipLabels = ownershipLabels.ToFrozenDictionary(p => TextKey.Of(p.Key), p => p.Value);
        StatusLabels = statusLabels.ToFrozenDictionary(p => TextKey.Of(p.Key), p => p.Value);
        Description = description;
        _headerKeys = headers.ToFrozenDictionary(p => p.Key, p => p.Value.Select(TextKey.Of).Distinct().ToArray());
    }

    /// <summary>The French Carte sanitaire headers and their usual variants, French and English.</summary>
    public static ColumnMapping Default { get; } = DefaultColumnMapping.Create();

    /// <summary>Header names accepted for each field, as written in the configuration.</summary>
    public IReadOnlyDictionary<RegistryField, IReadOnlyList<string>> Headers { get; }

    /// <summary>Extra facility-type labels (compact key) on top of the built-in ones.</summary>
    internal FrozenDictionary<string, FacilityType> TypeLabels { get; }

    internal FrozenDictionary<string, Ownership> OwnershipLabels { get; }

    internal FrozenDictionary<string, FacilityOperationalStatus> StatusLabels { get; }

    /// <summary>Where the mapping comes from (shown in reports).</summary>
    public string Description { get; }

    /// <summary>The field a header names, or null when no field recognises it.</summary>
    public RegistryField? FieldFor(string header)
    {
        var key = TextKey.Of(header);
        var bare = TextKey.WithoutBrackets(header);
        foreach (var candidate in (string[])[key, bare])
        {
            foreach (var (field, keys) in _headerKeys)
            {
                if (candidate.Length > 0 && keys.Contains(candidate))
                {
                    return field;
                }
            }
        }

        return null;
    }

    /// <summary>This mapping with some fields' headers and some labels replaced or added.</summary>
    internal ColumnMapping With(
        IReadOnlyDictionary<RegistryField, IReadOnlyList<string>> headers,
        IReadOnlyDictionary<string, FacilityType> typeLabels,
        IReadOnlyDictionary<string, Ownership> ownershipLabels,
        IReadOnlyDictionary<string, FacilityOperationalStatus> statusLabels,
        string description)
    {
        var mergedHeaders = Headers.ToDictionary(p => p.Key, p => p.Value);
        foreach (var (field, names) in headers)
        {
            mergedHeaders[field] = names;
        }

        return new ColumnMapping(
            mergedHeaders,
            typeLabels,
            ownershipLabels,
            statusLabels,
            description);
    }
}
