namespace Passerelle.Dhis2.Model;

/// <summary>A category combination with its categories and generated option combos.</summary>
public sealed record Dhis2CategoryCombo(
    string Id,
    string? Code = null,
    string? Name = null,
    bool? IsDefault = null,
    string? DataDimensionType = null,
    IReadOnlyList<Dhis2Reference>? Categories = null,
    IReadOnlyList<Dhis2CategoryOptionCombo>? CategoryOptionCombos = null);
