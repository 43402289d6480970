namespace Passerelle.Sync.Publishing;

/// <summary>
/// What DHIS2's analytics gave back for the pushed values, compared with what Passerelle computed: one comparison per
/// data element × period × org unit (totals over category option combos).
/// </summary>
/// <param name="AnalyticsTablesRefreshed">True when Passerelle generated the analytics tables before reading.</param>
public sealed record ReadBackReport(int Compared, bool AnalyticsTablesRefreshed, IReadOnlyList<ReadBackDifference> Differences)
{
    public bool Matches => Differences.Count == 0;
}

/// <summary>One total that differs: <paramref name="InDhis2"/> is null when analytics returned no value.</summary>
public sealed record ReadBackDifference(string DataElement, string Period, string OrgUnit, double Expected, double? InDhis2)
{
    public override string ToString() =>
        $"{DataElement}/{Period}/{OrgUnit} : attendu / expected {Expected.ToString(System.Globalization.CultureInfo.InvariantCulture)}, "
        + $"DHIS2 {InDhis2?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "—"}";
}
