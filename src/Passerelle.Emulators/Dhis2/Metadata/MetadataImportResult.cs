using System.Text.Json.Nodes;

namespace Passerelle.Emulators.Dhis2.Metadata;

/// <summary>The outcome of a metadata import, rendered as DHIS2's ImportReport.</summary>
internal sealed class MetadataImportResult(string status, IReadOnlyList<ImportedObject> objects, ImportOptions options, bool ignoreAll)
{
    public string Status { get; } = status;

    public IReadOnlyList<ImportedObject> Objects { get; } = objects;

    public JsonObject ToImportReport()
    {
        var typeReports = new JsonArray();
        foreach (var group in Objects.GroupBy(o => o.Type.Collection))
        {
            var items = group.ToList();
            var reports = items.Where(o => options.ReportMode != "ERRORS" || o.Errors.Count > 0).Select(ObjectReport);
            typeReports.Add(new JsonObject
            {
                ["klass"] = items[0].Type.Klass,
                ["stats"] = Stats(items),
                ["objectReports"] = new JsonArray([.. reports]),
            });
        }

        return new JsonObject
        {
            ["responseType"] = "ImportReport",
            ["status"] = Status,
            ["stats"] = Stats(Objects),
            ["typeReports"] = typeReports,
        };
    }

    public static JsonObject ObjectReport(ImportedObject item) => new()
    {
        ["klass"] = item.Type.Klass,
        ["index"] = item.Index,
        ["uid"] = item.Uid,
        ["errorReports"] = new JsonArray([.. item.Errors.Select(e => (JsonNode)e.DeepClone())]),
    };

    private JsonObject Stats(IReadOnlyCollection<ImportedObject> items)
    {
        int created = 0, updated = 0, deleted = 0, ignored = 0;
        foreach (var item in items)
        {
            if (ignoreAll || item.Errors.Count > 0)
            {
                ignored++;
            }
            else if (options.Strategy == "DELETE")
            {
                deleted++;
            }
            else if (item.Existing is null)
            {
                created++;
            }
            else
            {
                updated++;
            }
        }

        return new JsonObject
        {
            ["created"] = created,
            ["updated"] = updated,
            ["deleted"] = deleted,
            ["ignored"] = ignored,
            ["total"] = items.Count,
        };
    }
}
