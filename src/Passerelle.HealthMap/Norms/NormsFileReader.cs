using System.Globalization;
using Passerelle.Core.Facilities;
using Passerelle.Core.Norms;
using Passerelle.Core.Workforce;
using Passerelle.HealthMap.Mapping;
using Passerelle.HealthMap.Reading;

namespace Passerelle.HealthMap.Norms;

/// <summary>
/// Reads a norms file (the format of Data/norms_demo.csv, documented in Data/NORMS.md): one row per
/// norm, grouped into editions by <c>version</c>. Any separator and encoding; lines starting with
/// <c>#</c> are comments. Every problem is reported with its line; nothing is half-loaded.
/// </summary>
internal sealed class NormsFileReader
{
    private static readonly string[] Required = ["version", "valid_from", "kind", "rule_id", "threshold"];
    private readonly string _source;
    private readonly List<string> _problems = [];
    private Dictionary<string, int> _columns = [];

    private NormsFileReader(string source) => _source = source;

    public static IReadOnlyList<NormsEdition> Read(byte[] content, string source) => new NormsFileReader(source).ReadAll(content);

    private IReadOnlyList<NormsEdition> ReadAll(byte[] content)
    {
        RawTable table;
        try
        {
            table = CsvTableReader.Read(content);
        }
        catch (UnreadableFileException e)
        {
            throw new NormsFileException(_source, [$"{e.French} / {e.English}"]);
        }

        var rows = table.Rows.Where(r => !r.IsBlank && !r.Cell(0).TrimStart().StartsWith('#')).ToList();
        if (rows.Count == 0)
        {
            throw new NormsFileException(_source, ["Aucune ligne / no rows"]);
        }

        _columns = rows[0].Cells.Select((h, i) => (Key: TextKey.Of(h).Replace(' ', '_'), i))
            .GroupBy(c => c.Key).ToDictionary(g => g.Key, g => g.First().i);
        var missing = Required.Where(c => !_columns.ContainsKey(c)).ToList();
        if (missing.Count > 0)
        {
            throw new NormsFileException(_source, [$"Colonnes manquantes / missing columns: {string.Join(", ", missing)}"]);
        }

        var parsed = rows.Skip(1).Select(ParseRow).Where(r => r is not null).Select(r => r!).ToList();
        var editions = parsed.GroupBy(r => r.Version, StringComparer.Ordinal).Select(ToEdition).ToList();
        if (_problems.Count > 0)
        {
            throw new NormsFileException(_source, _problems);
        }

        return editions;
    }

    private sealed record NormRow(
        int Line, string Version, string Title, DateOnly ValidFrom, DateOnly? ValidTo, string Kind, string RuleId,
        IReadOnlyList<FacilityType> Types, IReadOnlyList<string> Cadres, decimal Threshold, string Unit, string Status,
        bool IsAssumption, string Source);

    private NormRow? ParseRow(RawRow row)
    {
        string Get(string column) => _columns.TryGetValue(column, out var i) ? row.Cell(i).Trim() : string.Empty;
        var before = _problems.Count;
        var line = row.Number;

        var version = Get("version");
        Require(version.Length > 0, line, "version", "version vide", "empty version");
        var validFrom = ParseDate(Get("valid_from"), line, "valid_from", required: true);
        var validTo = ParseDate(Get("valid_to"), line, "valid_to", required: false);
        var kind = NormalizeKind(Get("kind"));
        Require(kind is not null, line, "kind", $"type de norme « {Get("kind")} » inconnu (staffing, coverage, density)", $"unknown norm kind '{Get("kind")}' (staffing, coverage, density)");
        var types = SplitCodes(Get("facility_types")).Select(code => (code, type: FacilityTypeLabels.FromCode(code))).ToList();
        foreach (var (code, _) in types.Where(t => t.type == FacilityType.Unknown))
        {
            Problem(line, "facility_types", $"type de structure « {code} » inconnu (PS, CS1, CS2, EPS1…)", $"unknown facility type '{code}' (PS, CS1, CS2, EPS1…)");
        }

        var cadres = SplitCodes(Get("cadres")).ToList();
        foreach (var cadre in cadres.Where(c => NationalCadres.ByCode(c) is null))
        {
            Problem(line, "cadres", $"cadre « {cadre} » inconnu (MED, SFE, IDE…)", $"unknown cadre '{cadre}' (MED, SFE, IDE…)");
        }

        var thresholdOk = decimal.TryParse(Get("threshold").Replace(',', '.'), NumberStyles.Number, CultureInfo.InvariantCulture, out var threshold) && threshold >= 0;
        Require(thresholdOk, line, "threshold", $"seuil « {Get("threshold")} » invalide", $"invalid threshold '{Get("threshold")}'");
        var status = Get("status");
        var assumption = Get("is_assumption") switch
        {
            "" => status.Contains("ASSUMPTION", StringComparison.OrdinalIgnoreCase) || status.Contains("HYPOTH", StringComparison.OrdinalIgnoreCase),
            var flag => TextKey.Of(flag) is "true" or "oui" or "yes" or "1" or "vrai",
        };

        if (_problems.Count > before || kind is null)
        {
            return null;
        }

        var result = new NormRow(line, version, Get("title"), validFrom!.Value, validTo, kind, Get("rule_id"),
            types.Select(t => t.type).ToList(), cadres.Select(c => NationalCadres.ByCode(c)!.Code).ToList(),
            threshold, Get("unit"), status, assumption, Get("source"));
        CheckShape(result);
        return _problems.Count > before ? null : result;
    }

