namespace Passerelle.Dhis2.Push;

/// <summary>Parameters of <c>POST /api/dataValueSets</c> (web-api.md §6.1).</summary>
public sealed record DataValueImportOptions
{
    /// <summary>How data elements, org units and option combos are identified: UID (default) or CODE.</summary>
    public Dhis2IdScheme IdScheme { get; init; } = Dhis2IdScheme.Uid;

    /// <summary>Ask DHIS2 to count without saving.</summary>
    public bool DryRun { get; init; }

    public ImportStrategy Strategy { get; init; } = ImportStrategy.CreateAndUpdate;

    /// <summary>Values per POST; null uses <c>Dhis2ClientOptions.ChunkSize</c>.</summary>
    public int? ChunkSize { get; init; }

    /// <summary><c>async=true</c>, then poll the job and read its summary; null uses <c>Dhis2ClientOptions.AsyncImports</c>.</summary>
    public bool? Async { get; init; }
}
