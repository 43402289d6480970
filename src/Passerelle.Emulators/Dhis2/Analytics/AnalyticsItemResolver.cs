using System.Globalization;
using System.Text.Json.Nodes;
using Passerelle.Emulators.Dhis2.Api;
using Passerelle.Emulators.Dhis2.DataValues;

namespace Passerelle.Emulators.Dhis2.Analytics;

/// <summary>Turns requested dimension items into output items and records their names in <c>metaData.items</c>.</summary>
internal sealed class AnalyticsItemResolver(Dhis2Request request, JsonObject items)
{
    private readonly Dhis2Store _store = request.Store;

    public void Resolve(AnalyticsDimension dimension)
    {
        switch (dimension.Id)
        {
            case "dx":
                ResolveData(dimension);
                break;
            case "pe":
                ResolvePeriods(dimension);
                break;
            case "ou":
                ResolveOrgUnits(dimension);
                break;
            case "co":
                break;
            default:
                throw Dhis2ApiException.Conflict($"Dimension identifier does not reference any dimension: `{dimension.Id}`", "E7125");
        }

        if (dimension.Items.Count == 0 && dimension.Id != "co")
        {
            throw Dhis2ApiException.Conflict($"Dimension is present in query without any valid dimension options: `{dimension.Id}`", "E7124");
        }
    }

    /// <summary>The user's data view roots (the world's root units for the emulator's superusers).</summary>
    public IReadOnlyList<string> UserRoots() => request.User.OrganisationUnits.Count > 0
        ? request.User.OrganisationUnits
        : [.. _store.All("organisationUnits").Where(o => o["parent"] is null).Select(o => (string)o["id"]!)];

    private void ResolveData(AnalyticsDimension dimension)
    {
        foreach (var item in dimension.RequestedItems)
        {
            var parts = item.Split('.');
            var element = _store.Get("dataElements", parts[0]);
            var indicator = parts.Length == 1 ? _store.Get("indicators", item) : null;
            if (indicator is null && element is null)
            {
                continue;
            }

            if (dimension.IsFilter && indicator is not null && dimension.RequestedItems.Count > 1)
            {
                throw Dhis2ApiException.Conflict("Only a single indicator can be specified as filter", "E7108");
            }

            var name = Dhis2Json.Str((indicator ?? element)!["name"]) ?? item;
            if (parts.Length > 1 && _store.Get("categoryOptionCombos", parts[1]) is { } coc)
            {
                name += " " + Dhis2Json.Str(coc["name"]);
            }

            dimension.Items.Add(item);
            items[item] = new JsonObject { ["name"] = name };
        }
    }

    private void ResolvePeriods(AnalyticsDimension dimension)
    {
        var reference = request.Query("relativePeriodDate") is { } date
            ? DateOnly.Parse(date, CultureInfo.InvariantCulture)
            : DateOnly.FromDateTime(request.Now.UtcDateTime);
        foreach (var item in dimension.RequestedItems)
        {
            IEnumerable<Period> periods;
            if (RelativePeriods.IsRelative(item))
            {
                items[item] = new JsonObject { ["name"] = RelativePeriods.Name(item) };
                periods = RelativePeriods.Resolve(item, reference);
            }
            else
            {
                periods = Period.Parse(item) is { } period ? [period] : [];
            }

            foreach (var period in periods.Where(p => !dimension.Items.Contains(p.Iso)))
            {
                dimension.Items.Add(period.Iso);
                items[period.Iso] = new JsonObject { ["name"] = period.Name };
            }
        }
    }

    private void ResolveOrgUnits(AnalyticsDimension dimension)
    {
        var levels = dimension.RequestedItems.Where(i => i.StartsWith("LEVEL-", StringComparison.Ordinal)).ToList();
        var groups = dimension.RequestedItems.Where(i => i.StartsWith("OU_GROUP-", StringComparison.Ordinal)).ToList();
        var boundaries = new List<string>();
        var output = new List<string>();
        foreach (var item in dimension.RequestedItems.Except(levels).Except(groups))
        {
            var units = item switch
            {
                "USER_ORGUNIT" => UserRoots(),
                "USER_ORGUNIT_CHILDREN" => [.. UserRoots().SelectMany(_store.ChildrenOf)],
                "USER_ORGUNIT_GRANDCHILDREN" => [.. UserRoots().SelectMany(_store.ChildrenOf).SelectMany(_store.ChildrenOf)],
                _ => _store.Get("organisationUnits", item) is null ? [] : (IReadOnlyList<string>)[item],
            };
            if (item.StartsWith("USER_ORGUNIT", StringComparison.Ordinal))
            {
                items[item] = new JsonObject { ["organisationUnits"] = new JsonArray([.. units.Select(u => (JsonNode)u)]) };
            }

            boundaries.AddRange(units);
            output.AddRange(units.Where(u => !output.Contains(u)));
        }

        if (levels.Count > 0 || groups.Count > 0)
        {
            // With LEVEL-/OU_GROUP- items, the plain units are boundaries only, not output items.
            var bounds = boundaries.Count > 0 ? boundaries : [.. UserRoots()];
            output = [.. levels.SelectMany(l => LevelUnits(l, bounds)).Concat(groups.SelectMany(GroupUnits)).Distinct()];
            foreach (var boundary in boundaries)
            {
                var unit = _store.Get("organisationUnits", boundary)!;
                items[boundary] = Describe(unit);
            }
        }

        foreach (var uid in output.OrderBy(u => Dhis2Json.Str(_store.Get("organisationUnits", u)?["name"]), StringComparer.OrdinalIgnoreCase).ToList())
        {
            dimension.Items.Add(uid);
            items[uid] ??= new JsonObject { ["name"] = Dhis2Json.Str(_store.Get("organisationUnits", uid)?["name"]) };
        }
    }

    private IEnumerable<string> LevelUnits(string item, IReadOnlyList<string> boundaries)
    {
        var spec = item["LEVEL-".Length..].Split('-');
        if (spec.Length > 1)
        {
            boundaries = [spec[1]];
        }

        int level;
        if (!int.TryParse(spec[0], NumberStyles.None, CultureInfo.InvariantCulture, out level))
        {
            var levelObject = _store.Get("organisationUnitLevels", spec[0]);
            level = levelObject is null ? -1 : (int)levelObject["level"]!;
            if (levelObject is not null)
            {
                items[spec[0]] = new JsonObject { ["uid"] = spec[0], ["name"] = levelObject["name"]!.DeepClone() };
            }
        }

        return _store.All("organisationUnits")
            .Where(u => (int?)u["level"] == level && boundaries.Any(b => (Dhis2Json.Str(u["path"]) + "/").Contains("/" + b + "/", StringComparison.Ordinal)))
            .Select(u => (string)u["id"]!);
    }

    private IEnumerable<string> GroupUnits(string item)
    {
        var group = _store.Get("organisationUnitGroups", item["OU_GROUP-".Length..]);
        return (group?["organisationUnits"] as JsonArray ?? []).Select(Dhis2Json.Id).OfType<string>()
            .Where(id => _store.Get("organisationUnits", id) is not null);
    }

    private static JsonObject Describe(JsonObject unit)
    {
        var description = new JsonObject { ["uid"] = unit["id"]!.DeepClone() };
        if (unit["code"] is { } code)
        {
            description["code"] = code.DeepClone();
        }

        description["name"] = unit["name"]!.DeepClone();
        return description;
    }
}
