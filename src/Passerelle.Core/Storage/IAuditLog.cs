namespace Passerelle.Core.Storage;

/// <summary>
/// The append-only audit log. There is deliberately no way to change or delete an entry; the
/// PostgreSQL warehouse also refuses UPDATE and DELETE on the table with a trigger.
/// </summary>
public interface IAuditLog
{
    Task<long> AppendAsync(AuditEvent auditEvent, CancellationToken cancellationToken);

    Task<IReadOnlyList<AuditEntry>> ReadAsync(AuditQuery query, CancellationToken cancellationToken);
}
