namespace Passerelle.Emulators.Dhis2.Metadata;

/// <summary>A DHIS2 metadata collection: plural name, Java class (klass in import reports), required properties.</summary>
internal sealed record MetadataType(string Collection, string Klass, IReadOnlyList<string> Required)
{
    /// <summary>Simple class name, as in "DataSet with id X could not be found.".</summary>
    public string Name => Klass[(Klass.LastIndexOf('.') + 1)..];
}
