using System.Text.Json;
using NetTopologySuite.Features;
using NetTopologySuite.IO.Converters;
using Passerelle.Core.Geography;

namespace Passerelle.DemoWorld.Reference;

/// <summary>
/// The 14 regions, 46 departments and 79 health districts of Senegal with their ANSD populations, read
/// once from the embedded reference files.
/// </summary>
internal sealed class SenegalReference
{
    private static readonly Lazy<SenegalReference> Loaded = new(Load);

    private SenegalReference(
        IReadOnlyList<ReferenceRegion> regions,
        IReadOnlyDictionary<string, ReferenceDepartment> departments,
        IReadOnlyList<ReferenceDistrict> districts)
    {
        Regions = regions;
        Departments = departments;
        Districts = districts;
    }

    public static SenegalReference Instance => Loaded.Value;

    /// <summary>In OCHA P-code order (SN01 Dakar … SN14 Ziguinchor).</summary>
    public IReadOnlyList<ReferenceRegion> Regions { get; }

    /// <summary>By OCHA P-code.</summary>
    public IReadOnlyDictionary<string, ReferenceDepartment> Departments { get; }

    /// <summary>In the order of the 2025 list (alphabetical within region).</summary>
    public IReadOnlyList<ReferenceDistrict> Districts { get; }

    public ReferenceRegion? Region(string code) =>
        Regions.FirstOrDefault(r => string.Equals(r.Code, code, StringComparison.OrdinalIgnoreCase));

    private static SenegalReference Load()
    {
        var regionPopulation = EmbeddedData.ReadCsv(EmbeddedData.RegionPopulation,
                csv => (Code: EmbeddedData.Text(csv, "ansd_region_code"), Population: EmbeddedData.Integer(csv, "pop_2025")))
            .ToDictionary(r => r.Code, r => r.Population, StringComparer.Ordinal);
        var departmentPopulation = EmbeddedData.ReadCsv(EmbeddedData.DepartmentPopulation,
                csv => (Code: EmbeddedData.Text(csv, "ansd_dept_code"), Population: EmbeddedData.Integer(csv, "pop_2025")))
            .ToDictionary(r => r.Code, r => r.Population, StringComparer.Ordinal);
        var polygons = ReadPolygons();

        var units = EmbeddedData.ReadCsv(EmbeddedData.AdminUnits, csv => new
        {
            Level = (int)EmbeddedData.Integer(csv, "level"),
            Pcode = EmbeddedData.Text(csv, "ocha_pcode"),
            Name = EmbeddedData.Text(csv, "name"),
            AnsdCode = EmbeddedData.Text(csv, "ansd_code"),
            ParentAnsdCode = EmbeddedData.Text(csv, "parent_ansd_code"),
            Label = new GeoPoint(EmbeddedData.Decimal(csv, "label_lat"), EmbeddedData.Decimal(csv, "label_lon")),
        });

        var regions = units.Where(u => u.Level == 1)
            .OrderBy(u => u.Pcode, StringComparer.Ordinal)
            .Select(u => new ReferenceRegion(u.AnsdCode, u.Pcode, u.Name, u.Label, regionPopulation[u.AnsdCode]))
            .ToList();
        var departments = units.Where(u => u.Level == 2)
            .Select(u => new ReferenceDepartment(
                u.Pcode, u.AnsdCode, u.Name, u.ParentAnsdCode, u.Label, departmentPopulation[u.AnsdCode],
                polygons.TryGetValue(u.Pcode, out var area)
                    ? area
                    : throw new InvalidDataException($"Polygone manquant / missing polygon for department {u.Pcode}")))
            .ToDictionary(d => d.Pcode, StringComparer.Ordinal);

        return new SenegalReference(regions, departments, ReadDistricts());
    }

    private static List<ReferenceDistrict> ReadDistricts()
    {
        var rows = EmbeddedData.ReadCsv(EmbeddedData.HealthDistricts, csv =>
        {
            var exact = EmbeddedData.Text(csv, "district_pop_2025_exact");
            return new
            {
                Sequence = (int)EmbeddedData.Integer(csv, "hd_seq_aphrc2025"),
                SourceName = EmbeddedData.Text(csv, "health_district"),
                RegionCode = EmbeddedData.Text(csv, "region_iso"),
                DepartmentPcode = EmbeddedData.Text(csv, "department_pcode"),
                IsExact = exact.Length > 0,
                Population = exact.Length > 0
                    ? EmbeddedData.Integer(csv, "district_pop_2025_exact")
                    : EmbeddedData.Integer(csv, "district_pop_2025_demo_equal_split"),
            };
        });

        var abbreviations = DistrictAbbreviations.For(rows.Select(r => (r.RegionCode, r.SourceName)).ToList());
        return rows
            .OrderBy(r => r.Sequence)
            .Select(r => new ReferenceDistrict(
                r.Sequence,
                $"{r.RegionCode}-{abbreviations[(r.RegionCode, r.SourceName)]}",
                DistrictSpellings.Display(r.SourceName),
                r.SourceName,
                r.RegionCode,
                r.DepartmentPcode,
                r.Population,
                r.IsExact))
            .ToList();
    }

    private static Dictionary<string, DepartmentArea> ReadPolygons()
    {
        var options = new JsonSerializerOptions();
        options.Converters.Add(new GeoJsonConverterFactory());
        using var stream = EmbeddedData.Open(EmbeddedData.DepartmentPolygons);
        var collection = JsonSerializer.Deserialize<FeatureCollection>(stream, options)
            ?? throw new InvalidDataException($"GeoJSON vide / empty GeoJSON: {EmbeddedData.DepartmentPolygons}");
        return collection.ToDictionary(
            f => f.Attributes["pcode"]?.ToString()
                 ?? throw new InvalidDataException($"Propriété pcode manquante / missing pcode in {EmbeddedData.DepartmentPolygons}"),
            f => new DepartmentArea(f.Geometry),
            StringComparer.Ordinal);
    }
}
