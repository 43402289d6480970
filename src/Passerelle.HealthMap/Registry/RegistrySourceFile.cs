using Passerelle.HealthMap.Mapping;
using Passerelle.HealthMap.Reading;

namespace Passerelle.HealthMap.Registry;

/// <summary>What was imported: the file, its content hash (the idempotence key) and how it was read.</summary>
/// <param name="ContentHash">SHA-256 of the file's bytes, lower-case hex.</param>
/// <param name="Sheet">The worksheet used, for XLSX.</param>
/// <param name="HeaderRow">The row holding the column names, null when the file was refused before.</param>
/// <param name="Columns">Which column of the file feeds each field.</param>
public sealed record RegistrySourceFile(
    string FileName,
    RegistryFileFormat? Format,
    string ContentHash,
    long SizeBytes,
    string? Sheet,
    int? HeaderRow,
    string Mapping,
    IReadOnlyDictionary<RegistryField, string> Columns);
