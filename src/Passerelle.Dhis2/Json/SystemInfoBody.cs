namespace Passerelle.Dhis2.Json;

/// <summary>Wire shape of <c>/api/system/info</c> (reduced set for non-superusers, web-api.md §2.4).</summary>
internal sealed record SystemInfoBody(
    string? Version,
    string? Revision,
    string? SystemName,
    string? SystemId,
    string? ContextPath,
    string? ServerTimeZoneId,
    string? Calendar,
    DateTimeOffset? LastAnalyticsTableSuccess,
    DateTimeOffset? ServerDate = null);
