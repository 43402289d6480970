using Passerelle.Core.Facilities;
using Passerelle.DemoWorld.Model;

namespace Passerelle.DemoWorld.Tests.Generation;

public sealed class ServiceDataTests
{
    private static readonly DemoWorldModel World = DemoWorlds.Default;

    [Fact]
    public void DataElements_AreTheFourServicesWithValidUidsAndCodes()
    {
        Assert.Equal(["Consultations curatives", "Accouchements assistés", "CPN1", "Penta3 administré"], World.ServiceDataElements.Select(e => e.Name));
        Assert.All(World.ServiceDataElements, e =>
        {
            Assert.Matches("^[a-zA-Z][a-zA-Z0-9]{10}$", e.Uid);
            Assert.Matches("^[A-Z0-9_]+$", e.Code);
            Assert.InRange(e.ShortName.Length, 1, 50);
        });
    }

    [Fact]
    public void Values_Cover24MonthsEndingAtTheLastPeriodOnFacilityOrgUnits()
    {
        var facilityUnits = World.OrgUnits.Where(o => o.Level == 4).Select(o => o.Uid).ToHashSet();
        var elements = World.ServiceDataElements.Select(e => e.Uid).ToHashSet();
        var periods = World.ServiceValues.Select(v => v.Period).Distinct().Order(StringComparer.Ordinal).ToList();

        Assert.Equal(24, periods.Count);
        Assert.Equal("202411", periods[0]);
        Assert.Equal("202610", periods[^1]);
        Assert.All(World.ServiceValues, v =>
        {
            Assert.Contains(v.OrgUnitUid, facilityUnits);
            Assert.Contains(v.DataElementUid, elements);
            Assert.True(v.Value > 0);
        });
        Assert.Equal(World.ServiceValues.Count, World.ServiceValues.Select(v => (v.DataElementUid, v.Period, v.OrgUnitUid)).Distinct().Count());
    }

    [Fact]
    public void ClosedFacilities_ReportNothingAfterClosing()
    {
        var closed = World.OrgUnits.Where(o => o.ClosedDate is not null).ToList();

        Assert.NotEmpty(closed);
        foreach (var unit in closed)
        {
            var lastAllowed = unit.ClosedDate!.Value.AddDays(-1).ToString("yyyyMM", System.Globalization.CultureInfo.InvariantCulture);
            Assert.All(World.ServiceValues.Where(v => v.OrgUnitUid == unit.Uid), v => Assert.True(string.CompareOrdinal(v.Period, lastAllowed) <= 0, v.Period));
        }
    }

    [Fact]
    public void Deliveries_AreRareWhereNoMidwifeNorNurseWorks()
    {
        // Given: postes with neither midwife nor nurse in iHRIS (and iHRIS holds all their roles)
        var deliveries = World.ServiceDataElements.Single(e => e.Code == "ACCOUCH_ASSISTES").Uid;
        var skilled = World.Jobs.Where(j => j.Code.StartsWith("2222", StringComparison.Ordinal) || j.Code.StartsWith("2221", StringComparison.Ordinal)).Select(j => j.Code).ToHashSet();
        var staffed = World.Roles.Where(r => r.LocationId is not null && r.JobCode is not null && skilled.Contains(r.JobCode)).Select(r => r.LocationId!).ToHashSet();
        var unstaffed = World.Facilities.Where(f => f.Type == FacilityType.PosteDeSante && f.IhrisLocationId is not null && f.Dhis2Uid is not null && !staffed.Contains(f.IhrisLocationId)).Select(f => f.Dhis2Uid!).ToHashSet();
        var withStaff = World.Facilities.Where(f => f.Type == FacilityType.PosteDeSante && f.IhrisLocationId is not null && f.Dhis2Uid is not null && staffed.Contains(f.IhrisLocationId)).Select(f => f.Dhis2Uid!).ToHashSet();

        // When
        double MonthlyDeliveries(HashSet<string> units) =>
            World.ServiceValues.Where(v => v.DataElementUid == deliveries && units.Contains(v.OrgUnitUid)).Sum(v => v.Value) / (24.0 * Math.Max(1, units.Count));

        // Then
        Assert.True(MonthlyDeliveries(unstaffed) < 0.2 * MonthlyDeliveries(withStaff), $"{MonthlyDeliveries(unstaffed):F2} vs {MonthlyDeliveries(withStaff):F2}");
    }

    [Fact]
    public void Consultations_GrowWithCatchmentAndPeakInTheRainySeason()
    {
        // Given
        var consultations = World.ServiceDataElements.Single(e => e.Code == "CONS_CURATIVES").Uid;
        var postes = World.Facilities.Where(f => f.Type == FacilityType.PosteDeSante && f.Dhis2Uid is not null).OrderBy(f => f.CatchmentPopulation).ToList();
        var values = World.ServiceValues.Where(v => v.DataElementUid == consultations).ToList();
        var byUnit = values.GroupBy(v => v.OrgUnitUid).ToDictionary(g => g.Key, g => g.Average(v => v.Value));
        double Mean(IEnumerable<DemoFacility> facilities) => facilities.Where(f => byUnit.ContainsKey(f.Dhis2Uid!)).Average(f => byUnit[f.Dhis2Uid!]);
        double MonthMean(string month) => values.Where(v => v.Period.EndsWith(month, StringComparison.Ordinal)).Average(v => v.Value);

        // Then
        Assert.True(Mean(postes.Take(postes.Count / 3)) < Mean(postes.Skip(2 * postes.Count / 3)));
        Assert.True(MonthMean("09") > MonthMean("03") * 1.1);
    }
}
