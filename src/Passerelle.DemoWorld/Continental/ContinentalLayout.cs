using System.Globalization;
using Passerelle.Core.Geography;
using Passerelle.DemoWorld.Naming;
using Passerelle.DemoWorld.Randomness;

namespace Passerelle.DemoWorld.Continental;

/// <summary>
/// The continent as countries, regions and districts — the only part of a continental world held in memory
/// (a few thousand districts). Countries are national-size (up to 14 regions, 79 districts, ~57 facilities a
/// district, as Senegal); their region and district names are invented and prefixed with the country code
/// (<c>C07 Ndiaffate</c>) so that no two countries share one. Points are drawn inside a box that lies within
/// Senegal, because the Carte sanitaire reader checks coordinates against Senegal's boundaries: the continent's
/// volume is laid over Senegal's map rather than over Africa's.
/// </summary>
internal sealed class ContinentalLayout
{
    public const int MaxRegionsPerCountry = 14;
    public const int MaxDistrictsPerCountry = 79;
    public const double FacilitiesPerDistrict = 57.5;

    // Inland Senegal between the Gambia and the river: every point here is inside the country.
    public const double SouthLatitude = 14.0;
    public const double NorthLatitude = 15.4;
    public const double WestLongitude = -16.3;
    public const double EastLongitude = -12.6;

    private static readonly NameFlavour[] Flavours = [NameFlavour.Wolof, NameFlavour.Serer, NameFlavour.Pulaar, NameFlavour.Mandinka, NameFlavour.Diola];

    private ContinentalLayout(IReadOnlyList<ContinentalDistrict> districts) => Districts = districts;

    public IReadOnlyList<ContinentalDistrict> Districts { get; }

    public static ContinentalLayout Build(ContinentalWorldOptions options)
    {
        var random = SeededRandom.For(options.Seed, "continental/layout");
        var names = new HashSet<string>(StringComparer.Ordinal);
        var districts = new List<ContinentalDistrict>();
        var countries = options.Countries;
        long facilityStart = 0;
        for (var c = 0; c < countries; c++)
        {
            var code = string.Create(CultureInfo.InvariantCulture, $"C{c + 1:D2}");
            var inCountry = (int)Share(options.Facilities, c, countries);
            var districtCount = Math.Clamp((int)Math.Round(inCountry / FacilitiesPerDistrict), 1, Math.Min(MaxDistrictsPerCountry, inCountry));
            var regionCount = Math.Clamp((int)Math.Ceiling(districtCount / 5.6), 1, MaxRegionsPerCountry);
            var regions = new string[regionCount];
            for (var r = 0; r < regionCount; r++)
            {
                regions[r] = $"{code} {PlaceNameGenerator.Next(random, Flavours[(c + r) % Flavours.Length], names)}";
            }

            for (var d = 0; d < districtCount; d++)
            {
                var region = d % regionCount;
                var flavour = Flavours[(c + region) % Flavours.Length];
                var facilities = (int)Share(inCountry, d, districtCount);
                var workers = (int)(Cumulative(options.Workers, facilityStart + facilities, options.Facilities) - Cumulative(options.Workers, facilityStart, options.Facilities));
                var centre = new GeoPoint(random.NextDouble(SouthLatitude + 0.1, NorthLatitude - 0.1), random.NextDouble(WestLongitude + 0.1, EastLongitude - 0.1));
                districts.Add(new ContinentalDistrict(
                    districts.Count, code, regions[region], $"{code} {PlaceNameGenerator.Next(random, flavour, names)}", flavour, centre,
                    IsRegionCapital: d < regionCount, facilityStart, facilities, workers));
                facilityStart += facilities;
            }
        }

        return new ContinentalLayout(districts);
    }

    /// <summary>The <paramref name="index"/>-th of <paramref name="parts"/> near-equal shares of <paramref name="total"/>; the shares add up to it exactly.</summary>
    public static long Share(long total, long index, long parts) => Cumulative(total, index + 1, parts) - Cumulative(total, index, parts);

    /// <summary>⌊total × upTo / parts⌋, without overflow.</summary>
    public static long Cumulative(long total, long upTo, long parts) => (long)((Int128)total * upTo / parts);
}
