using System.Globalization;
using System.Net;
using System.Text.Json;
using Passerelle.Core.Storage;

namespace Passerelle.Web.Tests.Reading;

/// <summary>The facility page and API show the workload and WISN the analysis stored, in French first.</summary>
[Collection(WebCollection.Name)]
public sealed class FacilityWorkloadTests(WebTestWarehouse warehouse) : IAsyncLifetime
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");
    private readonly PasserelleFactory _factory = new(warehouse.NewCopy());

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task FacilityPage_FacilityWithNurseWisn_ShowsTheStoredRatioAndItsVerdictInFrench()
    {
        // Given a facility the analysis computed a nurse WISN for
        var ratio = await FirstFacilityValueAsync("PASS_WISN_RATIO_INF", "cadre=IDE");
        var required = await StoredAsync("PASS_WISN_BESOIN_INF", ratio.UnitId, "cadre=IDE");
        var client = await _factory.SignedInAsync("viewer");

        // When its page is opened
        var html = await client.GetStringAsync($"/facilities/{Uri.EscapeDataString(ratio.UnitId)}");

        // Then the WISN table shows the stored required staff and ratio, and the shortage or excess they mean, in French
        var row = Row(html, "data-cadre=\"IDE\"");
        Assert.Contains(ratio.Value!.Value.ToString("0.00", French), row, StringComparison.Ordinal);
        Assert.Contains(required.Value!.Value.ToString("N1", French), row, StringComparison.Ordinal);
        var verdict = ratio.Numerator - ratio.Denominator < -0.5 ? "pénurie" : ratio.Numerator - ratio.Denominator > 0.5 ? "excédent" : "équilibre";
        Assert.Contains(verdict, row, StringComparison.Ordinal);
        Assert.Contains("Ratio WISN", html, StringComparison.Ordinal);
        Assert.Contains("Charge de travail", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FacilityPage_InEnglish_ShowsTheWorkloadIndicatorsInEnglish()
    {
        // Given a facility with a stored workload figure
        var workload = await FirstFacilityValueAsync("PASS_CONSULT_PAR_INF", "", v => v.Value is not null);
        var client = await _factory.SignedInAsync("viewer");

        // When its page is opened in English
        var html = await client.GetStringAsync($"/facilities/{Uri.EscapeDataString(workload.UnitId)}?lang=en");

        // Then the workload row is named in English and shows the stored value per worker and month
        var row = Row(html, "data-indicator=\"PASS_CONSULT_PAR_INF\"");
        Assert.Contains("Curative consultations per nurse per month", row, StringComparison.Ordinal);
        Assert.Contains(workload.Value!.Value.ToString("N1", CultureInfo.GetCultureInfo("en-GB")), row, StringComparison.Ordinal);
        Assert.Contains("Staffing need from workload (WISN)", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WorkloadApi_Viewer_ReturnsTheStoredWorkloadAndWisn()
    {
        // Given a facility with a nurse WISN and a viewer
        var ratio = await FirstFacilityValueAsync("PASS_WISN_RATIO_INF", "cadre=IDE");
        var workload = await StoredOrNullAsync("PASS_CONSULT_PAR_INF", ratio.UnitId, "");
        var client = await _factory.SignedInAsync("viewer");

        // When its workload is asked for
        using var json = JsonDocument.Parse(await client.GetStringAsync($"/api/facilities/{Uri.EscapeDataString(ratio.UnitId)}/workload"));

        // Then the API carries the same figures as the warehouse, with French and English names
        var wisn = json.RootElement.GetProperty("wisn").EnumerateArray().Single(w => w.GetProperty("cadreCode").GetString() == "IDE");
        Assert.Equal(ratio.Value!.Value, wisn.GetProperty("ratio").GetDouble(), 6);
        Assert.Equal(ratio.Numerator!.Value, wisn.GetProperty("existing").GetDouble(), 6);
        Assert.Equal(ratio.Denominator!.Value, wisn.GetProperty("required").GetDouble(), 6);
        var consultations = json.RootElement.GetProperty("workload").EnumerateArray().Single(w => w.GetProperty("indicatorCode").GetString() == "PASS_CONSULT_PAR_INF");
        Assert.Equal("Curative consultations per nurse per month (yearly average)", consultations.GetProperty("english").GetString());
        Assert.StartsWith("Consultations curatives par infirmier", consultations.GetProperty("french").GetString(), StringComparison.Ordinal);
        if (workload?.Value is { } perWorker)
        {
            Assert.Equal(perWorker, consultations.GetProperty("perWorkerPerMonth").GetDouble(), 6);
        }
        else
        {
            Assert.Equal(JsonValueKind.Null, consultations.GetProperty("perWorkerPerMonth").ValueKind);
        }
    }

    [Fact]
    public async Task WorkloadApi_UnknownFacility_Answers404()
    {
        // Given a viewer
        var client = await _factory.SignedInAsync("viewer");

        // When the workload of a facility that does not exist is asked for
        var response = await client.GetAsync("/api/facilities/NO-SUCH-FACILITY/workload");

        // Then it is not found
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task OpenApiDocument_Viewer_DescribesWorkloadWisnAndTrends()
    {
        // Given a viewer
        var client = await _factory.SignedInAsync("viewer");

        // When the OpenAPI document is read
        using var json = JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json"));

        // Then it lists the workload and trend endpoints and describes the WISN figures
        var paths = json.RootElement.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Contains("/api/facilities/{id}/workload", paths);
        Assert.Contains("/api/trends", paths);
        var schemas = json.RootElement.GetProperty("components").GetProperty("schemas");
        var wisn = schemas.GetProperty("WisnFigure").GetProperty("properties").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Contains("required", wisn);
        Assert.Contains("ratio", wisn);
        Assert.Contains("pressure", wisn);
        Assert.Contains("workload", schemas.GetProperty("FacilityDetail").GetProperty("properties").EnumerateObject().Select(p => p.Name));
    }

    private static string Row(string html, string marker)
    {
        var start = html.IndexOf(marker, StringComparison.Ordinal);
        Assert.True(start >= 0, $"no row with {marker}");
        return html[start..html.IndexOf("</tr>", start, StringComparison.Ordinal)];
    }

    private async Task<IndicatorValue> FirstFacilityValueAsync(string code, string key, Func<IndicatorValue, bool>? also = null) =>
        await _factory.Warehouse.Results.ReadIndicatorValuesAsync(new IndicatorQuery(code, OrgLevel: OrgLevel.Facility), CancellationToken.None)
            .FirstAsync(v => v.DisaggregationKey == key && v.Value is not null && (also?.Invoke(v) ?? true));

    private async Task<IndicatorValue> StoredAsync(string code, string facility, string key) =>
        await StoredOrNullAsync(code, facility, key) ?? throw new InvalidOperationException($"{code} {facility} {key} not stored");

    private async Task<IndicatorValue?> StoredOrNullAsync(string code, string facility, string key) =>
        await _factory.Warehouse.Results.ReadIndicatorValuesAsync(new IndicatorQuery(code, OrgLevel: OrgLevel.Facility, UnitId: facility), CancellationToken.None)
            .FirstOrDefaultAsync(v => v.DisaggregationKey == key);
}
