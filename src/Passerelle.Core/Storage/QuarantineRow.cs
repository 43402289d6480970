namespace Passerelle.Core.Storage;

/// <summary>
/// An input row set aside because it could not be read. Only where and why are kept, with a hash of
/// the raw line so the same row can be recognised again; the raw line itself (which may carry
/// personal data) is never stored.
/// </summary>
/// <param name="Column">The column at fault, or null when the whole row is.</param>
/// <param name="RawLineHash">Hex SHA-256 of the raw line.</param>
public sealed record QuarantineRow(
    Guid? RunId,
    string File,
    long Row,
    string? Column,
    string Reason,
    string RawLineHash,
    DateTimeOffset At);
