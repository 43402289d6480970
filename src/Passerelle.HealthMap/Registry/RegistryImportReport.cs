namespace Passerelle.HealthMap.Registry;

/// <summary>An import and what the store did with it (null when the file was refused and nothing was stored).</summary>
public sealed record RegistryImportReport(RegistryImportResult Result, RegistrySaveOutcome? SaveOutcome);
