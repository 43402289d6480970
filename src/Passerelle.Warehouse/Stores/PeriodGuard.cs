namespace Passerelle.Warehouse.Stores;

/// <summary>A replacement by period must only hold rows of that period, or it would delete one period and fill another.</summary>
internal static class PeriodGuard
{
    public static string Require(string expected, string actual) =>
        expected == actual
            ? actual
            : throw new ArgumentException(
                $"Ligne de la période '{actual}' dans le remplacement de la période '{expected}' / row of period '{actual}' in a replacement of period '{expected}'.");
}
