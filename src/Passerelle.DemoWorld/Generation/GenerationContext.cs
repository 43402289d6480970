using Passerelle.DemoWorld.Model;
using Passerelle.DemoWorld.Reference;

namespace Passerelle.DemoWorld.Generation;

/// <summary>What every step of the generation shares: the options, the reference data and the window.</summary>
internal sealed record GenerationContext(
    DemoWorldOptions Options,
    SenegalReference Reference,
    IReadOnlyList<ReferenceRegion> Regions,
    IReadOnlyList<ReferenceDistrict> Districts,
    GenerationWindow Window,
    DistrictLayout Layout)
{
    public int Seed => Options.Seed;

    public DemoWorldScale Scale => Options.Scale;

    public ReferenceRegion RegionOf(ReferenceDistrict district) => Regions.First(r => r.Code == district.RegionCode);
}
