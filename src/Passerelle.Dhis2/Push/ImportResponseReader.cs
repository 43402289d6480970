using System.Text.Json;
using Passerelle.Dhis2.Json;

namespace Passerelle.Dhis2.Push;

/// <summary>
/// Finds the import report or summary in an answer, in every shape DHIS2 uses (web-api.md §3, §8):
/// plain body (≤2.37 or <c>/api/37/</c>), or inside a WebMessage's <c>response</c> (2.38+, HTTP 200 or 409).
/// </summary>
internal static class ImportResponseReader
{
    public static bool TryFind(JsonElement root, string responseType, out JsonElement report)
    {
        report = default;
        if (root.ValueKind != JsonValueKind.Object)
        {
            return false;
        }

        if (IsOfType(root, responseType))
        {
            report = root;
            return true;
        }

        if (root.TryGetProperty("response", out var response) && IsOfType(response, responseType))
        {
            report = response;
            return true;
        }

        return false;
    }

    public static MetadataImportReport ToMetadataReport(JsonElement element, int httpStatusCode)
    {
        var body = element.Deserialize<ImportReportBody>(Dhis2Json.Options)!;
        var types = (body.TypeReports ?? []).Select(type => new MetadataTypeReport(
            type.Klass ?? "?",
            type.Stats?.ToStats() ?? new ImportStats(0, 0, 0, 0, 0),
            [.. (type.ObjectReports ?? []).Select(o => new MetadataObjectReport(o.Klass, o.Index, o.Uid, o.DisplayName, o.ErrorReports ?? []))]));
        return new MetadataImportReport(body.Status, body.Stats?.ToStats() ?? new ImportStats(0, 0, 0, 0, 0), [.. types], httpStatusCode);
    }

    public static DataValueImportResult ToDataValueResult(
        JsonElement element, int httpStatusCode, int chunkIndex, int firstValueIndex, int valueCount)
    {
        var body = element.Deserialize<ImportSummaryBody>(Dhis2Json.Options)!;
        var count = body.ImportCount ?? new ImportCountBody(0, 0, 0, 0);
        var conflicts = (body.Conflicts ?? []).Select(c => new DataValueImportConflict(
            c.Object,
            c.Objects?.ToDictionary(pair => pair.Key, pair => AsText(pair.Value)),
            c.Value,
            c.ErrorCode,
            c.Property,
            c.Indexes ?? []));
        return new DataValueImportResult(chunkIndex, firstValueIndex, valueCount, httpStatusCode, body.Status, body.Description,
            count.Imported, count.Updated, count.Ignored, count.Deleted, [.. conflicts]);
    }

    public const string ImportReport = "ImportReport";

    public const string ImportSummary = "ImportSummary";

    private static bool IsOfType(JsonElement element, string responseType)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            return false;
        }

        if (element.TryGetProperty("responseType", out var type) && type.ValueKind == JsonValueKind.String)
        {
            return type.ValueEquals(responseType);
        }

        // Older plain bodies may lack responseType: recognise them by their counts, never a WebMessage.
        var signature = responseType == ImportSummary ? "importCount" : "stats";
        return !element.TryGetProperty("httpStatusCode", out _) && element.TryGetProperty(signature, out _);
    }

    private static string AsText(JsonElement value) =>
        value.ValueKind == JsonValueKind.String ? value.GetString()! : value.GetRawText();
}
