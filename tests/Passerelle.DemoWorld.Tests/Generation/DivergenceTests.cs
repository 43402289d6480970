using Passerelle.Core.Facilities;
using Passerelle.DemoWorld.Naming;

namespace Passerelle.DemoWorld.Tests.Generation;

/// <summary>Every kind of divergence between the systems shows up in the default world.</summary>
public sealed class DivergenceTests
{
    private static readonly List<SystemViews> Views = SystemViews.Of(DemoWorlds.Default);

    private static IEnumerable<(DemoFacilityName Truth, string Name)> SystemNames() =>
        Views.SelectMany(v => new[] { v.OrgUnit?.Name, v.Ihris?.Name }
            .Where(n => n is not null)
            .Select(n => (new DemoFacilityName(v.Truth.Name), n!)));

    [Theory]
    [InlineData("PS ")]
    [InlineData("P.S. ")]
    [InlineData("CS ")]
    [InlineData("EPS")]
    [InlineData("Hôpital")]
    public void Names_UseAbbreviations(string prefix)
    {
        Assert.Contains(SystemNames(), x => x.Name.StartsWith(prefix, StringComparison.Ordinal) && !x.Truth.Value.StartsWith(prefix, StringComparison.Ordinal));
    }

    [Fact]
    public void Names_DropAccents()
    {
        Assert.Contains(SystemNames(), x => NameVariants.HasAccents(x.Truth.Value) && !NameVariants.HasAccents(x.Name) && SystemViews.Key(x.Name) == SystemViews.Key(x.Truth.Value));
    }

    [Fact]
    public void Names_HaveTypos()
    {
        static bool HasTypo(string truth, string name)
        {
            var truthWords = SystemViews.Key(truth).Split(' ');
            return SystemViews.Key(name).Split(' ')
                .Where(w => w.Length >= 4 && !truthWords.Contains(w))
                .Any(w => truthWords.Any(t => SystemViews.EditDistance(w, t) == 1));
        }

        Assert.Contains(SystemNames(), x => HasTypo(x.Truth.Value, x.Name));
    }

    [Fact]
    public void Names_PutThePlaceFirst()
    {
        Assert.Contains(SystemNames(), x => x.Truth.Value.StartsWith("Poste de santé", StringComparison.Ordinal)
            && (SystemViews.Key(x.Name).EndsWith(" ps", StringComparison.Ordinal) || SystemViews.Key(x.Name).EndsWith(" poste de sante", StringComparison.Ordinal)));
    }

    [Fact]
    public void Names_AreSometimesInCapitals()
    {
        Assert.Contains(SystemNames(), x => x.Name == x.Name.ToUpperInvariant() && x.Name.Any(char.IsLetter));
    }

    [Fact]
    public void Coordinates_AreMissingInEachSystem()
    {
        Assert.Contains(Views, v => v.Registry is { Latitude: null, Longitude: null });
        Assert.Contains(Views, v => v.OrgUnit is { Location: null });
        Assert.Contains(Views, v => v.Ihris is { Location: null });
    }

    [Fact]
    public void Coordinates_AreSometimesShiftedByKilometres()
    {
        Assert.Contains(Views, v => v.OrgUnit?.Location is { Latitude: > 10 } point && point.DistanceMetresTo(v.Truth.Location) > 1_000);
        Assert.Contains(Views, v => v.Ihris?.Location is { } point && point.DistanceMetresTo(v.Truth.Location) > 1_000);
    }

    [Fact]
    public void Coordinates_HaveLatitudeAndLongitudeSwappedOnce()
    {
        Assert.Contains(Views, v => v.OrgUnit?.Location is { } point
            && Math.Abs(point.Latitude - v.Truth.Location.Longitude) < 0.3 && Math.Abs(point.Longitude - v.Truth.Location.Latitude) < 0.3);
    }

    [Fact]
    public void Facilities_AreMissingFromEachSystem()
    {
        Assert.Contains(Views, v => v.Registry is null && v.OrgUnit is not null);
        Assert.Contains(Views, v => v.OrgUnit is null && v.Registry is not null && v.Truth.Type == FacilityType.PosteDeSante);
        Assert.Contains(Views, v => v.Ihris is null && v.Registry is not null && v.OrgUnit is not null && v.Truth.Ownership == Ownership.Public);
    }

    [Fact]
    public void ClosedFacility_IsFermeInTheRegistryAndClosedInDhis2()
    {
        var closed = Views.Where(v => v.Truth.Closed).ToList();

        Assert.NotEmpty(closed);
        Assert.All(closed.Where(v => v.Registry is not null), v => Assert.Equal("Fermé", v.Registry!.Status));
        Assert.All(closed.Where(v => v.OrgUnit is not null), v => Assert.NotNull(v.OrgUnit!.ClosedDate));
        Assert.All(Views.Where(v => !v.Truth.Closed && v.Registry is not null), v => Assert.Equal("Fonctionnel", v.Registry!.Status));
    }

    [Fact]
    public void UpgradedPoste_IsACentreInDhis2ButStillAPosteInTheRegistryAndIhris()
    {
        Assert.Contains(Views, v => v.Truth.Type == FacilityType.CentreDeSanteType1
            && v.Registry?.TypeLabel == "Poste de santé"
            && v.Registry.Code.Contains("-PS-", StringComparison.Ordinal)
            && v.Ihris?.TypeCode == "HP"
            && v.OrgUnit is not null && !SystemViews.Key(v.OrgUnit.Name).Contains("poste", StringComparison.Ordinal)
            && !SystemViews.Key(v.OrgUnit.Name).Split(' ').Contains("ps"));
    }

    [Fact]
    public void SomeFacilities_ShareNoCodeBetweenSystems()
    {
        Assert.Contains(Views, v => v.Registry is not null && v.OrgUnit is { Code: null } && v.Ihris is { Dhis2Id: null });
    }

    [Fact]
    public void Dhis2Codes_AreTheRegistryCodeForAboutNineFacilitiesInTen()
    {
        var registered = Views.Where(v => v.Registry is not null && v.OrgUnit is not null).ToList();
        var share = registered.Count(v => v.OrgUnit!.Code == v.Registry!.Code) / (double)registered.Count;

        Assert.InRange(share, 0.8, 0.95);
        Assert.All(Views.Where(v => v.OrgUnit is { Code: not null }), v => Assert.Equal(v.Truth.RegistryCode, v.OrgUnit!.Code));
    }

    [Fact]
    public void IhrisDhis2Ids_AreSetForAboutFiveFacilitiesInSix()
    {
        var both = Views.Where(v => v.Ihris is not null && v.OrgUnit is not null).ToList();
        var share = both.Count(v => v.Ihris!.Dhis2Id is not null) / (double)both.Count;

        Assert.InRange(share, 0.75, 0.92);
        Assert.All(Views.Where(v => v.Ihris is { Dhis2Id: not null }), v => Assert.Equal(v.Truth.Dhis2Uid, v.Ihris!.Dhis2Id));
    }

    /// <summary>The true name, wrapped so tuples read clearly.</summary>
    private sealed record DemoFacilityName(string Value);
}
