using System.Globalization;
using Passerelle.DemoWorld.Continental;
using Passerelle.DemoWorld.Model;

namespace Passerelle.DemoWorld.Tests.Continental;

/// <summary>The continent as DHIS2 sees it: its org unit tree and the monthly values the emulator archives.</summary>
public sealed class ContinentalDhis2Tests : IDisposable
{
    /// <summary>2 000 workers: 200 facilities, 100 000 values, one country.</summary>
    private static readonly ContinentalWorldOptions Small = ContinentalWorldOptions.ForWorkers(2_000);

    private readonly string _folder = Directory.CreateTempSubdirectory("passerelle-continental-dhis2-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Dhis2OrgUnits_SmallWorld_ParentsBeforeChildrenWithConsistentLevelsAndPaths()
    {
        // Given a small world
        var world = ContinentalWorld.Create(Small);

        // When its DHIS2 tree is drawn
        var units = world.Dhis2OrgUnits(CancellationToken.None).ToList();

        // Then each unit's parent came before it, one level up, and its path is the parent's path and its own uid
        var seen = new Dictionary<string, Dhis2OrgUnitRecord>(StringComparer.Ordinal);
        foreach (var unit in units)
        {
            Assert.InRange(unit.Level, 1, 4);
            if (unit.Level == 1)
            {
                Assert.Null(unit.ParentUid);
                Assert.Equal("/" + unit.Uid, unit.Path);
            }
            else
            {
                Assert.True(seen.TryGetValue(unit.ParentUid!, out var parent), $"parent {unit.ParentUid} of {unit.Uid} not seen before it");
                Assert.Equal(unit.Level - 1, parent.Level);
                Assert.Equal($"{parent.Path}/{unit.Uid}", unit.Path);
            }

            Assert.True(seen.TryAdd(unit.Uid, unit), $"uid {unit.Uid} twice");
        }

        Assert.Equal([1, 2, 3, 4], units.Select(u => u.Level).Distinct().Order());
        Assert.Equal(world.Countries, units.Count(u => u.Level == 1));
        Assert.Equal(world.Regions, units.Count(u => u.Level == 2));
        Assert.Equal(world.Districts, units.Count(u => u.Level == 3));
    }

    [Fact]
    public void Dhis2OrgUnits_SmallWorld_FacilitiesAreExactlyTheUnitsOfTheValues()
    {
        // Given a small world
        var world = ContinentalWorld.Create(Small);

        // When its facilities (level 4) and the org units of its values are listed
        var facilities = world.Dhis2OrgUnits(CancellationToken.None).Where(u => u.Level == 4).Select(u => u.Uid).ToList();
        var valueUnits = world.ServiceValues(CancellationToken.None).Select(v => v.OrgUnitUid).ToHashSet(StringComparer.Ordinal);

        // Then there is one per facility asked for, and they are the same uids
        Assert.Equal(Small.Facilities, facilities.Count);
        Assert.Equal(200, facilities.Count);
        Assert.True(valueUnits.SetEquals(facilities), "the values' org units differ from the level-4 units");
    }

    [Fact]
    public void Dhis2OrgUnits_SmallWorld_MostFacilitiesCarryTheirRegistryCode()
    {
        // Given a small world and its Carte sanitaire list (written in the same facility order)
        var world = ContinentalWorld.Create(Small);
        var registry = Path.Combine(_folder, "registry.csv");
        world.WriteRegistry(registry, CancellationToken.None);
        var registryCodes = File.ReadLines(registry).Skip(1).Select(l => l.Split(';')[0]).ToList();

        // When the facilities of its DHIS2 tree are drawn
        var facilities = world.Dhis2OrgUnits(CancellationToken.None).Where(u => u.Level == 4).ToList();

        // Then each code carried is the registry code of the same facility, and about 85 % carry one
        Assert.Equal(registryCodes.Count, facilities.Count);
        Assert.All(facilities.Zip(registryCodes), pair => Assert.True(pair.First.Code is null || pair.First.Code == pair.Second,
            $"{pair.First.Uid}: code {pair.First.Code}, registry {pair.Second}"));
        var coded = facilities.Count(f => f.Code is not null) / (double)facilities.Count;
        Assert.InRange(coded, 0.75, 0.95);
        Assert.All(facilities.Where(f => f.Code is not null), f => Assert.False(string.IsNullOrWhiteSpace(f.Code)));
    }

    [Fact]
    public void Dhis2OrgUnits_CalledTwice_SameUnits()
    {
        // Given a small world
        var world = ContinentalWorld.Create(Small);

        // When its tree is drawn twice
        var first = world.Dhis2OrgUnits(CancellationToken.None).ToList();
        var second = world.Dhis2OrgUnits(CancellationToken.None).ToList();

        // Then both are the same, unit for unit
        Assert.Equal(first, second);
    }

    [Fact]
    public void Dhis2OrgUnits_Cancelled_Throws()
    {
        // Given a small world and a cancelled token
        var world = ContinentalWorld.Create(Small);
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();

        // When its tree is drawn, Then the drawing stops
        Assert.Throws<OperationCanceledException>(() => world.Dhis2OrgUnits(cancel.Token).ToList());
    }

    [Fact]
    public void ServiceValues_SmallWorld_AsManyAsWriteServiceValuesWrites()
    {
        // Given a small world
        var world = ContinentalWorld.Create(Small);

        // When its values are streamed and written
        var streamed = world.ServiceValues(CancellationToken.None).LongCount();
        var written = world.WriteServiceValues(Path.Combine(_folder, "values.csv"), CancellationToken.None);

        // Then both hold the 100 000 values asked for
        Assert.Equal(Small.Values, written);
        Assert.Equal(written, streamed);
    }

    [Fact]
    public void ServiceValues_SmallWorld_SameRowsAsTheValuesFile()
    {
        // Given a small world's values file
        var world = ContinentalWorld.Create(Small);
        var path = Path.Combine(_folder, "values.csv");
        world.WriteServiceValues(path, CancellationToken.None);

        // When its values are streamed and named through the element uids and periods
        var (elements, periods) = (world.DataElementUids, world.Periods);
        var streamed = world.ServiceValues(CancellationToken.None)
            .Select(v => (elements[v.Element], periods[v.Month], v.OrgUnitUid, v.Value.ToString(CultureInfo.InvariantCulture)));

        // Then they are the file's rows (element, period, org unit, value), in the same order
        var rows = File.ReadLines(path).Skip(1).Select(l => l.Split(',')).Select(r => (r[0], r[1], r[2], r[5]));
        Assert.Equal(rows, streamed);
    }

    [Fact]
    public void DataElements_SmallWorld_UidsNamesAndCodesAlignedAndDistinct()
    {
        // Given a small world
        var world = ContinentalWorld.Create(Small);

        // When its data elements and months are listed
        var (uids, names, codes, periods) = (world.DataElementUids, world.DataElementNames, world.DataElementCodes, world.Periods);

        // Then there are as many uids, names and codes as elements asked for, all distinct, and the months end at the last period
        Assert.Equal([Small.DataElements, Small.DataElements, Small.DataElements], new[] { uids.Count, names.Count, codes.Count });
        Assert.Equal(uids.Count, uids.Distinct(StringComparer.Ordinal).Count());
        Assert.All(uids, u => Assert.Matches("^[A-Za-z][A-Za-z0-9]{10}$", u));
        Assert.Equal(Small.Months, periods.Count);
        Assert.Equal(Small.LastPeriod, periods[^1]);
        Assert.Equal(periods.Order(StringComparer.Ordinal), periods);
    }
}
