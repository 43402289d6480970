using System.Net;
using System.Text;
using Hl7.Fhir.Model;
using Passerelle.Ihris.Fhir;
using Passerelle.Ihris.Tests.Support;
using Task = System.Threading.Tasks.Task;

namespace Passerelle.Ihris.Tests.Fhir;

/// <summary>The streaming field reader: same model as Firely's for the mapped fields, clear errors on broken answers.</summary>
public sealed class FhirFieldReaderTests
{
    [Fact]
    public async Task ReadFacilitiesAsync_EntryIsAString_FailsNamingUrlAndEntry()
    {
        // Given a server answering the Location search with a Bundle whose "entry" is a string
        var server = new FakeFhirServer { Intercept = _ => Body("""{"resourceType":"Bundle","type":"searchset","total":"many","entry":"oops"}""") };

        // When the facilities are read
        var error = await Assert.ThrowsAsync<IhrisSourceException>(() => IhrisReference.Source(server).ReadFacilitiesAsync(CancellationToken.None).ToListAsync().AsTask());

        // Then the message says the Bundle is malformed, which element, and the URL
        Assert.Contains("Bundle mal formé", error.Message, StringComparison.Ordinal);
        Assert.Contains("\"entry\" should be an array, found string", error.Message, StringComparison.Ordinal);
        Assert.Contains("http://ihris.test/fhir/Location?_count=50", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadFacilitiesAsync_TruncatedJson_FailsNamingUrlAndLine()
    {
        // Given a server whose answer stops in the middle of an entry
        var server = new FakeFhirServer { Intercept = _ => Body("{\"resourceType\":\"Bundle\",\n\"entry\":[{\"resource\":") };

        // When the facilities are read
        var error = await Assert.ThrowsAsync<IhrisSourceException>(() => IhrisReference.Source(server).ReadFacilitiesAsync(CancellationToken.None).ToListAsync().AsTask());

        // Then the message says the JSON is invalid, where, and the URL
        Assert.Contains("invalid JSON at line 2", error.Message, StringComparison.Ordinal);
        Assert.Contains("http://ihris.test/fhir/Location", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadFacilitiesAsync_NoResourceType_FailsAsNotFhir()
    {
        // Given a server answering with JSON that is not a FHIR resource
        var server = new FakeFhirServer { Intercept = _ => Body("""{"hello":"world"}""") };

        // When the facilities are read
        var error = await Assert.ThrowsAsync<IhrisSourceException>(() => IhrisReference.Source(server).ReadFacilitiesAsync(CancellationToken.None).ToListAsync().AsTask());

        // Then the message says so, with the URL
        Assert.Contains("not a FHIR resource", error.Message, StringComparison.Ordinal);
        Assert.Contains("http://ihris.test/fhir/Location", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_RoleWithWrongKindsAndLateResourceType_KeepsWhatItCan()
    {
        // Given a role whose resourceType comes last, "active" is a string, the practitioner a string and the period start valid
        var json = """
            {"id":"r1","active":"false","practitioner":"Practitioner/p1","period":{"start":"2020-02-03"},
             "code":{"coding":[{"system":"x/ihris-job","code":" 2221 "}]},"name":[{"family":"Secret"}],
             "resourceType":"PractitionerRole"}
            """;

        // When it is read
        var role = Assert.IsType<PractitionerRole>(FhirFieldReader.Read(Encoding.UTF8.GetBytes(json)));

        // Then the readable fields are there and the wrong ones are absent or raw
        Assert.Equal("r1", FhirValues.Text(role.IdElement));
        Assert.False(FhirValues.Boolean(role.ActiveElement));
        Assert.Null(role.Practitioner);
        Assert.Equal(new DateOnly(2020, 2, 3), FhirValues.Date(role.Period?.StartElement));
        Assert.Equal(["2221"], FhirValues.Codes(role.Code));
    }

    [Fact]
    public void Read_PractitionerWithNames_KeepsOnlyGenderAndBirthDate()
    {
        // Given a practitioner with a name, an identifier and a phone number
        var json = """
            {"resourceType":"Practitioner","id":"p1","gender":"female","birthDate":"1980-05-06",
             "name":[{"family":"Diop","given":["Awa"]}],"identifier":[{"value":"SN-123"}],"telecom":[{"value":"+221 77"}]}
            """;

        // When it is read
        var practitioner = Assert.IsType<Practitioner>(FhirFieldReader.Read(Encoding.UTF8.GetBytes(json)));

        // Then gender and birth date are kept and the personal fields never read
        Assert.Equal("female", FhirValues.Text(practitioner.GenderElement));
        Assert.Equal(1980, FhirValues.Year(practitioner.BirthDateElement));
        Assert.Empty(practitioner.Name);
        Assert.Empty(practitioner.Identifier);
        Assert.Empty(practitioner.Telecom);
    }

    [Fact]
    public void Read_OperationOutcome_GoesThroughFirely()
    {
        // Given an OperationOutcome, a type the field reader does not map itself
        var json = """{"resourceType":"OperationOutcome","issue":[{"severity":"error","code":"processing","diagnostics":"HAPI-0389"}]}""";

        // When it is read
        var outcome = Assert.IsType<OperationOutcome>(FhirFieldReader.Read(Encoding.UTF8.GetBytes(json)));

        // Then Firely's model carries its diagnostics
        Assert.Equal("HAPI-0389", outcome.Issue.Single().Diagnostics);
    }

    private static HttpResponseMessage Body(string json) => new(HttpStatusCode.OK)
    {
        Content = new StringContent(json, Encoding.UTF8, "application/fhir+json"),
    };
}
