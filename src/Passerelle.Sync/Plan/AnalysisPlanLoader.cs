using System.Reflection;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Passerelle.Sync.Plan;

/// <summary>Reads and checks an analysis plan (<c>passerelle plan check</c>).</summary>
public static class AnalysisPlanLoader
{
    private const string ShippedResource = "Passerelle.Sync.Plan.analysis-plan.yaml";

    /// <summary>The plan shipped with Passerelle.</summary>
    public static AnalysisPlan LoadShipped() => Parse(ShippedYaml(), "analysis-plan.yaml (livré / shipped)");

    public static string ShippedYaml()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(ShippedResource)
            ?? throw new InvalidOperationException("missing resource " + ShippedResource);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    public static AnalysisPlan Load(string path) =>
        File.Exists(path)
            ? Parse(File.ReadAllText(path), path)
            : throw new AnalysisPlanException(path, [$"fichier introuvable / file not found: {path}"]);

    public static AnalysisPlan Parse(string yaml, string source)
    {
        var deserializer = new DeserializerBuilder().WithNamingConvention(CamelCaseNamingConvention.Instance).Build();
        AnalysisPlan plan;
        try
        {
            plan = deserializer.Deserialize<AnalysisPlan?>(yaml) ?? new AnalysisPlan();
        }
        catch (YamlException e)
        {
            throw new AnalysisPlanException(source, [$"ligne / line {e.Start.Line}, colonne / column {e.Start.Column}: {e.InnerException?.Message ?? e.Message}"]);
        }

        var problems = Check(plan);
        return problems.Count == 0 ? plan : throw new AnalysisPlanException(source, problems);
    }

    /// <summary>Every problem of the plan, each naming the question or indicator and the fix.</summary>
    public static IReadOnlyList<string> Check(AnalysisPlan plan)
    {
        var problems = new List<string>();
        if (plan.Questions.Count == 0)
        {
            problems.Add("questions: aucune question / no question");
        }

        var codes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var indicator in plan.Indicators)
        {
            CheckIndicator(indicator, codes, problems);
        }

        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var question in plan.Questions)
        {
            var where = $"questions[{question.Id}]";
            if (string.IsNullOrWhiteSpace(question.Id) || !ids.Add(question.Id))
            {
                problems.Add($"{where}: id vide ou en double / empty or duplicate id");
            }

            if (string.IsNullOrWhiteSpace(question.Fr) || string.IsNullOrWhiteSpace(question.En))
            {
                problems.Add($"{where}: libellés fr et en requis / fr and en texts required");
            }

            if (question.Indicators.Count == 0)
            {
                problems.Add($"{where}: aucun indicateur ne répond / no indicator answers it");
            }

            foreach (var code in question.Indicators.Where(c => !codes.Contains(c)))
            {
                problems.Add($"{where}: indicateur inconnu / unknown indicator « {code} »");
            }
        }

        foreach (var standard in plan.Wisn)
        {
            CheckWisn(standard, problems);
        }

        return problems;
    }

    private static void CheckWisn(WisnStandard standard, List<string> problems)
    {
        var where = $"wisn[{standard.Cadre}]";
        if (Core.Workforce.NationalCadres.ByCode(standard.Cadre) is null)
        {
            problems.Add($"{where}.cadre: cadre national inconnu / unknown national cadre « {standard.Cadre} »");
        }

        if (standard.ToWorkingTime().Hours <= 0)
        {
            problems.Add($"{where}.workingTime: temps de travail disponible nul / no available working time");
        }

        if (standard.Activities.Count == 0)
        {
            problems.Add($"{where}.activities: aucune activité / no activity");
        }

        foreach (var activity in standard.Activities.Where(a => string.IsNullOrWhiteSpace(a.DataElement) || a.MinutesPerActivity <= 0 || a.Share is <= 0 or > 1))
        {
            problems.Add($"{where}.activities[{activity.DataElement}]: élément, durée > 0 et part dans ]0, 1] requis / data element, minutes > 0 and share in (0, 1] required");
        }

        var time = standard.ToWorkingTime();
        if (time.Hours > 0 && standard.ToCategoryAllowances().Sum(a => Core.Indicators.Wisn.WisnCalculator.AnnualHours(a.Hours, a.Frequency, time)) >= time.Hours)
        {
            problems.Add($"{where}.categoryAllowances: les activités de soutien prennent tout le temps / support activities take all the time (CAF undefined)");
        }
    }

    private static void CheckIndicator(PlanIndicator indicator, HashSet<string> codes, List<string> problems)
    {
        var where = $"indicators[{indicator.Code}]";
        if (string.IsNullOrWhiteSpace(indicator.Code) || !codes.Add(indicator.Code))
        {
            problems.Add($"{where}: code vide ou en double / empty or duplicate code");
        }

        if (string.IsNullOrWhiteSpace(indicator.Fr) || string.IsNullOrWhiteSpace(indicator.En))
        {
            problems.Add($"{where}: libellés fr et en requis / fr and en names required");
        }

        if (!IndicatorFormulas.Known.TryGetValue(indicator.Formula, out var parameters))
        {
            problems.Add($"{where}.formula: « {indicator.Formula} » inconnue / unknown; connues / known: {string.Join(", ", IndicatorFormulas.Known.Keys)}");
        }
        else
        {
            foreach (var missing in parameters.Where(p => !indicator.Parameters.ContainsKey(p)))
            {
                problems.Add($"{where}.parameters: « {missing} » requis pour / required by {indicator.Formula}");
            }
        }

        foreach (var source in indicator.Sources.Where(s => !IndicatorFormulas.Sources.Contains(s)))
        {
            problems.Add($"{where}.sources: « {source} » inconnue / unknown; connues / known: {string.Join(", ", IndicatorFormulas.Sources)}");
        }

        foreach (var level in indicator.Levels.Where(l => !IndicatorFormulas.Levels.Contains(l)))
        {
            problems.Add($"{where}.levels: « {level} » inconnu / unknown; connus / known: {string.Join(", ", IndicatorFormulas.Levels)}");
        }

        if (!IndicatorFormulas.Periods.Contains(indicator.Period))
        {
            problems.Add($"{where}.period: « {indicator.Period} » — Monthly ou / or Yearly");
        }
    }
}

/// <summary>An analysis plan that cannot be used; each problem names where and why.</summary>
public sealed class AnalysisPlanException(string source, IReadOnlyList<string> problems)
    : Exception($"Plan d'analyse invalide / invalid analysis plan ({source}):{Environment.NewLine}- {string.Join(Environment.NewLine + "- ", problems)}")
{
    public IReadOnlyList<string> Problems { get; } = problems;
}
