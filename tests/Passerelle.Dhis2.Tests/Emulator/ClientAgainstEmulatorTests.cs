using System.Text.Json.Nodes;
using Passerelle.Dhis2.Model;
using Passerelle.Dhis2.Push;
using Passerelle.Dhis2.Tests.Support;

namespace Passerelle.Dhis2.Tests.Emulator;

/// <summary>
/// The same client scenarios against the emulator in each version's behaviour: 2.38, 2.40, 2.43, and the plain
/// (unwrapped) answers of <c>/api/37/</c> on 2.40 (web-api.md §3, §8).
/// </summary>
public sealed class ClientAgainstEmulatorTests
{
    public static TheoryData<string, int?> Versions => new()
    {
        { "2.38", null },
        { "2.40", null },
        { "2.43", null },
        { "2.40", 37 },
    };

    [Theory]
    [MemberData(nameof(Versions))]
    public async Task PullOrganisationUnits_EachVersion_EveryUnitWithLevelAndPath(string version, int? apiVersion)
    {
        // Given the Sierra Leone world
        await using var dhis2 = await EmulatedDhis2.StartAsync(version);
        var client = dhis2.Client(apiVersion, configure: o => o.PageSize = 40);

        // When the client pulls every org unit, page by page
        var units = new List<Dhis2OrganisationUnit>();
        await foreach (var unit in client.GetOrganisationUnitsAsync())
        {
            units.Add(unit);
        }

        // Then it gets them all, once, each with its level and path
        Assert.Equal(dhis2.Store.OrganisationUnits.Count, units.Select(u => u.Id).Distinct().Count());
        Assert.All(units, u => Assert.EndsWith("/" + u.Id, u.Path));
        Assert.Contains(units, u => u is { Id: "ImspTQPwCqd", Level: 1 });
    }

    [Theory]
    [MemberData(nameof(Versions))]
    public async Task ImportMetadata_ValidateThenCommit_ValidateSavesNothingCommitSavesAll(string version, int? apiVersion)
    {
        // Given the Sierra Leone world and the recorded aggregate metadata, with one data element renamed
        await using var dhis2 = await EmulatedDhis2.StartAsync(version);
        var client = dhis2.Client(apiVersion);
        var payload = EmulatedDhis2.AggregateMetadata();
        var elements = payload["dataElements"]!.AsArray();
        var renamed = (string)elements[0]!["id"]!;
        elements[0]!["name"] = "Renommé par le test";

        // When it is validated, then committed
        var validated = await client.ImportMetadataAsync(payload, MetadataImportOptions.Validate);
        var nameAfterValidate = (string?)dhis2.Store.Object("dataElements", renamed)?["name"];
        var committed = await client.ImportMetadataAsync(payload, MetadataImportOptions.Commit);

        // Then validation changes nothing and the commit accounts for every object
        Assert.True(validated.IsOk);
        Assert.Empty(validated.Errors);
        Assert.NotEqual("Renommé par le test", nameAfterValidate);
        Assert.True(committed.IsOk);
        Assert.Equal("Renommé par le test", (string?)dhis2.Store.Object("dataElements", renamed)!["name"]);
        var stats = committed.TypeReports.Single(t => t.Klass.EndsWith(".DataElement", StringComparison.Ordinal)).Stats;
        Assert.Equal(elements.Count, stats.Created + stats.Updated);
    }

    [Theory]
    [MemberData(nameof(Versions))]
    public async Task ImportDataValues_OneUnknownElement_OthersAcceptedAndConflictNamesIt(string version, int? apiVersion)
    {
        // Given the real aggregate metadata, and the recorded bulk values plus one value of an unknown element
        await using var dhis2 = await EmulatedDhis2.StartAsync(version);
        var client = dhis2.Client(apiVersion);
        Assert.True((await client.ImportMetadataAsync(EmulatedDhis2.AggregateMetadata(), MetadataImportOptions.Commit)).IsOk);
        var values = RecordedValues();
        var first = values[0];
        values.Insert(1, first with { DataElement = "noSuchElem1", Value = "5" });

        // When the client pushes them in one chunk
        var result = await client.ImportDataValueChunkAsync(values);

        // Then whatever the version's counting and HTTP status, the others are accepted and the conflict names the value
        Assert.Equal(Dhis2ImportStatus.Warning, result.Status);
        Assert.Equal(values.Count - 1, result.Accepted);
        var conflict = Assert.Single(result.Conflicts);
        Assert.Equal("E7610", conflict.ErrorCode);
        Assert.Equal([1], conflict.Indexes);
        Assert.Equal(values.Count - 1, dhis2.Store.DataValues.Count);
    }

    [Theory]
    [MemberData(nameof(Versions))]
    public async Task ImportDataValues_Async_SameCountsAsSynchronous(string version, int? apiVersion)
    {
        await using var dhis2 = await EmulatedDhis2.StartAsync(version);
        var client = dhis2.Client(apiVersion);
        Assert.True((await client.ImportMetadataAsync(EmulatedDhis2.AggregateMetadata(), MetadataImportOptions.Commit with { Async = true })).IsOk);
        var values = RecordedValues();

        var result = await client.ImportDataValueChunkAsync(values, new DataValueImportOptions { Async = true });

        Assert.Equal(Dhis2ImportStatus.Success, result.Status);
        Assert.Equal(values.Count, result.Accepted);
        Assert.Equal(values.Count, dhis2.Store.DataValues.Count);
    }

    internal static List<Dhis2DataValue> RecordedValues()
    {
        var payload = JsonNode.Parse(Fixtures.Body("core_e2e_dataValues_bulk.json"))!;
        return [.. payload["dataValues"]!.AsArray().Select(v => new Dhis2DataValue(
            (string)v!["dataElement"]!, (string)v["period"]!, (string)v["orgUnit"]!,
            (string?)v["categoryOptionCombo"], (string?)v["attributeOptionCombo"], (string?)v["value"]))];
    }
}
