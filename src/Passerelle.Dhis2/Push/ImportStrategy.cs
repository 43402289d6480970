namespace Passerelle.Dhis2.Push;

/// <summary>DHIS2 <c>importStrategy</c> for metadata and data values.</summary>
public enum ImportStrategy
{
    CreateAndUpdate,
    Create,
    Update,
    Delete,
}

/// <summary>Metadata <c>importMode</c>: <see cref="Validate"/> is the dry run (there is no dryRun for metadata).</summary>
public enum MetadataImportMode
{
    Commit,
    Validate,
}

/// <summary>Metadata <c>atomicMode</c>: <see cref="All"/> commits nothing when any object is invalid.</summary>
public enum AtomicMode
{
    All,
    None,
}

/// <summary>Identifier scheme for data value references (<c>idScheme</c>).</summary>
public enum Dhis2IdScheme
{
    Uid,
    Code,
}

/// <summary>Status of an import summary or report.</summary>
public enum Dhis2ImportStatus
{
    /// <summary>Metadata report <c>OK</c>.</summary>
    Ok,

    /// <summary>Data value summary <c>SUCCESS</c>.</summary>
    Success,

    /// <summary>Some objects or values were refused; the others were saved.</summary>
    Warning,

    /// <summary>Nothing was saved.</summary>
    Error,
}
