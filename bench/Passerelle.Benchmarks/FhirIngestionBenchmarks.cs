using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;
using Passerelle.Ihris.Fhir;

namespace Passerelle.Benchmarks;

/// <summary>
/// FHIR ingestion against raw parsing: the recorded iHRIS 5 demo bundle of 1,008 PractitionerRoles
/// (reference/ihris/data/ihris5-demo/bundle-PractitionerRole.json), read by Passerelle's field reader
/// (<see cref="FhirFieldReader"/>: <see cref="Utf8JsonReader"/> into Firely's model, mapped fields only), by
/// Firely's own System.Text.Json deserializer (the reader Passerelle used before), and by
/// <see cref="JsonDocument"/> reading the same fields (the baseline). Target: the ratio at most 2.
/// </summary>
[MemoryDiagnoser]
public class FhirIngestionBenchmarks
{
    private static readonly FhirJsonDeserializer FirelyOstrich =
        new(new DeserializerSettings().UsingMode(DeserializationMode.Ostrich));

    private byte[] _bundle = [];

    [GlobalSetup]
    public void Setup() => _bundle = File.ReadAllBytes(ReferenceFiles.Path("ihris", "data", "ihris5-demo", "bundle-PractitionerRole.json"));

    /// <summary>System.Text.Json alone: parse, then read id, worker, facility, job, period and active of each role.</summary>
    [Benchmark(Baseline = true)]
    public int RawSystemTextJson()
    {
        using var document = JsonDocument.Parse(_bundle);
        var read = 0;
        foreach (var entry in document.RootElement.GetProperty("entry").EnumerateArray())
        {
            var role = entry.GetProperty("resource");
            read += Fields(
                role.GetProperty("id").GetString(),
                role.TryGetProperty("practitioner", out var p) ? p.GetProperty("reference").GetString() : null,
                role.TryGetProperty("location", out var l) && l.GetArrayLength() > 0 ? l[0].GetProperty("reference").GetString() : null,
                role.TryGetProperty("code", out var c) ? c[0].GetProperty("coding")[0].GetProperty("code").GetString() : null,
                role.TryGetProperty("period", out var period) && period.TryGetProperty("start", out var s) ? s.GetString() : null,
                role.TryGetProperty("active", out var a) && a.GetBoolean());
        }

        return read;
    }

    /// <summary>Passerelle's reader, then the same fields.</summary>
    [Benchmark]
    public int PasserelleFieldReader() => ReadFields((Bundle)FhirFieldReader.Read(_bundle));

    /// <summary>Firely's System.Text.Json deserializer in forgiving mode (Passerelle's reader until 2026-11-25), then the same fields.</summary>
    [Benchmark]
    public int FirelyDeserializer()
    {
        var reader = new Utf8JsonReader(_bundle);
        FirelyOstrich.TryDeserializeResource(ref reader, out var resource, out _);
        return ReadFields((Bundle)resource!);
    }

    private static int ReadFields(Bundle bundle)
    {
        var read = 0;
        foreach (var entry in bundle.Entry)
        {
            if (entry.Resource is not PractitionerRole role)
            {
                continue;
            }

            read += Fields(
                FhirValues.Text(role.IdElement),
                FhirValues.ReferenceId(role.Practitioner),
                role.Location.Count > 0 ? FhirValues.ReferenceId(role.Location[0]) : null,
                role.Code.Count > 0 && role.Code[0].Coding.Count > 0 ? role.Code[0].Coding[0].Code : null,
                FhirValues.Date(role.Period?.StartElement)?.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
                FhirValues.Boolean(role.ActiveElement) ?? false);
        }

        return read;
    }

    private static int Fields(string? id, string? worker, string? facility, string? job, string? start, bool active) =>
        (id is null ? 0 : 1) + (worker is null ? 0 : 1) + (facility is null ? 0 : 1) + (job is null ? 0 : 1) + (start is null ? 0 : 1) + (active ? 1 : 0);
}
