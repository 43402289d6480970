using System.Globalization;
using Passerelle.Core.Facilities;
using Passerelle.DemoWorld.Identifiers;
using Passerelle.DemoWorld.Randomness;

namespace Passerelle.DemoWorld.Continental;

/// <summary>
/// Writes the continent's monthly service values as a DHIS2 dataValueSet CSV (<c>POST /api/dataValueSets</c>
/// with <c>application/csv</c>, reference/dhis2/web-api.md §6.1): the columns data element, period, org unit,
/// category option combo, attribute option combo, value, by uid, default combos. Every facility gets its exact
/// share of the values; the slots it leaves empty are its gaps, chosen as real reports leave them: elements a
/// facility does not offer (no deliveries in a health hut), months of silence (a stock-out of forms, a strike),
/// and scattered missing reports.
/// </summary>
internal static class ServiceValueWriter
{
    /// <summary>DHIS2's default category option combo (web-api.md §6.1: omitted COC/AOC mean it).</summary>
    public const string DefaultCombo = "HllvX50cXC0";

    public static IReadOnlyList<string> Headers { get; } = ["dataelement", "period", "orgunit", "catoptcombo", "attroptcombo", "value"];

    /// <summary>The uids of the data elements, by catalogue position.</summary>
    public static IReadOnlyList<string> ElementUids(ContinentalWorldOptions options)
    {
        var uids = new Dhis2UidFactory($"continental:{options.Seed}:dataElements");
        return [.. ServiceElement.Catalogue.Take(options.DataElements).Select(e => uids.For(e.Code))];
    }

    public static long Write(ContinentalLayout layout, ContinentalWorldOptions options, string path, CancellationToken cancellationToken)
    {
        var elements = ElementUids(options);
        var periods = Periods(options);
        using var csv = new CsvLineWriter(path, ',', quoteAll: false, byteOrderMark: false);
        foreach (var header in Headers)
        {
            csv.Field(header);
        }

        csv.EndLine();
        var written = 0L;
        foreach (var value in Values(layout, options, cancellationToken))
        {
            csv.Field(elements[value.Element]);
            csv.Field(periods[value.Month]);
            csv.Field(value.OrgUnitUid);
            csv.Field(DefaultCombo);
            csv.Field(DefaultCombo);
            csv.Field(value.Value);
            csv.EndLine();
            written++;
        }

        return written;
    }

    /// <summary>
    /// Every value of the continent, facility after facility (in the continent's order), then element by element and month by
    /// month: what <see cref="Write"/> writes, drawn again from the seed, one district's facilities in memory at a time.
    /// </summary>
    public static IEnumerable<ContinentalServiceValue> Values(ContinentalLayout layout, ContinentalWorldOptions options, CancellationToken cancellationToken)
    {
        var (elementCount, monthCount) = (options.DataElements, options.Months);
        var slots = elementCount * monthCount;
        var scores = new double[slots];
        var order = new int[slots];
        var kept = new bool[slots];
        foreach (var district in layout.Districts)
        {
            cancellationToken.ThrowIfCancellationRequested();
            foreach (var facility in ContinentalFacilityGenerator.Generate(district, options))
            {
                var share = (int)ContinentalLayout.Share(options.Values, facility.Index, options.Facilities);
                var random = SeededRandom.For(options.Seed, string.Create(CultureInfo.InvariantCulture, $"continental/values/{facility.Index}"));
                ChooseSlots(facility.Type, share, elementCount, monthCount, random, scores, order, kept);
                var size = ServiceElement.SizeOf(facility.Type) * random.NextDouble(0.6, 1.6);
                for (var slot = 0; slot < slots; slot++)
                {
                    if (!kept[slot])
                    {
                        continue;
                    }

                    var (element, month) = (slot / monthCount, slot % monthCount);
                    var season = 1 + (0.25 * Math.Sin(2 * Math.PI * (month % 12) / 12.0));
                    yield return new ContinentalServiceValue(element, month, facility.Dhis2Uid, random.NextPoisson(MeanOf(element) * size * season));
                }
            }
        }
    }

    /// <summary>The <paramref name="count"/> slots (element × month) the facility reports: the best scored, gaps being the worst.</summary>
    private static void ChooseSlots(FacilityType type, int count, int elements, int months, SeededRandom random, double[] scores, int[] order, bool[] kept)
    {
        var silenceStart = random.Next(0, months);
        var silenceLength = random.Chance(0.3) ? random.Next(1, 7) : 0;
        for (var slot = 0; slot < scores.Length; slot++)
        {
            var (element, month) = (slot / months, slot % months);
            var offered = !(type == FacilityType.CaseDeSante && ServiceElement.Catalogue[element].NotAtHealthHuts);
            var silent = month >= silenceStart && month < silenceStart + silenceLength;
            scores[slot] = (offered ? 1.0 : 0.1) * (silent ? 0.2 : 1.0) * random.NextDouble(0.5, 1.0);
            order[slot] = slot;
            kept[slot] = false;
        }

        Array.Sort(scores, order);
        for (var i = scores.Length - count; i < scores.Length; i++)
        {
            kept[order[i]] = true;
        }
    }

    private static double MeanOf(int element) => ServiceElement.Catalogue[element].PostMonthlyMean;

    /// <summary>The months, oldest first, ending at the last period (yyyyMM).</summary>
    public static IReadOnlyList<string> Periods(ContinentalWorldOptions options)
    {
        var last = int.Parse(options.LastPeriod, CultureInfo.InvariantCulture);
        var end = new DateOnly(last / 100, last % 100, 1);
        return [.. Enumerable.Range(0, options.Months).Select(i => end.AddMonths(i - options.Months + 1).ToString("yyyyMM", CultureInfo.InvariantCulture))];
    }
}