    private void CheckShape(NormRow row)
    {
        switch (row.Kind)
        {
            case "staffing":
                Require(row.Types.Count == 1 && row.Cadres.Count == 1, row.Line, "facility_types/cadres",
                    "une norme de personnel porte sur un type et un cadre", "a staffing norm names one facility type and one cadre");
                Require(row.Threshold == decimal.Truncate(row.Threshold), row.Line, "threshold",
                    "effectif minimum entier attendu", "whole minimum headcount expected");
                break;
            case "coverage":
                Require(row.Types.Count > 0 && row.Threshold >= 1 && row.Threshold == decimal.Truncate(row.Threshold), row.Line, "facility_types/threshold",
                    "une norme de couverture nomme des types et une population entière", "a coverage norm names facility types and a whole population");
                break;
            default:
                Require(row.Cadres.Count > 0 && row.Threshold > 0 && MeasureOf(row.Unit) is not null, row.Line, "cadres/unit",
                    $"une norme de densité nomme des cadres et une unité connue (« {row.Unit} »)", $"a density norm names cadres and a known unit ('{row.Unit}')");
                break;
        }
    }

    private NormsEdition ToEdition(IGrouping<string, NormRow> rows)
    {
        var first = rows.First();
        foreach (var row in rows.Where(r => r.ValidFrom != first.ValidFrom || r.ValidTo != first.ValidTo))
        {
            Problem(row.Line, "valid_from/valid_to", $"dates différentes des autres lignes de la version « {first.Version} »",
                $"dates differ from the other rows of version '{first.Version}'");
        }

        if (first.ValidTo is { } end && end < first.ValidFrom)
        {
            Problem(first.Line, "valid_to", "fin de validité avant le début", "validity ends before it starts");
        }

        var staffing = rows.Where(r => r.Kind == "staffing").Select(r => new StaffingRule(r.RuleId, r.Status,
            new StaffingNorm(r.Version, r.ValidFrom, r.ValidTo, r.Types[0], r.Cadres[0], (int)r.Threshold, r.IsAssumption, r.Source))).ToList();
        foreach (var clash in staffing.GroupBy(s => (s.Norm.FacilityType, s.Norm.CadreCode)).Where(g => g.Count() > 1))
        {
            Problem(first.Line, "facility_types/cadres", $"version « {first.Version} » : deux normes pour {clash.Key.FacilityType.Code()} × {clash.Key.CadreCode}",
                $"version '{first.Version}': two norms for {clash.Key.FacilityType.Code()} × {clash.Key.CadreCode}");
        }

        var coverage = rows.Where(r => r.Kind == "coverage")
            .Select(r => new CoverageNorm(r.RuleId, r.Types, (int)r.Threshold, r.Status, r.IsAssumption, r.Source)).ToList();
        var density = rows.Where(r => r.Kind == "density")
            .Select(r => new DensityNorm(r.RuleId, r.Cadres, MeasureOf(r.Unit)!.Value, r.Threshold, r.Status, r.IsAssumption, r.Source)).ToList();
        var title = rows.Select(r => r.Title).FirstOrDefault(t => t.Length > 0) ?? first.Version;
        return new NormsEdition(first.Version, title, first.ValidFrom, first.ValidTo, staffing, coverage, density);
    }

    internal static DensityMeasure? MeasureOf(string unit)
    {
        var key = TextKey.Of(unit);
        return key switch
        {
            _ when key.Contains("10000", StringComparison.Ordinal) => DensityMeasure.WorkersPer10000,
            _ when key.Contains("women", StringComparison.Ordinal) || key.Contains("femmes", StringComparison.Ordinal) || key.Contains("far", StringComparison.Ordinal) => DensityMeasure.Women15To49PerWorker,
            _ when key.Contains("population", StringComparison.Ordinal) || key.Contains("habitants", StringComparison.Ordinal) || key.Contains("inhabitants", StringComparison.Ordinal) => DensityMeasure.PopulationPerWorker,
            _ => null,
        };
    }

    private static string? NormalizeKind(string kind) => TextKey.Of(kind) switch
    {
        "staffing" or "personnel" or "effectifs" => "staffing",
        "coverage" or "couverture" => "coverage",
        "density" or "densite" => "density",
        _ => null,
    };

    private static IEnumerable<string> SplitCodes(string text) =>
        text.Split(['+', '|', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private DateOnly? ParseDate(string text, int line, string column, bool required)
    {
        if (text.Length == 0)
        {
            Require(!required, line, column, "date manquante", "date missing");
            return null;
        }

        if (DateOnly.TryParseExact(text, ["yyyy-MM-dd", "dd/MM/yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        Problem(line, column, $"date « {text} » invalide (AAAA-MM-JJ)", $"invalid date '{text}' (YYYY-MM-DD)");
        return null;
    }

    private void Require(bool condition, int line, string column, string french, string english)
    {
        if (!condition)
        {
            Problem(line, column, french, english);
        }
    }

    private void Problem(int line, string column, string french, string english) =>
        _problems.Add($"{_source}:{line} [{column}] — {french} / {english}");
}
