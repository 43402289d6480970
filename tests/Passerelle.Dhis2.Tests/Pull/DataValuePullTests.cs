using System.Net;
using System.Web;
using Passerelle.Dhis2.Http;
using Passerelle.Dhis2.Pull;
using Passerelle.Dhis2.Push;
using Passerelle.Dhis2.Tests.Support;

namespace Passerelle.Dhis2.Tests.Pull;

public sealed class DataValuePullTests
{
    private static readonly Dhis2DataValueQuery Query = new()
    {
        DataSets = ["BfMAe6Itzgt"],
        Periods = ["201908"],
        OrgUnits = ["DiszpKrYNg8"],
    };

    [Fact]
    public async Task GetDataValuesAsync_RecordedExport_ReadsEveryField()
    {
        var client = TestClients.Create(FakeDhis2Handler.Always(200, Fixtures.Body("android_datavalue_data_values_BfMAe6Itzgt.json")));

        var value = Assert.Single(await client.GetDataValuesAsync(Query).ToListAsync());

        Assert.Equal("g9eOBujte1U", value.DataElement);
        Assert.Equal("201908", value.Period);
        Assert.Equal("DiszpKrYNg8", value.OrgUnit);
        Assert.Equal("Gmbgme7z9BF", value.CategoryOptionCombo);
        Assert.Equal("24", value.Value);
        Assert.Equal("bodata1", value.StoredBy);
        Assert.Equal(new DateTimeOffset(2012, 8, 11, 0, 0, 0, TimeSpan.Zero), value.LastUpdated);
        Assert.False(value.Followup);
    }

    [Fact]
    public async Task GetDataValuesAsync_RecordedBulkPayload_ReadsAllValues()
    {
        var body = Fixtures.Body("core_e2e_dataValues_bulk.json");
        var expected = System.Text.Json.JsonDocument.Parse(body).RootElement.GetProperty("dataValues").GetArrayLength();
        var client = TestClients.Create(FakeDhis2Handler.Always(200, body));

        var values = await client.GetDataValuesAsync(Query).ToListAsync();

        Assert.Equal(expected, values.Count);
        Assert.Equal("tpz77FcntKx", values[0].DataElement);
        Assert.Equal("500000", values[0].Value);
    }

    [Fact]
    public async Task GetDataValuesAsync_FullQuery_SendsEveryParameter()
    {
        var handler = FakeDhis2Handler.Always(200, """{"dataValues":[]}""");
        var client = TestClients.Create(handler);

        await client.GetDataValuesAsync(new Dhis2DataValueQuery
        {
            DataSets = ["BfMAe6Itzgt"],
            StartDate = new DateOnly(2024, 1, 1),
            EndDate = new DateOnly(2024, 12, 31),
            OrgUnits = ["ImspTQPwCqd"],
            Children = true,
            LastUpdated = new DateTimeOffset(2024, 6, 1, 12, 0, 0, TimeSpan.Zero),
            IdScheme = Dhis2IdScheme.Code,
        }).ToListAsync();

        var url = handler.Requests.Single().Url;
        var query = HttpUtility.ParseQueryString(url.Query);
        Assert.Equal("/api/dataValueSets.json", url.AbsolutePath);
        Assert.Equal("BfMAe6Itzgt", query["dataSet"]);
        Assert.Equal("2024-01-01", query["startDate"]);
        Assert.Equal("2024-12-31", query["endDate"]);
        Assert.Equal("ImspTQPwCqd", query["orgUnit"]);
        Assert.Equal("true", query["children"]);
        Assert.Equal("2024-06-01T12:00:00", query["lastUpdated"]);
        Assert.Equal("CODE", query["idScheme"]);
    }

    [Fact]
    public void GetDataValuesAsync_NoOrgUnit_FailsBeforeCallingTheServer()
    {
        var handler = FakeDhis2Handler.Always(200, """{"dataValues":[]}""");
        var client = TestClients.Create(handler);

        var error = Assert.Throws<ArgumentException>(() => client.GetDataValuesAsync(Query with { OrgUnits = [] }).GetAsyncEnumerator().MoveNextAsync().AsTask().GetAwaiter().GetResult());

        Assert.Contains("E2006", error.Message, StringComparison.Ordinal);
        Assert.Empty(handler.Requests);
    }

    [Fact]
    public async Task GetDataValuesAsync_200kValues_StreamsWithBoundedReadAhead()
    {
        // Given a 200,000-value export generated on the fly (~60 MB)
        const int count = 200_000;
        var body = new GeneratedDataValueSetStream(count);
        var handler = new FakeDhis2Handler((_, _) => new HttpResponseMessage(HttpStatusCode.OK) { Content = new StreamContent(body) });
        var client = TestClients.Create(handler);

        // When reading value by value
        var read = 0;
        long maxReadAhead = 0;
        await foreach (var value in client.GetDataValuesAsync(Query))
        {
            Assert.Equal(GeneratedDataValueSetStream.OrgUnit(read), value.OrgUnit);
            read++;
            var consumedByItems = GeneratedDataValueSetStream.HeaderLength + ((long)read * GeneratedDataValueSetStream.ItemLength);
            maxReadAhead = Math.Max(maxReadAhead, body.BytesHandedOut - consumedByItems);
        }

        // Then every value arrived, and the reader never held more than a small window ahead of what it yielded
        Assert.Equal(count, read);
        Assert.True(body.BytesHandedOut > 50_000_000, $"body was {body.BytesHandedOut} bytes");
        Assert.InRange(maxReadAhead, 0, 256 * 1024);
    }

    [Fact]
    public async Task GetDataValuesAsync_TruncatedBody_ThrowsInvalidResponse()
    {
        var client = TestClients.Create(FakeDhis2Handler.Always(200, """{"dataValues":[{"dataElement":"a","period":"2024","orgUnit":"b"},{"dataEl"""));

        var error = await Assert.ThrowsAsync<Dhis2Exception>(async () => await client.GetDataValuesAsync(Query).ToListAsync());

        Assert.Equal(Dhis2ErrorKind.InvalidResponse, error.Kind);
    }

    [Fact]
    public async Task GetDataValuesAsync_CancelledMidway_StopsReading()
    {
        var body = new GeneratedDataValueSetStream(200_000);
        var handler = new FakeDhis2Handler((_, _) => new HttpResponseMessage(HttpStatusCode.OK) { Content = new StreamContent(body) });
        var client = TestClients.Create(handler);
        using var cancellation = new CancellationTokenSource();
        var read = 0;

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var unused in client.GetDataValuesAsync(Query, cancellation.Token))
            {
                if (++read == 1000)
                {
                    await cancellation.CancelAsync();
                }
            }
        });

        Assert.InRange(read, 1000, 2000);
        Assert.True(body.BytesHandedOut < 1_000_000);
    }
}
