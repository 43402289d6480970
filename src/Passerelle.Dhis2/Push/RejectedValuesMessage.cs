using System.Globalization;

namespace Passerelle.Dhis2.Push;

/// <summary>
/// What DHIS2 did with a push that it did not take whole, in the words an operator needs: how many values were
/// sent, imported, updated and ignored (a partial import, or nothing imported), then each conflict with its code,
/// the number of values it hit and DHIS2's reason. Conflicts are counted by the values they name, not one per line.
/// </summary>
public static class RejectedValuesMessage
{
    private const int ConflictsShown = 5;

    public static string Describe(int sent, int imported, int updated, int ignored, IReadOnlyList<DataValueImportConflict> conflicts)
    {
        ArgumentNullException.ThrowIfNull(conflicts);
        var stored = imported + updated;
        var (french, english) = stored == 0
            ? ("Import refusé par DHIS2", "import refused by DHIS2")
            : ("Import partiel par DHIS2", "partial import by DHIS2");
        var counts = string.Create(CultureInfo.InvariantCulture,
            $"{sent} envoyée(s) / sent, {imported} importée(s) / imported, {updated} mise(s) à jour / updated, {ignored} ignorée(s) / ignored");
        var hit = conflicts.Sum(c => Math.Max(1, c.Indexes.Count));
        var details = string.Join("; ", conflicts.Take(ConflictsShown).Select(Describe));
        var more = conflicts.Count > ConflictsShown
            ? string.Create(CultureInfo.InvariantCulture, $"; … +{conflicts.Count - ConflictsShown} conflit(s) / conflict(s)")
            : string.Empty;
        return string.Create(CultureInfo.InvariantCulture,
            $"{french} / {english}: {counts}; {conflicts.Count} conflit(s) sur {hit} valeur(s) / conflict(s) on {hit} value(s): {details}{more}");
    }

    private static string Describe(DataValueImportConflict conflict)
    {
        var values = Math.Max(1, conflict.Indexes.Count);
        var target = conflict.Object is { Length: > 0 } o ? $" [{o}]" : string.Empty;
        var value = conflict.Value is { Length: > 0 } v ? $" « {v} »" : string.Empty;
        return string.Create(CultureInfo.InvariantCulture, $"{conflict.ErrorCode ?? "?"} ×{values}{target}{value}: {conflict.Reason}");
    }
}
