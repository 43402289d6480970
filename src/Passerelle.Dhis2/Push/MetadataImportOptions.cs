namespace Passerelle.Dhis2.Push;

/// <summary>Parameters of <c>POST /api/metadata</c> (web-api.md §5.1).</summary>
public sealed record MetadataImportOptions
{
    public MetadataImportMode Mode { get; init; } = MetadataImportMode.Commit;

    public AtomicMode Atomic { get; init; } = AtomicMode.All;

    public ImportStrategy Strategy { get; init; } = ImportStrategy.CreateAndUpdate;

    /// <summary><c>importReportMode=FULL</c> lists every object; the default (ERRORS) lists only objects with errors.</summary>
    public bool FullReport { get; init; }

    /// <summary><c>async=true</c>, then poll the job and read its report; null uses <c>Dhis2ClientOptions.AsyncImports</c>.</summary>
    public bool? Async { get; init; }

    public static MetadataImportOptions Validate { get; } = new() { Mode = MetadataImportMode.Validate };

    public static MetadataImportOptions Commit { get; } = new();
}
