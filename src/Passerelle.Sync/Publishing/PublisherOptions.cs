using Passerelle.Sync.Plan;

namespace Passerelle.Sync.Publishing;

/// <summary>How <see cref="Dhis2Publisher"/> publishes, beyond what the configuration says.</summary>
public sealed record PublisherOptions
{
    /// <summary>Check the DHIS2 account's authorities (<c>/api/me</c>) before sending anything. Default true.</summary>
    public bool CheckAuthorities { get; init; } = true;

    /// <summary>After a push, read the values back through <c>/api/analytics</c> and compare. Default true.</summary>
    public bool ReadBack { get; init; } = true;

    /// <summary>
    /// Generate DHIS2's analytics tables before reading back (needs <c>F_PERFORM_MAINTENANCE</c>; on a national server
    /// this takes minutes to hours, limited to the years since the pushed period). Default true.
    /// </summary>
    public bool RefreshAnalyticsTables { get; init; } = true;

    /// <summary>
    /// Compare with what DHIS2 itself holds even when nothing changed on Passerelle's side: re-import the metadata, read
    /// every value back from DHIS2 and diff, regenerate analytics and read back. Catches changes made in DHIS2 by hand
    /// (drift); <c>sync --full</c> sets it. Default false: an unchanged re-run trusts the push ledger.
    /// </summary>
    public bool VerifyDhis2 { get; init; }

    /// <summary>Analysis plan whose indicator names (French, English) name the data elements; null for the built-in names.</summary>
    public AnalysisPlan? Plan { get; init; }

    public static PublisherOptions Default { get; } = new();
}
