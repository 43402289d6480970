namespace Passerelle.HealthMap.Reading;

/// <summary>The file formats a facility list can come in.</summary>
public enum RegistryFileFormat
{
    Csv,
    Xlsx,
    GeoJson,
}
