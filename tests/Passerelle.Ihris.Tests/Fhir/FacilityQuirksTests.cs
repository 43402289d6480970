using Passerelle.Core.Facilities;
using Passerelle.Ihris.Fhir;
using Passerelle.Ihris.Tests.Support;

namespace Passerelle.Ihris.Tests.Fhir;

/// <summary>The newer facility model with DHIS2 ids and empty strings (reference/ihris/data/ihris5-demo/sample_facilty.json).</summary>
public sealed class FacilityQuirksTests
{
    [Fact]
    public async Task ReadFacilitiesAsync_SampleFacilities_KeepsDhis2IdAsCode()
    {
        // Given the sample facilities, 12 of which carry a dhis2Id identifier
        var source = SampleSource();

        // When the facilities are read
        var facilities = await source.ReadFacilitiesAsync(CancellationToken.None).ToListAsync();

        // Then the DHIS2 uid is kept under the dhis2 code kind
        var ministry = Assert.Single(facilities, f => f.SourceId == "federal-ministry-of-health");
        Assert.Equal("b3aCK1PTn5S", ministry.Code(FacilityCodeKinds.Dhis2Uid));
        Assert.Equal(SourceSystem.Ihris, ministry.Source);
    }

    [Fact]
    public async Task ReadFacilitiesAsync_EmptyStringsForPositionAndParent_TreatsThemAsAbsent()
    {
        // Given the sample's "position": {"longitude": "", "latitude": ""} and "partOf": {"reference": ""}
        var source = SampleSource();

        // When the facilities are read
        var facilities = await source.ReadFacilitiesAsync(CancellationToken.None).ToListAsync();

        // Then they come without a position and without crashing
        var ministry = Assert.Single(facilities, f => f.SourceId == "federal-ministry-of-health");
        Assert.Null(ministry.Location);
        Assert.Null(ministry.Region);
    }

    [Fact]
    public async Task ReadFacilitiesAsync_ConfiguredTypeMap_MapsToPyramidLevel()
    {
        // Given a map from the demo's v3-RoleCode HOSP to Senegal's EPS level 2
        var options = new IhrisFhirOptions { BaseUrl = new Uri(FakeFhirServer.Base) };
        options.FacilityTypeMap["HOSP"] = "EPS2";
        var source = IhrisReference.Source(IhrisReference.DemoServer(), options);

        // When the facilities are read
        var facilities = await source.ReadFacilitiesAsync(CancellationToken.None).ToListAsync();

        // Then the hospital has that type
        Assert.Equal(FacilityType.EpsNiveau2, Assert.Single(facilities, f => f.SourceId == "TF.W.RSH.1").Type);
    }

    private static IhrisFhirSource SampleSource() =>
        IhrisReference.Source(new FakeFhirServer().AddBundleFile(IhrisReference.Demo("sample_facilty.json")));
}
