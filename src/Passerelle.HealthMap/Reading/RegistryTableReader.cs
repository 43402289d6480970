namespace Passerelle.HealthMap.Reading;

/// <summary>Recognises a facility list's format from its content (then its extension) and reads its tables.</summary>
internal static class RegistryTableReader
{
    public static IReadOnlyList<RawTable> Read(byte[] bytes, string fileName) => FormatOf(bytes, fileName) switch
    {
        RegistryFileFormat.Xlsx => XlsxTableReader.Read(bytes),
        RegistryFileFormat.GeoJson => [GeoJsonTableReader.Read(bytes)],
        _ => [CsvTableReader.Read(bytes)],
    };

    public static RegistryFileFormat FormatOf(ReadOnlySpan<byte> bytes, string fileName)
    {
        if (bytes.StartsWith("PK\u0003\u0004"u8))
        {
            return RegistryFileFormat.Xlsx;
        }

        var start = bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? bytes[3..] : bytes;
        var firstSignificant = start.IndexOfAnyExcept(" \t\r\n"u8);
        if (firstSignificant >= 0 && start[firstSignificant] == (byte)'{')
        {
            return RegistryFileFormat.GeoJson;
        }

        var extension = Path.GetExtension(fileName).ToUpperInvariant();
        return extension switch
        {
            ".XLSX" or ".XLSM" => RegistryFileFormat.Xlsx,
            ".GEOJSON" or ".JSON" => RegistryFileFormat.GeoJson,
            _ => RegistryFileFormat.Csv,
        };
    }
}
