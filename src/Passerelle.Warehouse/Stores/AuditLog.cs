using System.Globalization;
using System.Text;
using Passerelle.Core.Storage;
using Passerelle.Warehouse.Database;

namespace Passerelle.Warehouse.Stores;

/// <summary>Append-only: this class has no update or delete, by design.</summary>
internal sealed class AuditLog(WarehouseDatabase database) : IAuditLog
{
    public async Task<long> AppendAsync(AuditEvent auditEvent, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(auditEvent.Actor);
        ArgumentException.ThrowIfNullOrWhiteSpace(auditEvent.Action);
        await using var session = await database.OpenSessionAsync(cancellationToken).ConfigureAwait(false);
        var sequence = await session.ScalarAsync(
            """
            INSERT INTO audit_event (occurred_at, actor, action, object_type, object_id, details)
            VALUES ($1, $2, $3, $4, $5, $6) RETURNING seq
            """,
            [auditEvent.At, auditEvent.Actor, auditEvent.Action, auditEvent.ObjectType, auditEvent.ObjectId, auditEvent.Details],
            cancellationToken).ConfigureAwait(false);
        return Convert.ToInt64(sequence, CultureInfo.InvariantCulture);
    }

    public async Task<IReadOnlyList<AuditEntry>> ReadAsync(AuditQuery query, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(query.Limit);
        var sql = new StringBuilder("SELECT seq, occurred_at, actor, action, object_type, object_id, details FROM audit_event WHERE 1 = 1");
        var arguments = new List<object?>();
        if (query.Since is { } since)
        {
            arguments.Add(since);
            sql.Append(CultureInfo.InvariantCulture, $" AND occurred_at >= ${arguments.Count}");
        }

        if (query.Action is { } action)
        {
            arguments.Add(action);
            sql.Append(CultureInfo.InvariantCulture, $" AND action = ${arguments.Count}");
        }

        if (query.Actor is { } actor)
        {
            arguments.Add(actor);
            sql.Append(CultureInfo.InvariantCulture, $" AND actor = ${arguments.Count}");
        }

        arguments.Add(query.Limit);
        sql.Append(CultureInfo.InvariantCulture, $" ORDER BY seq DESC LIMIT ${arguments.Count}");

        await using var session = await database.OpenSessionAsync(cancellationToken).ConfigureAwait(false);
        return await session.ListAsync(
            sql.ToString(),
            arguments,
            r => new AuditEntry(
                r.GetInt64(0),
                new AuditEvent(r.GetUtc(1), r.GetString(2), r.GetString(3), r.GetString(4), r.GetNullableString(5), r.GetNullableString(6))),
            cancellationToken).ConfigureAwait(false);
    }
}
