using System.Text.Json.Nodes;
using Passerelle.Emulators.Dhis2.Api;

namespace Passerelle.Emulators.Dhis2.Metadata;

/// <summary>
/// <c>POST /api/metadata</c> (ImportReport in a WebMessage: 200 OK, or 409 with top status WARNING) and the
/// single-object <c>POST/PUT/DELETE /api/{collection}[/{uid}]</c> (ObjectReport; web-api.md §5.6).
/// </summary>
internal static class MetadataImportEndpoint
{
    private const string ErrorMessage = "One or more errors occurred, please see full details in import report.";

    public static async Task ImportAsync(Dhis2Request request)
    {
        if (await request.ReadJsonAsync().ConfigureAwait(false) is not JsonObject payload)
        {
            throw new Dhis2ApiException(400, "Metadata payload must be a JSON object");
        }

        var options = ImportOptions.From(request);
        JsonObject report;
        string status;
        lock (request.Store.Gate)
        {
            var result = new MetadataImporter(request.State, request.User).Import(payload, options, request.Now);
            report = result.ToImportReport();
            status = result.Status;
        }

        if (request.Flag("async"))
        {
            await request.WriteAsync(200, request.State.Jobs.Start(request, "METADATA_IMPORT", "metadataImport", report)).ConfigureAwait(false);
            return;
        }

        if (request.PathVersion is < 38)
        {
            report.Remove("responseType");
            await request.WriteAsync(200, report).ConfigureAwait(false);
            return;
        }

        await (status == "OK"
            ? request.WriteAsync(200, WebMessages.Create(200, "OK", null, report))
            : request.WriteAsync(409, WebMessages.Create(409, "WARNING", ErrorMessage, report))).ConfigureAwait(false);
    }

    /// <summary>POST (create), PUT (update) or DELETE of one object.</summary>
    public static async Task ObjectAsync(Dhis2Request request, MetadataType type)
    {
        var method = request.Http.Request.Method;
        var uid = request.Segments.Count > 1 ? request.Segments[1] : null;
        JsonObject value;
        if (method == "DELETE")
        {
            value = new JsonObject { ["id"] = uid };
        }
        else if (await request.ReadJsonAsync().ConfigureAwait(false) is JsonObject body)
        {
            value = body;
            if (uid is not null)
            {
                value["id"] = uid;
            }
        }
        else
        {
            throw new Dhis2ApiException(400, "Object payload must be a JSON object");
        }

        var strategy = method switch { "POST" => "CREATE", "PUT" => "UPDATE", _ => "DELETE" };
        var options = new ImportOptions(false, strategy, true, "UID", "FULL", false);
        ImportedObject item;
        lock (request.Store.Gate)
        {
            if (uid is not null && request.Store.Get(type.Collection, uid) is null)
            {
                throw Dhis2ApiException.NotFound(type.Name, uid);
            }

            var payload = new JsonObject { [type.Collection] = new JsonArray(value) };
            item = new MetadataImporter(request.State, request.User).Import(payload, options, request.Now).Objects[0];
        }

        var report = MetadataImportResult.ObjectReport(item);
        report.Remove("index");
        var objectReport = new JsonObject { ["responseType"] = "ObjectReport", ["uid"] = item.Uid, ["klass"] = item.Type.Klass, ["errorReports"] = report["errorReports"]!.DeepClone() };
        if (item.Errors.Count > 0)
        {
            await request.WriteAsync(409, WebMessages.Create(409, "ERROR", ErrorMessage, objectReport)).ConfigureAwait(false);
            return;
        }

        if (method == "POST")
        {
            request.Http.Response.Headers.Location = $"{request.ApiRoot}/{type.Collection}/{item.Uid}";
            await request.WriteAsync(201, WebMessages.Create(201, "OK", null, objectReport)).ConfigureAwait(false);
            return;
        }

        await request.WriteAsync(200, WebMessages.Create(200, "OK", null, objectReport)).ConfigureAwait(false);
    }
}
