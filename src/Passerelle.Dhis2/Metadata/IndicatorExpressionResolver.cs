using System.Text.RegularExpressions;
using Passerelle.Dhis2.Uids;

namespace Passerelle.Dhis2.Metadata;

/// <summary>
/// Replaces plan codes in indicator expressions by UIDs: <c>#{CODE}</c>, <c>#{CODE.cocUid}</c>, <c>#{CODE.co:OPTION_CODE}</c> for data elements and
/// <c>OUG{CODE}</c> for org unit groups (web-api.md §5.4 expression syntax). References that are already UIDs stay.
/// </summary>
internal static partial class IndicatorExpressionResolver
{
    public static string Resolve(string expression, PlanIndex index, string owner)
    {
        return ReferencePattern().Replace(expression, match =>
        {
            var isGroup = match.Groups["kind"].Value == "OUG";
            var head = match.Groups["head"].Value;
            var tail = match.Groups["tail"].Value;
            var kind = isGroup ? "organisationUnitGroup" : "dataElement";
            string uid;
            if (index.Contains(kind, head))
            {
                uid = index.Resolve(kind, head, owner)!;
            }
            else if (Dhis2Uid.IsValid(head))
            {
                uid = head;
            }
            else
            {
                index.Errors.Add($"{owner} : référence inconnue « {match.Value} » dans l'expression / unknown reference in expression");
                return match.Value;
            }

            return $"{match.Groups["kind"].Value}{{{uid}{ResolveOptions(tail, index, owner)}}}";
        });
    }

    /// <summary>Resolves <c>.co:CODE</c> (one category option of a data element) to the option's UID.</summary>
    private static string ResolveOptions(string tail, PlanIndex index, string owner)
    {
        const string prefix = ".co:";
        if (!tail.StartsWith(prefix, StringComparison.Ordinal))
        {
            return tail;
        }

        var option = tail[prefix.Length..];
        return index.Contains("categoryOption", option)
            ? prefix + index.Resolve("categoryOption", option, owner)
            : tail;
    }

    [GeneratedRegex(@"(?<kind>#|OUG)\{(?<head>[^}.]+)(?<tail>(\.[^}]*)?)\}")]
    private static partial Regex ReferencePattern();
}
