using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;
using Passerelle.Emulators.Ihris;
using Task = System.Threading.Tasks.Task;

namespace Passerelle.Emulators.Tests.Ihris;

/// <summary>Without quirks, every response parses with Firely's strict R4 deserializer: the envelopes
/// (searchset, history with deletions, OperationOutcome, CapabilityStatement) are valid FHIR.</summary>
public sealed class IhrisFhirConformanceTests
{
    [Theory]
    [InlineData("fhir/metadata", typeof(CapabilityStatement))]
    [InlineData("fhir/PractitionerRole?_count=3&_include=PractitionerRole:practitioner&_include=PractitionerRole:location&_include:iterate=Location:partof", typeof(Bundle))]
    [InlineData("fhir/CodeSystem?url=http://ihris.org/fhir/CodeSystem/ihris-job", typeof(Bundle))]
    [InlineData("fhir/_history?_since=2026-01-05T08:30:00Z", typeof(Bundle))]
    [InlineData("fhir/Location/NOPE", typeof(OperationOutcome))]
    [InlineData("fhir/Practitioner/W-004", typeof(OperationOutcome))]
    public async Task Response_WithoutQuirks_ParsesStrictlyAsFhirR4(string relative, Type expected)
    {
        // Given a quirk-free emulator where one role changed and one practitioner was deleted
        await using var emulator = await IhrisEmulatorFixture.StartAsync(o => o.Quirks = IhrisQuirks.None);
        emulator.Time.Advance(TimeSpan.FromHours(1));
        emulator.Store.Update("PractitionerRole", "R-001", r => r["active"] = false);
        emulator.Store.Delete("Practitioner", "W-004");

        // When the response is read by a strict FHIR parser
        var text = await (await emulator.Http.GetAsync(relative)).Content.ReadAsStringAsync();
        var parsed = new FhirJsonDeserializer(new DeserializerSettings()).TryDeserializeResource(text, out var resource, out var issues);

        // Then it parses without any issue, as the expected resource type
        Assert.Empty(issues);
        Assert.True(parsed);
        Assert.IsType(expected, resource);
    }
}
