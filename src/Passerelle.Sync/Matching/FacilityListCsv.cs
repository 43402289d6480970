using System.Globalization;
using System.Text;
using CsvHelper;
using Passerelle.Core.Facilities;
using Passerelle.Core.Geography;

namespace Passerelle.Sync.Matching;

/// <summary>
/// Reads a facility list for <c>passerelle match</c>: UTF-8 CSV (BOM tolerated) with header
/// <c>id,name,type,region,district,latitude,longitude</c>. Only <c>id</c> and <c>name</c> are
/// required; other columns may be empty or absent, extra columns are ignored, fields may be quoted.
/// A bad row stops the read with an error naming the file, the row and the column.
/// </summary>
public static class FacilityListCsv
{
    private static readonly string[] Required = ["id", "name"];

    public static async Task<IReadOnlyList<SourceFacility>> ReadAsync(string path, SourceSystem source, CancellationToken cancellationToken)
    {
        if (!File.Exists(path))
        {
            throw new FacilityCsvException(path, null, null, "fichier introuvable", "file not found");
        }

        using var reader = new StreamReader(path, new UTF8Encoding(false, throwOnInvalidBytes: true), detectEncodingFromByteOrderMarks: true);
        var options = new CsvReaderOptions { TrackLineNumbers = true, TrimWhitespace = true, HasHeader = true };
        await using var csv = CsvReader.Create(reader, options, leaveOpen: false);
        try
        {
            await csv.ReadHeaderAsync(cancellationToken);
            var header = csv.Headers.Select(h => h.Trim().TrimStart('\uFEFF').ToLowerInvariant()).ToArray();
            if (header.Length == 0 || header.All(h => h.Length == 0))
            {
                throw new FacilityCsvException(path, null, null, "fichier vide (en-tête attendu : id,name,…)", "empty file (expected header: id,name,…)");
            }

            var missing = Required.Where(r => !header.Contains(r)).ToList();
            if (missing.Count > 0)
            {
                throw new FacilityCsvException(path, 1, string.Join(",", missing),
                    $"colonne(s) obligatoire(s) absente(s) : {string.Join(", ", missing)}", $"required column(s) missing: {string.Join(", ", missing)}");
            }

            var columns = header.Select((name, index) => (name, index)).GroupBy(c => c.name).ToDictionary(g => g.Key, g => g.First().index);
            var facilities = new List<SourceFacility>();
            var seen = new Dictionary<string, int>(StringComparer.Ordinal);
            while (await csv.ReadAsync(cancellationToken))
            {
                var row = (int)csv.LineNumber;
                var facility = ReadRow(csv, columns, path, row, source);
                if (seen.TryGetValue(facility.SourceId, out var firstRow))
                {
                    throw new FacilityCsvException(path, row, "id", $"identifiant « {facility.SourceId} » en double (déjà ligne {firstRow})", $"duplicate id \"{facility.SourceId}\" (already on row {firstRow})");
                }

                seen[facility.SourceId] = row;
                facilities.Add(facility);
            }

            return facilities;
        }
        catch (DecoderFallbackException)
        {
            throw new FacilityCsvException(path, null, null, "le fichier n'est pas en UTF-8", "the file is not UTF-8");
        }
        catch (CsvFormatException exception)
        {
            throw new FacilityCsvException(path, null, null, "CSV mal formé : " + exception.Message, "malformed CSV: " + exception.Message);
        }
    }

    private static SourceFacility ReadRow(CsvReader csv, Dictionary<string, int> columns, string path, int row, SourceSystem source)
    {
        string? Field(string name) =>
            columns.TryGetValue(name, out var index) && index < csv.FieldCount && csv.GetString(index) is { } value && !string.IsNullOrWhiteSpace(value)
                ? value.Trim()
                : null;

        var id = Field("id") ?? throw new FacilityCsvException(path, row, "id", "identifiant vide", "empty id");
        var name = Field("name") ?? throw new FacilityCsvException(path, row, "name", "nom vide", "empty name");
        var latitude = Coordinate(Field("latitude"), path, row, "latitude", 90);
        var longitude = Coordinate(Field("longitude"), path, row, "longitude", 180);
        if (latitude.HasValue != longitude.HasValue)
        {
            var column = latitude.HasValue ? "longitude" : "latitude";
            throw new FacilityCsvException(path, row, column, "latitude et longitude vont ensemble : l'une manque", "latitude and longitude go together: one is missing");
        }

        var typeLabel = Field("type");
        return new SourceFacility(
            source,
            id,
            name,
            typeLabel,
            FacilityType.Unknown,
            Field("region"),
            Field("district"),
            latitude is { } lat && longitude is { } lon ? new GeoPoint(lat, lon) : null,
            new Dictionary<string, string>());
    }

    private static double? Coordinate(string? text, string path, int row, string column, double limit)
    {
        if (text is null)
        {
            return null;
        }

        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || double.IsNaN(value))
        {
            throw new FacilityCsvException(path, row, column, $"« {text} » n'est pas un nombre (point décimal attendu, ex. 14.6928)", $"\"{text}\" is not a number (decimal point expected, e.g. 14.6928)");
        }

        if (Math.Abs(value) > limit)
        {
            throw new FacilityCsvException(path, row, column, $"{text} hors de [-{limit}, {limit}]", $"{text} is outside [-{limit}, {limit}]");
        }

        return value;
    }
}
