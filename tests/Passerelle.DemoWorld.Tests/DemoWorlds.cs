using Passerelle.DemoWorld.Model;

namespace Passerelle.DemoWorld.Tests;

/// <summary>Worlds generated once per test run: generation is deterministic, so tests can share them.</summary>
internal static class DemoWorlds
{
    private static readonly Lazy<DemoWorldModel> LazyDefault = new(() => DemoWorldGenerator.Generate(DemoWorldOptions.Default));

    private static readonly Lazy<DemoWorldModel> LazyNational = new(() => DemoWorldGenerator.Generate(
        DemoWorldOptions.Default with { RegionCodes = DemoWorldGenerator.AllRegionCodes, Scale = DemoWorldScale.Complete }));

    /// <summary>Dakar, Kaolack, Tambacounda; seed 20260101; 24 months to 202610.</summary>
    public static DemoWorldModel Default => LazyDefault.Value;

    /// <summary>All 14 regions at <see cref="DemoWorldScale.Complete"/>.</summary>
    public static DemoWorldModel National => LazyNational.Value;
}
