using System.Globalization;
using Passerelle.HealthMap.Data;
using Passerelle.HealthMap.Mapping;

namespace Passerelle.HealthMap.Population;

/// <summary>
/// Population by region, department and health district for 2023 (RGPH-5 census) to 2030 (ANSD
/// projections), shipped in the assembly. District figures are the department's figure where the
/// department is one district, and a SYNTHETIC equal split otherwise (see <see cref="PopulationMethod"/>).
/// Women 15–49 are not in the shipped ANSD files: <see cref="Women15To49"/> estimates them with
/// <see cref="Women15To49Share"/> and says so.
/// </summary>
/// <example>
/// <code>
/// var population = PopulationTable.Ansd;
/// var thies = population.Region("SN-TH", 2025);              // 2,587,091 (projection)
/// var pout = population.District("Pout", 2025);              // synthetic equal split of Thiès department
/// var far = population.Women15To49(thies!);                  // 24 % estimate, method stated
/// </code>
/// </example>
public sealed class PopulationTable
{
    /// <summary>Share of women aged 15–49 in the total population used when no count is available.</summary>
    public const decimal Women15To49Share = 0.24m;

    /// <summary>Where <see cref="Women15To49Share"/> comes from.</summary>
    public const string Women15To49ShareSource =
        "ESTIMATION : FAR ≈ 24 % de la population (hypothèse du projet, senegal.md §3.3 ; à remplacer par les effectifs par âge du RGPH-5) / " +
        "ESTIMATE: women 15–49 ≈ 24% of the population (project assumption, senegal.md §3.3; replace with RGPH-5 age counts)";

    /// <summary>Attribution for the figures.</summary>
    public const string Attribution = "Population : ANSD, RGPH-5 (2023) et projections 2024-2030 (citer la source / cite the source)";

    private static readonly Lazy<PopulationTable> Shipped = new(Load);
    private readonly Dictionary<(PopulationLevel, string, int), PopulationFigure> _byCode;

    private PopulationTable(IReadOnlyList<PopulationFigure> figures, IReadOnlyList<HealthDistrict> districts)
    {
        Figures = figures;
        Districts = districts;
        _byCode = figures.ToDictionary(f => (f.Level, Key(f.Level, f.Code), f.Year));
        Years = figures.Select(f => f.Year).Distinct().Order().ToList();
    }

    /// <summary>The ANSD figures shipped with Passerelle.</summary>
    public static PopulationTable Ansd => Shipped.Value;

    public IReadOnlyList<PopulationFigure> Figures { get; }

    /// <summary>The 79 health districts of the 2025 list.</summary>
    public IReadOnlyList<HealthDistrict> Districts { get; }

    public IReadOnlyList<int> Years { get; }

    public IReadOnlyList<PopulationFigure> At(PopulationLevel level, int year) =>
        Figures.Where(f => f.Level == level && f.Year == year).ToList();

    public PopulationFigure National(int year) => Find(PopulationLevel.National, "SN", year)
        ?? throw new ArgumentOutOfRangeException(nameof(year), year, $"Pas de population pour {year} / no population for {year} ({Years[0]}–{Years[^1]})");

    /// <summary>A region by ISO/ANSD code (<c>SN-TH</c>) or name (« Thiès », "THIES").</summary>
    public PopulationFigure? Region(string codeOrName, int year) => Find(PopulationLevel.Region, codeOrName, year);

    /// <summary>A department by ANSD code (<c>SN-TH-MB</c>) or name.</summary>
    public PopulationFigure? Department(string codeOrName, int year) => Find(PopulationLevel.Department, codeOrName, year);

    /// <summary>A health district by name, any known spelling ("Birkilane", "DS Joal").</summary>
    public PopulationFigure? District(string name, int year) => Find(PopulationLevel.HealthDistrict, name, year);

    /// <summary>Women 15–49 in the area: estimated with <see cref="Women15To49Share"/> (no count ships with Passerelle).</summary>
    public static Women15To49Estimate Women15To49(PopulationFigure population)
    {
        ArgumentNullException.ThrowIfNull(population);
        var women = (long)Math.Round(population.Population * Women15To49Share, MidpointRounding.AwayFromZero);
        return new Women15To49Estimate(population, women, Women15To49Share, IsEstimate: true, Women15To49ShareSource);
    }

