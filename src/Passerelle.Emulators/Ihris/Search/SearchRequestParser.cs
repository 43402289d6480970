using Microsoft.AspNetCore.Http;

namespace Passerelle.Emulators.Ihris.Search;

/// <summary>Reads a FHIR search query string; rejects unknown parameters with HAPI's 400 message.</summary>
internal static class SearchRequestParser
{
    private static readonly HashSet<string> IgnoredControls =
        new(StringComparer.Ordinal) { "_pretty", "_format" };

    public static (SearchRequest? Request, string? Error) Parse(string resourceType, IQueryCollection query, IhrisEmulatorOptions options)
    {
        var clauses = new List<SearchClause>();
        var includes = new List<IncludeSpec>();
        var count = options.DefaultPageSize;
        var includeTotal = true;
        IReadOnlyList<string> sort = [];
        IReadOnlyList<string>? elements = null;

        foreach (var (key, values) in query)
        {
            foreach (var raw in values.OfType<string>())
            {
                switch (key)
                {
                    case "_count":
                        if (!int.TryParse(raw, out count) || count < 0)
                        {
                            return (null, $"Invalid _count value: \"{raw}\"");
                        }

                        count = Math.Min(count, options.MaxPageSize);
                        break;
                    case "_summary" when raw == "count":
                        count = 0;
                        break;
                    case "_total":
                        includeTotal = raw != "none";
                        break;
                    case "_sort":
                        sort = raw.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                        break;
                    case "_elements":
                        elements = raw.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                        break;
                    case "_include" or "_include:iterate" or "_include:recurse":
                        if (IncludeParser.Parse(raw, key != "_include") is not { } include)
                        {
                            return (null, $"Invalid _include parameter value: \"{raw}\"");
                        }

                        includes.Add(include);
                        break;
                    default:
                        if (IgnoredControls.Contains(key))
                        {
                            break;
                        }

                        var (clause, error) = ParseClause(resourceType, key, raw);
                        if (error is not null)
                        {
                            return (null, error);
                        }

                        clauses.Add(clause!);
                        break;
                }
            }
        }

        return (new SearchRequest(resourceType, clauses, count, includeTotal, includes, sort, elements), null);
    }

    private static (SearchClause? Clause, string? Error) ParseClause(string resourceType, string key, string raw)
    {
        var colon = key.IndexOf(':', StringComparison.Ordinal);
        var name = colon < 0 ? key : key[..colon];
        var modifier = colon < 0 ? null : key[(colon + 1)..];
        var parameter = SearchParameters.Find(resourceType, name);
        if (parameter is null && name.StartsWith('_'))
        {
            return (null, $"Parameter \"{key}={raw}\" is not supported by the Passerelle iHRIS emulator / paramètre non émulé");
        }

        if (parameter is null)
        {
            return (null, $"Unknown search parameter \"{name}\" for resource type \"{resourceType}\". "
                + $"Valid search parameters for this search are: [{string.Join(", ", SearchParameters.Names(resourceType))}]");
        }

        var modifierAllowed = modifier is null
            || (parameter.Type == SearchParameterType.String && modifier is "exact" or "contains");
        if (!modifierAllowed)
        {
            return (null, $"Invalid modifier \":{modifier}\" for search parameter \"{name}\"");
        }

        var alternatives = raw.Split(',', StringSplitOptions.TrimEntries);
        if (parameter.Type == SearchParameterType.Date && alternatives.Any(v => !DateComparison.IsValid(v)))
        {
            return (null, $"Invalid date/time format: \"{raw}\"");
        }

        return (new SearchClause(parameter, modifier, alternatives), null);
    }
}
