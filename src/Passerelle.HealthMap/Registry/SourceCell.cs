namespace Passerelle.HealthMap.Registry;

/// <summary>A cell of a quarantined row, kept as the file wrote it.</summary>
public sealed record SourceCell(string Column, string Value);
