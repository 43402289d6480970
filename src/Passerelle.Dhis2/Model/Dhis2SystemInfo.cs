namespace Passerelle.Dhis2.Model;

/// <summary>What <c>/api/system/info</c> tells about the server (the fields Passerelle uses).</summary>
public sealed record Dhis2SystemInfo(
    Dhis2Version Version,
    string? Revision,
    string? SystemName,
    string? SystemId,
    string? ContextPath,
    string? ServerTimeZoneId,
    string? Calendar,
    DateTimeOffset? LastAnalyticsTableSuccess);
