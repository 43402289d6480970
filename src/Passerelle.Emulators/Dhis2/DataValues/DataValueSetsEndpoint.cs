using System.Text.Json.Nodes;
using Passerelle.Emulators.Dhis2.Api;
using Passerelle.Emulators.Faults;

namespace Passerelle.Emulators.Dhis2.DataValues;

/// <summary><c>POST /api/dataValueSets</c> with the version's HTTP wrapping, and <c>GET /api/dataValueSets</c> (web-api.md §6).</summary>
internal static class DataValueSetsEndpoint
{
    public static async Task ImportAsync(Dhis2Request request)
    {
        // DataValueSetController's @PreAuthorize: refused before the body is read.
        Security.Dhis2Authorities.Require(request.User, Security.Dhis2Authorities.DataValueAdd);
        JsonObject payload;
        try
        {
            payload = await request.ReadJsonAsync().ConfigureAwait(false) as JsonObject
                ?? throw new Dhis2ApiException(400, "Data value set must be a JSON object");
        }
        catch (Dhis2ApiException e)
        {
            var failed = new ImportSummary("ERROR", "The import process failed: " + e.Message, 0, 0, 0, 0, new ImportConflicts(request.Version.UsesDataEntryPipeline), "false");
            await WriteSummaryAsync(request, failed, Options(request, IdSchemes.From(request, []), false, "CREATE_AND_UPDATE")).ConfigureAwait(false);
            return;
        }

        var schemes = IdSchemes.From(request, payload);
        var dryRun = Dhis2Json.Bool(payload["dryRun"], request.Flag("dryRun"));
        var strategy = (Dhis2Json.Str(payload["strategy"]) ?? request.Query("importStrategy") ?? request.Query("strategy") ?? "CREATE_AND_UPDATE").ToUpperInvariant();
        ImportSummary summary;
        lock (request.Store.Gate)
        {
            summary = new DataValueSetImporter(request.State, request.User.Username, request.Now)
                .Import(payload, schemes, strategy, dryRun, PartialImportFault.AcceptFirst(request.Http));
        }

        var options = Options(request, schemes, dryRun, strategy);
        if (request.Flag("async"))
        {
            // Async (web-api.md §6.3): the job answer now, the plain ImportSummary from taskSummaries later.
            await request.WriteAsync(200, request.State.Jobs.Start(request, "DATAVALUE_IMPORT", "dataValueImport", summary.ToJson(options))).ConfigureAwait(false);
            return;
        }

        await WriteSummaryAsync(request, summary, options).ConfigureAwait(false);
    }

    private static Task WriteSummaryAsync(Dhis2Request request, ImportSummary summary, JsonObject options)
    {
        if (request.Version.UnwrapsForOldApi(request.PathVersion))
        {
            return request.WriteAsync(200, summary.ToJson(options, withResponseType: false));
        }

        var body = summary.ToJson(options);
        return summary.Status switch
        {
            "SUCCESS" => request.WriteAsync(200, WebMessages.Create(200, "OK", "Import was successful.", body)),
            "WARNING" when request.Version.WarningIsConflict =>
                request.WriteAsync(409, WebMessages.Create(409, "WARNING", "One more conflicts encountered, please check import summary.", body)),
            "WARNING" => request.WriteAsync(200, WebMessages.Create(200, "WARNING", "Import completed with warnings, please check import summary.", body)),
            _ => request.WriteAsync(409, WebMessages.Create(409, "ERROR", "An error occurred, please check import summary.", body)),
        };
    }

    /// <summary>The importOptions echo, in the order of the recorded 2.38+ responses.</summary>
    private static JsonObject Options(Dhis2Request request, IdSchemes schemes, bool dryRun, string strategy)
    {
        var options = new JsonObject
        {
            ["idSchemes"] = schemes.Echo(),
            ["dryRun"] = dryRun,
            ["async"] = request.Flag("async"),
            ["importStrategy"] = strategy,
            ["mergeMode"] = "REPLACE",
            ["reportMode"] = "FULL",
        };
        foreach (var flag in new[]
        {
            "skipExistingCheck", "sharing", "skipNotifications", "skipAudit", "datasetAllowsPeriods", "strictPeriods", "strictDataElements",
            "strictCategoryOptionCombos", "strictAttributeOptionCombos", "strictOrganisationUnits", "requireCategoryOptionCombo",
            "requireAttributeOptionCombo", "skipPatternValidation", "ignoreEmptyCollection", "force", "firstRowIsHeader", "skipLastUpdated",
            "mergeDataValues", "skipCache",
        })
        {
            options[flag] = request.Flag(flag, fallback: flag == "firstRowIsHeader");
        }

        return options;
    }

    public static Task ExportAsync(Dhis2Request request)
    {
        DataValueSet export;
        lock (request.Store.Gate)
        {
            export = new DataValueSetExporter(request).Export();
        }

        return DataValueSetWriter.WriteAsync(request.Http, export);
    }
}
