using System.Globalization;
using CsvHelper;
using Passerelle.DemoWorld.Model;

namespace Passerelle.DemoWorld;

/// <summary>
/// Writes the Carte sanitaire facility list as the ministry would hand it over: UTF-8 with BOM (so Excel reads
/// the accents), <c>;</c> between cells, French headers, decimal point in coordinates, empty cells where a value
/// is missing.
/// </summary>
public static class RegistryFileWriter
{
    public static IReadOnlyList<string> Headers { get; } =
    [
        "Code", "Nom de la structure", "Type", "Statut juridique", "Région", "District sanitaire",
        "Latitude", "Longitude", "Population desservie", "Statut",
    ];

    /// <summary>Writes <paramref name="world"/>'s registry to <paramref name="path"/>, creating its folder if needed.</summary>
    public static void WriteCsv(DemoWorldModel world, string path)
    {
        ArgumentNullException.ThrowIfNull(world);
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        using var file = File.Create(path);
        WriteCsv(world, file);
    }

    /// <summary>Writes the registry, BOM first, to <paramref name="destination"/>, which stays open.</summary>
    public static void WriteCsv(DemoWorldModel world, Stream destination)
    {
        ArgumentNullException.ThrowIfNull(world);
        ArgumentNullException.ThrowIfNull(destination);
        var options = new CsvWriterOptions { Separator = ';', WriteByteOrderMark = true, FormatProvider = CultureInfo.InvariantCulture };
        using var csv = CsvWriter.Create(destination, options, true);
        csv.WriteHeader([.. Headers]);
        foreach (var row in world.Registry)
        {
            csv.WriteField(row.Code);
            csv.WriteField(row.Name);
            csv.WriteField(row.TypeLabel);
            csv.WriteField(row.Ownership);
            csv.WriteField(row.Region);
            csv.WriteField(row.District);
            csv.WriteField(Coordinate(row.Latitude));
            csv.WriteField(Coordinate(row.Longitude));
            csv.WriteField(row.CatchmentPopulation?.ToString(CultureInfo.InvariantCulture) ?? "");
            csv.WriteField(row.Status);
            csv.EndRecord();
        }

        csv.Flush();
    }

    private static string Coordinate(double? value) =>
        value?.ToString("0.######", CultureInfo.InvariantCulture) ?? "";
}
