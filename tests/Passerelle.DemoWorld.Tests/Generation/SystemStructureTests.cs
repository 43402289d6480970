using Passerelle.DemoWorld.Identifiers;

namespace Passerelle.DemoWorld.Tests.Generation;

public sealed class SystemStructureTests
{
    [Fact]
    public void OrgUnits_HaveValidUniqueUids()
    {
        var uids = DemoWorlds.Default.OrgUnits.Select(o => o.Uid).ToList();

        Assert.All(uids, uid => Assert.Matches("^[a-zA-Z][a-zA-Z0-9]{10}$", uid));
        Assert.Equal(uids.Count, uids.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void OrgUnits_PathsAndLevelsFollowTheirParents()
    {
        // Given
        var units = DemoWorlds.Default.OrgUnits.ToDictionary(o => o.Uid);

        // Then
        foreach (var unit in units.Values)
        {
            Assert.Equal(unit.Path.Count(c => c == '/'), unit.Level);
            Assert.EndsWith("/" + unit.Uid, unit.Path, StringComparison.Ordinal);
            if (unit.ParentUid is null)
            {
                Assert.Equal(1, unit.Level);
                continue;
            }

            var parent = units[unit.ParentUid];
            Assert.Equal(parent.Level + 1, unit.Level);
            Assert.Equal($"{parent.Path}/{unit.Uid}", unit.Path);
        }
    }

    [Fact]
    public void OrgUnits_AreSenegalThenRegionsThenDistrictsThenFacilities()
    {
        var world = DemoWorlds.Default;
        var root = Assert.Single(world.OrgUnits, o => o.Level == 1);

        Assert.Equal("Sénégal", root.Name);
        Assert.Equal(3, world.OrgUnits.Count(o => o.Level == 2));
        Assert.Equal(23, world.OrgUnits.Count(o => o.Level == 3));
        Assert.Equal(world.Facilities.Count(f => f.Dhis2Uid is not null), world.OrgUnits.Count(o => o.Level == 4));
        Assert.Contains(world.OrgUnits, o => o.Level == 3 && o.Name.StartsWith("District sanitaire ", StringComparison.Ordinal));
        Assert.All(world.OrgUnits, o => Assert.InRange(o.ShortName.Length, 1, 50));
    }

    [Fact]
    public void IhrisLocations_HangFromJurisdictionsThatExist()
    {
        // Given
        var locations = DemoWorlds.Default.IhrisLocations.ToDictionary(l => l.Id);

        // Then
        Assert.Equal("country", locations["SN"].TypeCode);
        Assert.All(locations.Values.Where(l => l.Id != "SN"), l => Assert.True(locations.ContainsKey(l.PartOfId!), l.Id));
        Assert.All(locations.Values.Where(l => l.IsFacility), l => Assert.Equal("district", locations[l.PartOfId!].TypeCode));
        Assert.All(locations.Values.Where(l => l.TypeCode == "district"), l => Assert.Equal("region", locations[l.PartOfId!].TypeCode));
    }

    [Fact]
    public void TruthIds_ResolveInEachSystem()
    {
        // Given
        var world = DemoWorlds.Default;
        var registry = world.Registry.Select(r => r.Code).ToHashSet();
        var orgUnits = world.OrgUnits.Where(o => o.Level == 4).Select(o => o.Uid).ToHashSet();
        var locations = world.IhrisLocations.Where(l => l.IsFacility).Select(l => l.Id).ToHashSet();

        // Then: every id of the truth exists, and every system record belongs to one facility
        Assert.All(world.Facilities.Where(f => f.RegistryCode is not null), f => Assert.Contains(f.RegistryCode!, registry));
        Assert.All(world.Facilities.Where(f => f.Dhis2Uid is not null), f => Assert.Contains(f.Dhis2Uid!, orgUnits));
        Assert.All(world.Facilities.Where(f => f.IhrisLocationId is not null), f => Assert.Contains(f.IhrisLocationId!, locations));
        Assert.Equal(registry.Count, world.Facilities.Count(f => f.RegistryCode is not null));
        Assert.Equal(orgUnits.Count, world.Facilities.Count(f => f.Dhis2Uid is not null));
        Assert.Equal(locations.Count, world.Facilities.Count(f => f.IhrisLocationId is not null));
        Assert.Equal(world.Facilities.Count, world.Facilities.Select(f => f.GoldenId).Distinct().Count());
    }

    [Fact]
    public void RegistryCodes_FollowDistrictTypeNumber()
    {
        Assert.All(DemoWorlds.Default.Registry, r => Assert.Matches("^SN-[A-Z]{2}-[A-Z]{2,6}-(PS|CS1|CS2|CASE|EPS1|EPS2|EPS3|PRIVE|AUTRE)-[0-9]{3}$", r.Code));
        Assert.Contains(DemoWorlds.Default.Registry, r => r.Code == "SN-DK-DC-PS-001");
    }

    [Fact]
    public void Dhis2UidFactory_SameKey_GivesTheSameUidInAnotherFactory()
    {
        var first = new Dhis2UidFactory("scope").For("facility:1");
        var again = new Dhis2UidFactory("scope").For("facility:1");
        var other = new Dhis2UidFactory("other scope").For("facility:1");

        Assert.Equal(first, again);
        Assert.NotEqual(first, other);
        Assert.True(Dhis2UidFactory.IsValid(first));
    }
}
