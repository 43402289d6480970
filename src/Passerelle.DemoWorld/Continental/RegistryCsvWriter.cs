using System.Globalization;
using Passerelle.Core.Facilities;
using Passerelle.DemoWorld.Generation;

namespace Passerelle.DemoWorld.Continental;

/// <summary>
/// Writes the continent's Carte sanitaire list in the ministry's format, as <see cref="RegistryFileWriter"/> does for
/// the national world (UTF-8 with BOM, <c>;</c> between cells, the same French headers), district after district.
/// </summary>
internal static class RegistryCsvWriter
{
    public static long Write(ContinentalLayout layout, ContinentalWorldOptions options, string path, CancellationToken cancellationToken)
    {
        using var csv = new CsvLineWriter(path, ';', quoteAll: false, byteOrderMark: true);
        foreach (var header in RegistryFileWriter.Headers)
        {
            csv.Field(header);
        }

        csv.EndLine();
        var written = 0L;
        foreach (var district in layout.Districts)
        {
            cancellationToken.ThrowIfCancellationRequested();
            foreach (var facility in ContinentalFacilityGenerator.Generate(district, options))
            {
                csv.Field(facility.RegistryCode);
                csv.Field(facility.Name.Full);
                csv.Field(facility.Type.French());
                csv.Field(RegistryBuilder.OwnershipLabel(facility.Ownership));
                csv.Field(district.Region);
                csv.Field(district.Name);
                csv.Field(Coordinate(facility.Location?.Latitude));
                csv.Field(Coordinate(facility.Location?.Longitude));
                csv.Field(facility.Population?.ToString(CultureInfo.InvariantCulture));
                csv.Field(RegistryBuilder.Open);
                csv.EndLine();
                written++;
            }
        }

        return written;
    }

    private static string Coordinate(double? value) => value?.ToString("0.######", CultureInfo.InvariantCulture) ?? string.Empty;
}
