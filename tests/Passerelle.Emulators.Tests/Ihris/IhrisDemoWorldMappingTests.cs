using Passerelle.Emulators.Ihris;

namespace Passerelle.Emulators.Tests.Ihris;

public sealed class IhrisDemoWorldMappingTests
{
    [Fact]
    public async Task Practitioner_CarriesThePersonalDataARealIhrisHolds()
    {
        // The reader must drop these; the emulator must serve them so that dropping is tested.
        await using var emulator = await IhrisEmulatorFixture.StartAsync();

        var (_, practitioner) = await emulator.GetAsync("fhir/Practitioner/W-002");

        Assert.Equal("Nom2", (string?)practitioner["name"]![0]!["family"]);
        Assert.Equal("Prénom2", (string?)practitioner["name"]![0]!["given"]![0]);
        Assert.Equal("female", (string?)practitioner["gender"]);
        Assert.Equal("1972-03-03", (string?)practitioner["birthDate"]);
        Assert.Equal("1000000000002", (string?)practitioner["identifier"]![0]!["value"]);
        Assert.Equal("PRN", (string?)practitioner["identifier"]![0]!["type"]!["coding"]![0]!["code"]);
        Assert.Equal("+221770000002", (string?)practitioner["telecom"]![0]!["value"]);
    }

    [Fact]
    public async Task Practitioner_UnknownSex_HasNoGender()
    {
        await using var emulator = await IhrisEmulatorFixture.StartAsync();

        var (_, practitioner) = await emulator.GetAsync("fhir/Practitioner/W-005");

        Assert.Null(practitioner["gender"]);
    }

    [Fact]
    public async Task PractitionerRole_CarriesJobLocationPeriodAndEmploymentStatus()
    {
        await using var emulator = await IhrisEmulatorFixture.StartAsync();

        var (_, role) = await emulator.GetAsync("fhir/PractitionerRole/R-013");

        Assert.Equal("http://ihris.org/fhir/CodeSystem/ihris-job", (string?)role["code"]![0]!["coding"]![0]!["system"]);
        Assert.Equal("J-MED", (string?)role["code"]![0]!["coding"]![0]!["code"]);
        Assert.Equal("Location/F-004", (string?)role["location"]![0]!["reference"]);
        Assert.Equal("Practitioner/W-001", (string?)role["practitioner"]!["reference"]);
        Assert.Equal("2005-01-01", (string?)role["period"]!["start"]);
        Assert.Equal("2009-12-31", (string?)role["period"]!["end"]);
        Assert.False((bool)role["active"]!);
        var status = role["extension"]!.AsArray().Single(e =>
            (string?)e!["url"] == "http://ihris.org/fhir/StructureDefinition/ihris-practitionerrole-employment-status")!;
        Assert.Equal("contract", (string?)status["valueCoding"]!["code"]);
    }

    [Fact]
    public async Task Facility_HasDhis2IdIdentifierPositionAndPartOf()
    {
        await using var emulator = await IhrisEmulatorFixture.StartAsync(o => o.Quirks = IhrisQuirks.None);

        var (_, facility) = await emulator.GetAsync("fhir/Location/F-004");

        var identifier = facility["identifier"]![0]!;
        Assert.Equal("http://ihris.org/fhir/CodeSystem/ihris-Facility-identifier", (string?)identifier["type"]!["coding"]![0]!["system"]);
        Assert.Equal("dhis2Id", (string?)identifier["type"]!["coding"]![0]!["code"]);
        Assert.Equal("Mno123Pqr45", (string?)identifier["value"]);
        Assert.Equal(13.7707, (double)facility["position"]!["latitude"]!);
        Assert.Equal(-13.6673, (double)facility["position"]!["longitude"]!);
        Assert.Equal("bu", (string?)facility["physicalType"]!["coding"]![0]!["code"]);
        Assert.Equal("Location/DS-TBA", (string?)facility["partOf"]!["reference"]);
    }

    [Fact]
    public async Task WrongSystemUrisQuirk_UsesTheDemoDataSystems()
    {
        await using var emulator = await IhrisEmulatorFixture.StartAsync(o => o.Quirks = IhrisQuirks.WrongSystemUris);

        var (_, district) = await emulator.GetAsync("fhir/Location/DS-DKC");
        var (_, jobs) = await emulator.GetAsync("fhir/CodeSystem/ihris-job");

        Assert.Equal("http://ihris.org/fhir/CodeSystem/ihris-jurisdiction", (string?)district["type"]![0]!["coding"]![0]!["system"]);
        Assert.Equal("http://hl7.org/fhir/codesystem-location-physical-type.html", (string?)district["physicalType"]!["coding"]![0]!["system"]);
        Assert.Equal("http://ihris.org/fhir/CodeSystem/ihris-classification", (string?)jobs["concept"]![0]!["property"]![0]!["valueCoding"]!["system"]);
    }

    [Fact]
    public async Task NoQuirks_UsesCanonicalSystems()
    {
        await using var emulator = await IhrisEmulatorFixture.StartAsync(o => o.Quirks = IhrisQuirks.None);

        var (_, district) = await emulator.GetAsync("fhir/Location/DS-DKC");
        var (_, jobs) = await emulator.GetAsync("fhir/CodeSystem/ihris-job");

        Assert.Equal("http://ihris.org/fhir/CodeSystem/ihris-jurisdiction-type", (string?)district["type"]![0]!["coding"]![0]!["system"]);
        Assert.Equal("http://ihris.org/fhir/CodeSystem/ihris-cadre", (string?)jobs["concept"]![0]!["property"]![0]!["valueCoding"]!["system"]);
    }

    [Fact]
    public async Task EmptyStringsQuirk_WritesEmptyStringsForAbsentValues()
    {
        await using var emulator = await IhrisEmulatorFixture.StartAsync(o => o.Quirks = IhrisQuirks.EmptyStrings);

        var (_, country) = await emulator.GetAsync("fhir/Location/SN");
        var (_, noCoordinates) = await emulator.GetAsync("fhir/Location/F-003");
        var (_, noFacility) = await emulator.GetAsync("fhir/PractitionerRole/R-012");

        Assert.Equal(string.Empty, (string?)country["partOf"]!["reference"]);
        Assert.Equal(string.Empty, (string?)noCoordinates["position"]!["longitude"]);
        Assert.Equal(string.Empty, (string?)noFacility["location"]![0]!["reference"]);
    }

    [Fact]
    public async Task NoQuirks_LeavesAbsentValuesOut()
    {
        await using var emulator = await IhrisEmulatorFixture.StartAsync(o => o.Quirks = IhrisQuirks.None);

        var (_, country) = await emulator.GetAsync("fhir/Location/SN");
        var (_, noFacility) = await emulator.GetAsync("fhir/PractitionerRole/R-012");

        Assert.Null(country["partOf"]);
        Assert.Null(noFacility["location"]);
    }
}
