namespace Passerelle.Core.Storage;

public enum PeriodType
{
    Monthly,
    Quarterly,
    Yearly,
}

/// <summary>A reporting period, coded as DHIS2 codes it (<c>202401</c>, <c>2024Q1</c>, <c>2024</c>).</summary>
public sealed record ReportingPeriod(string Code, PeriodType Type, DateOnly Start, DateOnly End);