    private PopulationFigure? Find(PopulationLevel level, string codeOrName, int year)
    {
        if (_byCode.TryGetValue((level, Key(level, codeOrName), year), out var byCode))
        {
            return byCode;
        }

        var name = TextKey.Compact(codeOrName);
        return Figures.FirstOrDefault(f => f.Level == level && f.Year == year && TextKey.Compact(f.Name) == name);
    }

    private static string Key(PopulationLevel level, string code) =>
        level == PopulationLevel.HealthDistrict ? DistrictNameVariants.CanonicalKey(code) : code.Trim().ToUpperInvariant();

    private static PopulationTable Load()
    {
        var names = EmbeddedData.ReadCsv(EmbeddedData.AdministrativeUnits).ToDictionary(u => u["ansd_code"], u => u["name"]);
        var figures = new List<PopulationFigure>();
        foreach (var row in EmbeddedData.ReadCsv(EmbeddedData.RegionPopulation))
        {
            var code = row["ansd_region_code"];
            var level = code == "SN" ? PopulationLevel.National : PopulationLevel.Region;
            figures.AddRange(YearColumns(row).Select(y => Figure(level, code, names.GetValueOrDefault(code, Title(row["region"])),
                level == PopulationLevel.Region ? "SN" : null, y.Year, y.Population)));
        }

        var departments = EmbeddedData.ReadCsv(EmbeddedData.DepartmentPopulation);
        foreach (var row in departments)
        {
            var code = row["ansd_dept_code"];
            figures.AddRange(YearColumns(row).Select(y => Figure(PopulationLevel.Department, code,
                names.GetValueOrDefault(code, Title(row["departement"])), row["ansd_region_code"], y.Year, y.Population)));
        }

        var districts = EmbeddedData.ReadCsv(EmbeddedData.HealthDistricts).Select(d => new HealthDistrict(
            d["health_district"], int.Parse(d["hd_seq_aphrc2025"], CultureInfo.InvariantCulture), d["region_iso"], d["region_pcode"],
            d["department_ansd_code"], d["department_pcode"], int.Parse(d["n_districts_in_department"], CultureInfo.InvariantCulture))).ToList();
        figures.AddRange(DistrictFigures(districts, figures.Where(f => f.Level == PopulationLevel.Department).ToList()));
        return new PopulationTable(figures, districts);
    }

    /// <summary>
    /// The method of health_districts_79.csv applied to every year: a department with one district gives
    /// it its figure; otherwise the figure is split equally, the remainder to the first district of the list.
    /// </summary>
    private static IEnumerable<PopulationFigure> DistrictFigures(IReadOnlyList<HealthDistrict> districts, IEnumerable<PopulationFigure> departmentFigures)
    {
        foreach (var department in departmentFigures)
        {
            var members = districts.Where(d => d.DepartmentCode == department.Code).OrderBy(d => d.DemoKey).ToList();
            var share = department.Population / members.Count;
            var remainder = department.Population - (share * members.Count);
            for (var i = 0; i < members.Count; i++)
            {
                var alone = members.Count == 1;
                yield return new PopulationFigure(
                    PopulationLevel.HealthDistrict,
                    members[i].Name,
                    members[i].Name,
                    department.Code,
                    department.Year,
                    share + (i == 0 ? remainder : 0),
                    alone ? PopulationMethod.DepartmentTotal : PopulationMethod.SyntheticEqualSplit,
                    alone
                        ? $"exact: district = department {department.Name} (ANSD {department.Year})"
                        : $"SYNTHETIC: department {department.Year} population divided equally among its {members.Count} districts (remainder added to the first district); demo only, not an official figure");
            }
        }
    }

    private static IEnumerable<(int Year, long Population)> YearColumns(IReadOnlyDictionary<string, string> row) =>
        row.Where(p => p.Key.StartsWith("pop_", StringComparison.Ordinal))
            .Select(p => (int.Parse(p.Key[4..], CultureInfo.InvariantCulture), long.Parse(p.Value, CultureInfo.InvariantCulture)));

    private static PopulationFigure Figure(PopulationLevel level, string code, string name, string? parent, int year, long population) =>
        new(level, code, name, parent, year, population,
            year == 2023 ? PopulationMethod.Census : PopulationMethod.Projection,
            year == 2023 ? "ANSD RGPH-5 (2023), recensement / census" : $"ANSD, projection {year} (DF_PROJ_POP_2050_DEP)");

    private static string Title(string upper) => CultureInfo.GetCultureInfo("fr-FR").TextInfo.ToTitleCase(upper.ToLowerInvariant());
}
