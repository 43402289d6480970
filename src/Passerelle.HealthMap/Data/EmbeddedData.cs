using System.Globalization;
using CsvHelper;

namespace Passerelle.HealthMap.Data;

/// <summary>
/// The reference files shipped inside the assembly (see Data/PROVENANCE.md), so that nothing reads
/// the reference pack at run time.
/// </summary>
internal static class EmbeddedData
{
    public const string HealthDistricts = "health_districts_79.csv";
    public const string DepartmentPopulation = "ansd_population_departements_2023_2030.csv";
    public const string RegionPopulation = "ansd_population_regions_2023_2030.csv";
    public const string AdministrativeUnits = "admin_units_regions_departements.csv";
    public const string DepartmentPolygons = "ocha_adm2_departments_simplified.geojson";
    public const string NormsReference = "norms_and_benchmarks_reference.csv";
    public const string DemoNorms = "norms_demo.csv";
    public const string Provenance = "PROVENANCE.md";

    public static Stream Open(string fileName)
    {
        var name = "Passerelle.HealthMap.Data." + fileName;
        return typeof(EmbeddedData).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Ressource intégrée absente / embedded resource missing: {name}");
    }

    public static string ReadText(string fileName)
    {
        using var reader = new StreamReader(Open(fileName));
        return reader.ReadToEnd();
    }

    /// <summary>The rows of an embedded CSV (comma separated, UTF-8, with a header) by column name.</summary>
    public static IReadOnlyList<IReadOnlyDictionary<string, string>> ReadCsv(string fileName) => ReadCsvText(ReadText(fileName));

    public static IReadOnlyList<IReadOnlyDictionary<string, string>> ReadCsvText(string text)
    {
        var options = CsvReaderOptions.Default with
        {
            Separator = ',',
            HasHeader = true,
            CommentPrefix = '#',
            FormatProvider = CultureInfo.InvariantCulture,
        };
        using var reader = CsvReader.FromText(text, options);
        var rows = new List<IReadOnlyDictionary<string, string>>();
        while (reader.Read())
        {
            var headers = reader.Headers;
            var row = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            for (var i = 0; i < headers.Count && i < reader.FieldCount; i++)
            {
                row[headers[i]] = reader.GetString(i)?.Trim() ?? string.Empty;
            }

            rows.Add(row);
        }

        return rows;
    }
}
