namespace Passerelle.Dhis2.Model;

/// <summary>What <c>/api/system/info</c> tells about the server (the fields Passerelle uses).</summary>
/// <param name="ServerDate">The server's clock when it answered (<c>serverDate</c>). DHIS2 writes it without a zone, in the
/// server's own time zone, as it reads the <c>lastUpdated</c> parameter of an export: read as if UTC, it can be given back
/// to that parameter unchanged. Null when the server does not say (older versions, reduced answer).</param>
public sealed record Dhis2SystemInfo(
    Dhis2Version Version,
    string? Revision,
    string? SystemName,
    string? SystemId,
    string? ContextPath,
    string? ServerTimeZoneId,
    string? Calendar,
    DateTimeOffset? LastAnalyticsTableSuccess,
    DateTimeOffset? ServerDate = null);
