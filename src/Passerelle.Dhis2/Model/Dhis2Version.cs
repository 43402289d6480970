using System.Globalization;
using System.Text.RegularExpressions;

namespace Passerelle.Dhis2.Model;

/// <summary>
/// A DHIS2 server version, parsed from <c>/api/system/info</c> <c>version</c>
/// (<c>2.40.1-SNAPSHOT</c>, <c>2.43-SNAPSHOT</c>, <c>2.41.0</c>). The minor number is the API level (web-api.md §2.4).
/// </summary>
public sealed partial record Dhis2Version(int Major, int Minor, int? Patch, string Text) : IComparable<Dhis2Version>
{
    /// <summary>Oldest API level Passerelle supports.</summary>
    public const int MinimumSupportedMinor = 38;

    /// <summary>Newest API level Passerelle supports.</summary>
    public const int MaximumSupportedMinor = 43;

    public bool IsSupported => Major == 2 && Minor is >= MinimumSupportedMinor and <= MaximumSupportedMinor;

    /// <summary>From 2.43, an import summary with conflicts comes with HTTP 200 and creates count as updates.</summary>
    public bool UsesDataEntryPipeline => Major > 2 || Minor >= 43;

    public static bool TryParse(string? text, out Dhis2Version? version)
    {
        version = null;
        var match = text is null ? Match.Empty : VersionPattern().Match(text.Trim());
        if (!match.Success)
        {
            return false;
        }

        version = new Dhis2Version(
            int.Parse(match.Groups["major"].Value, CultureInfo.InvariantCulture),
            int.Parse(match.Groups["minor"].Value, CultureInfo.InvariantCulture),
            match.Groups["patch"].Success ? int.Parse(match.Groups["patch"].Value, CultureInfo.InvariantCulture) : null,
            text!.Trim());
        return true;
    }

    public int CompareTo(Dhis2Version? other)
    {
        if (other is null)
        {
            return 1;
        }

        var byMajor = Major.CompareTo(other.Major);
        var byMinor = byMajor != 0 ? byMajor : Minor.CompareTo(other.Minor);
        return byMinor != 0 ? byMinor : (Patch ?? 0).CompareTo(other.Patch ?? 0);
    }

    public override string ToString() => Text;

    [GeneratedRegex(@"^(?<major>\d+)\.(?<minor>\d+)(?:\.(?<patch>\d+))?(?:[-.][A-Za-z0-9.-]+)?$")]
    private static partial Regex VersionPattern();
}
