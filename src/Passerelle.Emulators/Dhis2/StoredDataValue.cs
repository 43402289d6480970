namespace Passerelle.Emulators.Dhis2;

/// <summary>A data value as the emulator holds it (soft-deleted values stay, with <see cref="Deleted"/> set).</summary>
public sealed record StoredDataValue(
    DataValueKey Key,
    string? Value,
    string? StoredBy,
    DateTimeOffset Created,
    DateTimeOffset LastUpdated,
    string? Comment,
    bool FollowUp,
    bool Deleted);
