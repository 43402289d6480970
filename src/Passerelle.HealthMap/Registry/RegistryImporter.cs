using System.Security.Cryptography;
using Passerelle.HealthMap.Boundaries;
using Passerelle.HealthMap.Mapping;
using Passerelle.HealthMap.Reading;

namespace Passerelle.HealthMap.Registry;

/// <summary>
/// Reads a Carte sanitaire facility list (CSV of any separator and encoding, XLSX, GeoJSON points),
/// maps its columns, validates every row and accounts for all of them: rows read = loaded + quarantined.
/// A file that is not a usable table is refused before anything is produced.
/// </summary>
/// <example>
/// <code>
/// var importer = new RegistryImporter(ColumnMappingFile.Load("mapping.yaml"));
/// var result = await importer.CheckAsync("carte_sanitaire_2024.csv", ct);   // validate only
/// var report = await importer.ImportAsync("carte_sanitaire_2024.csv", store, ct);
/// </code>
/// </example>
public sealed class RegistryImporter
{
    private readonly ColumnMapping _mapping;
    private readonly SenegalBoundaries _territory;

    public RegistryImporter(ColumnMapping? mapping = null, SenegalBoundaries? territory = null)
    {
        _mapping = mapping ?? ColumnMapping.Default;
        _territory = territory ?? SenegalBoundaries.Default;
    }

    /// <summary>Reads and validates a file without storing anything.</summary>
    public async Task<RegistryImportResult> CheckAsync(string path, CancellationToken cancellationToken)
    {
        var fileName = Path.GetFileName(path);
        if (!File.Exists(path))
        {
            return Refused(fileName, [], null, "HM-FILE-NOT-FOUND",
                $"Fichier introuvable : {path}", $"file not found: {path}");
        }

        var bytes = await File.ReadAllBytesAsync(path, cancellationToken);
        return Check(bytes, fileName);
    }

    /// <summary>Validates, then stores the result unless the file was refused.</summary>
    public async Task<RegistryImportReport> ImportAsync(string path, IRegistryStore store, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        var result = await CheckAsync(path, cancellationToken);
        if (result.IsRefused)
        {
            return new RegistryImportReport(result, null);
        }

        var outcome = await store.SaveAsync(result, cancellationToken);
        return new RegistryImportReport(result, outcome);
    }

    /// <summary>Reads and validates a file's content (e.g. an upload); <paramref name="fileName"/> names it in findings.</summary>
    public RegistryImportResult Check(byte[] content, string fileName)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (content.Length == 0)
        {
            return Refused(fileName, content, null, "HM-FILE-EMPTY", "Fichier vide", "empty file");
        }

        IReadOnlyList<RawTable> tables;
        try
        {
            tables = RegistryTableReader.Read(content, fileName);
        }
        catch (UnreadableFileException e)
        {
            return Refused(fileName, content, null, "HM-NOT-A-TABLE", e.French, e.English);
        }

        var located = tables
            .Select(t => (Table: t, Layout: HeaderLocator.Locate(t, _mapping)))
            .FirstOrDefault(t => t.Layout is not null);
        if (located.Layout is not { } layout)
        {
            var format = tables.Count > 0 ? tables[0].Format : (RegistryFileFormat?)null;
            return Refused(fileName, content, format, "HM-NO-NAME-COLUMN",
                $"Aucune colonne de nom de structure trouvée (attendu : « Nom de la structure », « Nom »…) ; en-têtes vus : {SeenHeaders(tables)}",
                $"no facility name column found (expected 'Nom de la structure', 'Name'…); headers seen: {SeenHeaders(tables)}");
        }

        return new TableImport(fileName, content, located.Table, layout, _mapping, _territory).Run();
    }

    internal static string ContentHash(byte[] content) => Convert.ToHexStringLower(SHA256.HashData(content));

    private RegistryImportResult Refused(string fileName, byte[] content, RegistryFileFormat? format, string code, string french, string english)
    {
        var source = new RegistrySourceFile(fileName, format, ContentHash(content), content.LongLength, null, null,
            _mapping.Description, new Dictionary<RegistryField, string>());
        var finding = new ImportFinding(fileName, null, null, FindingSeverity.Fatal, code,
            $"Fichier refusé : {french}", $"file refused: {english}");
        return new RegistryImportResult(source, true, [], [], [finding], 0, 0);
    }

    private static string SeenHeaders(IReadOnlyList<RawTable> tables)
    {
        var first = tables.SelectMany(t => t.Rows).FirstOrDefault(r => !r.IsBlank);
        return first is null ? "(aucun / none)" : string.Join(" | ", first.Cells.Where(c => c.Trim().Length > 0).Take(12));
    }
}
