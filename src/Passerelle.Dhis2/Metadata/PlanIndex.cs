using Passerelle.Dhis2.Metadata.Plan;
using Passerelle.Dhis2.Uids;

namespace Passerelle.Dhis2.Metadata;

/// <summary>Code → UID maps of a plan, per object kind, collecting validation errors as it goes.</summary>
internal sealed class PlanIndex
{
    public const int MaxCodeLength = 50;
    public const int MaxNameLength = 230;
    public const int MaxShortNameLength = 50;

    private readonly Dictionary<string, Dictionary<string, string>> _kinds = new(StringComparer.Ordinal);

    public List<string> Errors { get; } = [];

    public PlanIndex(Dhis2PublicationPlan plan)
    {
        foreach (var category in plan.Categories)
        {
            Register("category", category.Code);
            foreach (var option in category.Options)
            {
                Register("categoryOption", option.Code);
            }
        }

        RegisterAll("categoryCombo", plan.CategoryCombos.Select(c => c.Code));
        RegisterAll("dataElement", plan.DataElements.Select(d => d.Code));
        RegisterAll("dataSet", plan.DataSets.Select(d => d.Code));
        RegisterAll("indicatorType", plan.IndicatorTypes.Select(t => t.Code));
        RegisterAll("indicator", plan.Indicators.Select(i => i.Code));
        RegisterAll("organisationUnitGroupSet", plan.OrganisationUnitGroupSets.Select(s => s.Code));
        RegisterAll("organisationUnitGroup", plan.OrganisationUnitGroupSets.SelectMany(s => s.Groups).Select(g => g.Code));
        RegisterAll("visualization", plan.Visualizations.Select(v => v.Code));
        RegisterAll("map", plan.Maps.Select(m => m.Code));
        RegisterAll("dashboard", plan.Dashboards.Select(d => d.Code));
    }

    public bool Contains(string kind, string code) => _kinds.TryGetValue(kind, out var codes) && codes.ContainsKey(code);

    /// <summary>The UID of a plan object, or null (with an error naming <paramref name="owner"/>) when unknown.</summary>
    public string? Resolve(string kind, string code, string owner)
    {
        if (_kinds.TryGetValue(kind, out var codes) && codes.TryGetValue(code, out var uid))
        {
            return uid;
        }

        Errors.Add($"{owner} : {kind} « {code} » absent du plan / not in the plan");
        return null;
    }

    public void CheckNames(string owner, LocalizedText name, LocalizedText? shortName)
    {
        CheckLength(owner, "name", name.French, MaxNameLength);
        CheckLength(owner, "name (en)", name.English, MaxNameLength);
        if (shortName is not null)
        {
            CheckLength(owner, "shortName", shortName.French, MaxShortNameLength);
            CheckLength(owner, "shortName (en)", shortName.English, MaxShortNameLength);
        }
    }

    public void CheckOrgUnitIds(string owner, IEnumerable<string> ids)
    {
        foreach (var id in ids.Where(id => !Dhis2Uid.IsValid(id)))
        {
            Errors.Add($"{owner} : UID d'unité d'organisation invalide « {id} » / invalid org unit UID '{id}'");
        }
    }

    private void RegisterAll(string kind, IEnumerable<string> codes)
    {
        foreach (var code in codes)
        {
            Register(kind, code);
        }
    }

    private void Register(string kind, string code)
    {
        if (string.IsNullOrWhiteSpace(code) || code.Length > MaxCodeLength)
        {
            Errors.Add($"{kind} « {code} » : code vide ou de plus de {MaxCodeLength} caractères / code empty or over {MaxCodeLength} characters");
            return;
        }

        if (!_kinds.TryGetValue(kind, out var codes))
        {
            codes = new Dictionary<string, string>(StringComparer.Ordinal);
            _kinds[kind] = codes;
        }

        if (!codes.TryAdd(code, Dhis2Uid.FromCode(kind, code)))
        {
            Errors.Add($"{kind} « {code} » : code en double / duplicate code");
        }
    }

    private void CheckLength(string owner, string field, string value, int max)
    {
        if (string.IsNullOrWhiteSpace(value) || value.Length > max)
        {
            Errors.Add($"{owner} : {field} vide ou de plus de {max} caractères « {value} » / {field} empty or over {max} characters");
        }
    }
}
