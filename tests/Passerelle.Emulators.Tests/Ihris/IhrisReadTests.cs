namespace Passerelle.Emulators.Tests.Ihris;

public sealed class IhrisReadTests
{
    [Fact]
    public async Task Read_KnownId_ReturnsTheResource()
    {
        await using var emulator = await IhrisEmulatorFixture.StartAsync();

        var (status, location) = await emulator.GetAsync("fhir/Location/F-001");

        Assert.Equal(200, status);
        Assert.Equal("Centre de santé Gaspard Camara", (string?)location["name"]);
        Assert.Equal("Location/DS-DKC", (string?)location["partOf"]!["reference"]);
    }

    [Fact]
    public async Task Read_UnknownId_Answers404OperationOutcome()
    {
        await using var emulator = await IhrisEmulatorFixture.StartAsync();

        var (status, body) = await emulator.GetAsync("fhir/Practitioner/NOPE");

        Assert.Equal(404, status);
        Assert.Equal("OperationOutcome", (string?)body["resourceType"]);
        Assert.Equal("processing", (string?)body["issue"]![0]!["code"]);
        Assert.Equal("HAPI-2001: Resource Practitioner/NOPE is not known", (string?)body["issue"]![0]!["diagnostics"]);
    }

    [Fact]
    public async Task Read_DeletedId_Answers410()
    {
        await using var emulator = await IhrisEmulatorFixture.StartAsync();
        emulator.Store.Delete("Practitioner", "W-002");

        var (status, body) = await emulator.GetAsync("fhir/Practitioner/W-002");

        Assert.Equal(410, status);
        Assert.Equal("OperationOutcome", (string?)body["resourceType"]);
    }

    [Fact]
    public async Task Read_UnknownResourceType_Answers404()
    {
        await using var emulator = await IhrisEmulatorFixture.StartAsync();

        var (status, body) = await emulator.GetAsync("fhir/Spaceship/1");

        Assert.Equal(404, status);
        Assert.Contains("Unknown resource type 'Spaceship'", (string?)body["issue"]![0]!["diagnostics"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Metadata_ReturnsCapabilityStatementForR4()
    {
        await using var emulator = await IhrisEmulatorFixture.StartAsync();

        var (status, body) = await emulator.GetAsync("fhir/metadata");

        Assert.Equal(200, status);
        Assert.Equal("CapabilityStatement", (string?)body["resourceType"]);
        Assert.Equal("4.0.1", (string?)body["fhirVersion"]);
        Assert.Contains(body["rest"]![0]!["resource"]!.AsArray(), r => (string?)r!["type"] == "PractitionerRole");
    }
}
