using System.Text.Json.Nodes;
using Passerelle.Core.Facilities;
using Passerelle.Ihris.Tests.Support;

namespace Passerelle.Ihris.Tests.Fhir;

/// <summary>The §2.5 classification and partOf walks on a small hierarchy with the documented quirks.</summary>
public sealed class LocationHierarchyTests
{
    [Fact]
    public async Task ReadRolesAsync_RoleAtUnitInsideFacility_WalksUpToTheFacility()
    {
        // Given a role placed at a unit below a facility (Togo model)
        var source = IhrisReference.Source(Hierarchy());

        // When the roles are read
        var roles = await source.ReadRolesAsync(CancellationToken.None).ToListAsync();

        // Then its facility is the one above the unit
        Assert.Equal("F1", Assert.Single(roles).FacilitySourceId);
    }

    [Fact]
    public async Task ReadRolesAsync_JobCodingWithWrongSystem_KeepsTheCode()
    {
        // Given a job coding whose system is not the ihris-job one
        var source = IhrisReference.Source(Hierarchy());

        // When the roles are read
        var roles = await source.ReadRolesAsync(CancellationToken.None).ToListAsync();

        // Then the code is still read, and matched to the catalogue's cadre
        var role = Assert.Single(roles);
        Assert.Equal(("2230-1B", "nurse"), (role.JobCode, role.CadreCode));
    }

    [Fact]
    public async Task ReadFacilitiesAsync_UntypedJurisdictions_FallsBackToDepthForRegionAndDistrict()
    {
        // Given a facility under jurisdictions typed only by profile or not at all, and a unit that is no facility
        var source = IhrisReference.Source(Hierarchy());

        // When the facilities are read
        var facilities = await source.ReadFacilitiesAsync(CancellationToken.None).ToListAsync();

        // Then only the facility comes, with region and district found by depth and its DHIS2 id despite a wrong system
        var facility = Assert.Single(facilities);
        Assert.Equal(("Région Nord", "District Est", "abcDEF12345"), (facility.Region, facility.District, facility.Code(FacilityCodeKinds.Dhis2Uid)));
        Assert.Equal(new Core.Geography.GeoPoint(14.69, -17.44), facility.Location);
    }

    private static FakeFhirServer Hierarchy()
    {
        var server = new FakeFhirServer();
        server.AddFile(IhrisReference.Terminology("CodeSystem-ihris-job.json"));
        server.Add(Location("C", null, "Pays"));
        server.Add(Location("R", "C", "Région Nord"));
        server.Add(Location("D", "R", "District Est"));
        var facility = Location("F1", "D", "Centre de santé Un");
        facility["physicalType"] = new JsonObject { ["coding"] = new JsonArray { new JsonObject { ["system"] = "http://hl7.org/fhir/codesystem-location-physical-type.html", ["code"] = "bu" } } };
        facility["identifier"] = new JsonArray
        {
            new JsonObject
            {
                ["type"] = new JsonObject { ["coding"] = new JsonArray { new JsonObject { ["system"] = "http://example.org/wrong", ["code"] = "dhis2Id" } } },
                ["value"] = "abcDEF12345",
            },
        };
        facility["position"] = new JsonObject { ["latitude"] = 14.69, ["longitude"] = -17.44 };
        server.Add(facility);
        var unit = Location("U1", "F1", "Maternité");
        unit["meta"] = new JsonObject { ["profile"] = new JsonArray { "http://ihris.tg/fhir/StructureDefinition/ihris-unit" } };
        server.Add(unit);
        server.Add(new JsonObject
        {
            ["resourceType"] = "Practitioner",
            ["id"] = "P1",
            ["gender"] = "male",
        });
        server.Add(new JsonObject
        {
            ["resourceType"] = "PractitionerRole",
            ["id"] = "R1",
            ["active"] = true,
            ["practitioner"] = new JsonObject { ["reference"] = "Practitioner/P1" },
            ["location"] = new JsonArray { new JsonObject { ["reference"] = "Location/U1" } },
            ["code"] = new JsonArray { new JsonObject { ["coding"] = new JsonArray { new JsonObject { ["system"] = "http://ihris.org/fhir/CodeSystem/job-typo", ["code"] = "2230-1B" } } } },
            ["period"] = new JsonObject { ["start"] = "2020-01-01", ["end"] = "" },
        });
        return server;
    }

    private static JsonObject Location(string id, string? parent, string name)
    {
        var location = new JsonObject { ["resourceType"] = "Location", ["id"] = id, ["name"] = name };
        if (parent is not null)
        {
            location["partOf"] = new JsonObject { ["reference"] = $"Location/{parent}" };
        }

        return location;
    }
}
