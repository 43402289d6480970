using System.Globalization;
using System.Text;
using CsvHelper;

namespace Passerelle.DemoWorld.Tests;

public sealed class RegistryFileWriterTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "passerelle-demoworld-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public void WriteCsv_StartsWithABomAndTheFrenchHeader()
    {
        // Given
        var path = Path.Combine(_folder, "carte.csv");

        // When
        RegistryFileWriter.WriteCsv(DemoWorlds.Default, path);

        // Then
        var bytes = File.ReadAllBytes(path);
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var firstLine = new UTF8Encoding(false).GetString(bytes[3..]).Split("\r\n")[0];
        Assert.Equal("Code;Nom de la structure;Type;Statut juridique;Région;District sanitaire;Latitude;Longitude;Population desservie;Statut", firstLine);
    }

    [Fact]
    public void WriteCsv_RowsReadBackAsTheRegistry()
    {
        // Given: a French culture, whose decimal comma must not leak into coordinates
        var path = Path.Combine(_folder, "carte.csv");
        var culture = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("fr-FR");
        try
        {
            RegistryFileWriter.WriteCsv(DemoWorlds.Default, path);
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
        }

        // When
        var rows = ReadBack(path);

        // Then
        var registry = DemoWorlds.Default.Registry;
        Assert.Equal(registry.Count, rows.Count);
        var located = registry.Select((r, i) => (Record: r, Row: rows[i])).First(x => x.Record.Latitude is not null && x.Record.Name.Contains('é', StringComparison.Ordinal));
        Assert.Equal(located.Record.Code, located.Row["Code"]);
        Assert.Equal(located.Record.Name, located.Row["Nom de la structure"]);
        Assert.Equal(located.Record.Region, located.Row["Région"]);
        Assert.Equal(located.Record.Latitude!.Value, double.Parse(located.Row["Latitude"], CultureInfo.InvariantCulture), 6);
        Assert.Equal(located.Record.Longitude!.Value, double.Parse(located.Row["Longitude"], CultureInfo.InvariantCulture), 6);
        Assert.Contains('.', located.Row["Latitude"]);
    }

    [Fact]
    public void WriteCsv_LeavesMissingValuesEmpty()
    {
        var path = Path.Combine(_folder, "carte.csv");
        RegistryFileWriter.WriteCsv(DemoWorlds.Default, path);

        var rows = ReadBack(path);

        var registry = DemoWorlds.Default.Registry;
        var missing = registry.Select((r, i) => (Record: r, Row: rows[i])).First(x => x.Record.Latitude is null);
        Assert.Equal("", missing.Row["Latitude"]);
        Assert.Equal("", missing.Row["Longitude"]);
        var noPopulation = registry.Select((r, i) => (Record: r, Row: rows[i])).First(x => x.Record.CatchmentPopulation is null);
        Assert.Equal("", noPopulation.Row["Population desservie"]);
    }

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private static List<Dictionary<string, string>> ReadBack(string path)
    {
        using var csv = CsvReader.Create(File.OpenRead(path), new CsvReaderOptions { Separator = ';' }, false);
        var rows = new List<Dictionary<string, string>>();
        while (csv.Read())
        {
            rows.Add(RegistryFileWriter.Headers.ToDictionary(h => h, csv.GetString));
        }

        return rows;
    }
}
