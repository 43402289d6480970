using Passerelle.Core.Facilities;
using Passerelle.Core.Geography;

namespace Passerelle.Core.Storage;

/// <summary>An aligned (golden) facility as analyses see it.</summary>
public sealed record FacilityDimension(
    string GoldenId,
    string Name,
    FacilityType Type,
    string? RegionCode,
    string? DistrictCode,
    GeoPoint? Location);
