using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.DependencyInjection;
using Passerelle.Dhis2;
using Passerelle.Dhis2.Json;
using Passerelle.Dhis2.Model;
using Passerelle.Dhis2.Push;
using Passerelle.Emulators.Dhis2;

namespace Passerelle.Benchmarks;

/// <summary>
/// Push overhead: one chunk of 500 data values posted to the in-process DHIS2 emulator on 127.0.0.1, through
/// Passerelle's <see cref="Dhis2Client"/> (authentication handler, resilience pipeline, JSON body, import summary
/// read) against a bare <see cref="HttpClient"/> posting the same JSON and reading the answer (the baseline).
/// Same server, same values, same strategy: the values exist after the first call, so each call updates them.
/// Target: under 10 % overhead (ratio below 1.10).
/// </summary>
[MemoryDiagnoser]
public class PushOverheadBenchmarks
{
    private const int Values = 500;

    private RunningDhis2Emulator? _emulator;
    private ServiceProvider? _services;
    private Dhis2Client? _client;
    private HttpClient? _bare;
    private List<Dhis2DataValue> _chunk = [];
    private Uri? _url;

    [GlobalSetup]
    public void Setup()
    {
        _emulator = Dhis2Emulator.StartAsync(new Dhis2EmulatorOptions { World = Dhis2World.SierraLeone }, CancellationToken.None).GetAwaiter().GetResult();
        var elements = _emulator.Store.DataElements
            .Where(e => (string?)e["valueType"] is "NUMBER" or "INTEGER" or "INTEGER_ZERO_OR_POSITIVE" && (string?)e["domainType"] != "TRACKER")
            .Select(e => (string)e["id"]!).Order(StringComparer.Ordinal).Take(5).ToList();
        var units = _emulator.Store.OrganisationUnits.Select(u => (string)u["id"]!).Order(StringComparer.Ordinal).Take(Values / elements.Count).ToList();
        _chunk = [.. units.SelectMany(u => elements.Select((e, i) => new Dhis2DataValue(e, "202401", u, null, null, (i + u.Length).ToString(System.Globalization.CultureInfo.InvariantCulture))))];

        var services = new ServiceCollection();
        services.AddPasserelleDhis2(o =>
        {
            o.BaseUrl = _emulator.BaseUrl;
            o.Username = Dhis2User.Admin.Username;
            o.Password = Dhis2User.Admin.Password;
        });
        _services = services.BuildServiceProvider();
        _client = _services.GetRequiredService<Dhis2Client>();

        _bare = new HttpClient();
        _bare.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue(
            "Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{Dhis2User.Admin.Username}:{Dhis2User.Admin.Password}")));
        _url = new Uri(_emulator.BaseUrl, "api/dataValueSets?importStrategy=CREATE_AND_UPDATE");

        // Both start from the same state: every value already held once.
        PasserelleClient();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _bare?.Dispose();
        _services?.Dispose();
        _emulator?.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }

    /// <summary>Bare HttpClient: serialise, POST, read the answer as text.</summary>
    [Benchmark(Baseline = true)]
    public int BareHttpClient()
    {
        using var content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(new DataValueSet(_chunk), Dhis2Json.Options));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var response = _bare!.PostAsync(_url, content).GetAwaiter().GetResult();
        response.EnsureSuccessStatusCode();
        return response.Content.ReadAsStringAsync().GetAwaiter().GetResult().Length;
    }

    /// <summary>Passerelle's DHIS2 client: the same chunk, through <see cref="Dhis2Client.ImportDataValueChunkAsync"/>.</summary>
    [Benchmark]
    public int PasserelleClient()
    {
        var result = _client!.ImportDataValueChunkAsync(_chunk, new DataValueImportOptions { Strategy = ImportStrategy.CreateAndUpdate }).GetAwaiter().GetResult();
        return result.Imported + result.Updated + result.Ignored;
    }

    /// <summary>The body DHIS2 expects, serialised with the client's own JSON options.</summary>
    public sealed record DataValueSet(IReadOnlyList<Dhis2DataValue> DataValues);
}
