using System.Globalization;
using CsvHelper;

namespace Passerelle.DemoWorld.Reference;

/// <summary>Opens the reference files embedded in this assembly (Data/, see Data/PROVENANCE.md).</summary>
internal static class EmbeddedData
{
    public const string HealthDistricts = "health_districts_79.csv";
    public const string AdminUnits = "admin_units_regions_departements.csv";
    public const string DepartmentPopulation = "ansd_population_departements_2023_2030.csv";
    public const string RegionPopulation = "ansd_population_regions_2023_2030.csv";
    public const string DepartmentPolygons = "ocha_adm2_departments_simplified.geojson";

    public static Stream Open(string fileName)
    {
        var name = "Passerelle.DemoWorld.Data." + fileName;
        return typeof(EmbeddedData).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException(
                $"Ressource intégrée introuvable / embedded resource not found: {name}");
    }

    /// <summary>Reads every row of an embedded CSV (comma-separated, header row) through <paramref name="map"/>.</summary>
    public static List<T> ReadCsv<T>(string fileName, Func<CsvReader, T> map)
    {
        using var csv = CsvReader.Create(Open(fileName), new CsvReaderOptions { Separator = ',', HasHeader = true }, false);
        var rows = new List<T>();
        while (csv.Read())
        {
            try
            {
                rows.Add(map(csv));
            }
            catch (Exception e) when (e is FormatException or ArgumentException or InvalidDataException)
            {
                throw new InvalidDataException(
                    $"Ligne {csv.RowNumber} illisible / unreadable row {csv.RowNumber} in {fileName}: {e.Message}", e);
            }
        }

        return rows;
    }

    public static string Text(CsvReader csv, string column) =>
        csv.GetString(column);

    public static long Integer(CsvReader csv, string column) =>
        long.Parse(Text(csv, column), NumberStyles.Integer, CultureInfo.InvariantCulture);

    public static double Decimal(CsvReader csv, string column) =>
        double.Parse(Text(csv, column), NumberStyles.Float, CultureInfo.InvariantCulture);
}
