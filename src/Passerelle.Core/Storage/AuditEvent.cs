namespace Passerelle.Core.Storage;

/// <summary>
/// One audited action: who did what to which object. <paramref name="Details"/> is a short text or JSON
/// of counts and ids — never a name, national id, birth date or phone number.
/// </summary>
/// <param name="Actor">A user login, or <c>system</c> for scheduled runs.</param>
/// <param name="Action">e.g. <c>pull</c>, <c>push</c>, <c>decision</c>, <c>login</c>.</param>
/// <param name="ObjectType">e.g. <c>facility-link</c>, <c>dataValueSet</c>.</param>
public sealed record AuditEvent(
    DateTimeOffset At,
    string Actor,
    string Action,
    string ObjectType,
    string? ObjectId,
    string? Details);

/// <summary>An event as stored, with its position in the log.</summary>
public sealed record AuditEntry(long Sequence, AuditEvent Event);

/// <summary>Which events to read; the newest first.</summary>
public sealed record AuditQuery(DateTimeOffset? Since = null, string? Action = null, string? Actor = null, int Limit = 100);
