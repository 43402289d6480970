using System.Text.Json.Nodes;
using Passerelle.Emulators.Dhis2.Metadata;

namespace Passerelle.Emulators.Dhis2.Api;

/// <summary><c>/api/system/info</c>, <c>/api/system/ping</c>, <c>/api/system/id</c> and <c>/api/me</c> (web-api.md §2.3–§2.4).</summary>
internal static class SystemEndpoints
{
    public static Task InfoAsync(Dhis2Request request)
    {
        var now = request.Now;
        var info = new JsonObject
        {
            ["contextPath"] = request.ContextPath,
            ["userAgent"] = request.Http.Request.Headers.UserAgent.ToString(),
            ["calendar"] = "iso8601",
            ["dateFormat"] = "yyyy-mm-dd",
            ["serverDate"] = Dhis2Json.MetadataTimestamp(now),
            ["serverTimeZoneId"] = "Etc/UTC",
            ["serverTimeZoneDisplayName"] = "Coordinated Universal Time",
            ["lastAnalyticsTableSuccess"] = Dhis2Json.MetadataTimestamp(request.State.Options.AnalyticsFromTables
                ? request.Store.LastAnalyticsTableSuccess ?? DateTimeOffset.UnixEpoch
                : now),
            ["intervalSinceLastAnalyticsTableSuccess"] = "0 s",
            ["lastAnalyticsTableRuntime"] = "00:00:00.001",
            ["lastSystemMonitoringSuccess"] = "1970-01-01T00:00:00.000",
            ["version"] = request.Version.Display,
            ["revision"] = "emulator",
            ["buildTime"] = "2024-01-01T00:00:00.000",
            ["jasperReportsVersion"] = "6.20.0",
            ["environmentVariable"] = "DHIS2_HOME",
            ["fileStoreProvider"] = "filesystem",
            ["readOnlyMode"] = "off",
            ["nodeId"] = "passerelle-emulator",
            ["javaVersion"] = "17.0.9",
            ["javaVendor"] = "Eclipse Adoptium",
            ["osName"] = "Linux",
            ["osArchitecture"] = "amd64",
            ["osVersion"] = "6.1",
            ["externalDirectory"] = "/opt/dhis2",
            ["databaseInfo"] = new JsonObject
            {
                ["name"] = "dhis2",
                ["user"] = "dhis",
                ["url"] = "jdbc:postgresql://localhost:5432/dhis2",
                ["databaseVersion"] = "PostgreSQL 13",
                ["spatialSupport"] = true,
            },
            ["readReplicaCount"] = 0,
            ["memoryInfo"] = "Mem Total in JVM: 1024 Free in JVM: 512 Max Limit: 2048",
            ["cpuCores"] = Environment.ProcessorCount,
            ["encryption"] = false,
            ["emailConfigured"] = false,
            ["redisEnabled"] = false,
            ["systemId"] = "eed3d451-4ff5-4193-b951-ffcc68954299",
            ["systemName"] = "Passerelle DHIS2 emulator",
            ["instanceBaseUrl"] = request.ContextPath,
            ["clusterHostname"] = "",
            ["isMetadataVersionEnabled"] = true,
        };
        if (request.Version.Minor >= 43)
        {
            info["lastAnalyticsTablePartitionSuccess"] = "1970-01-01T00:00:00.000";
            info["intervalSinceLastAnalyticsTablePartitionSuccess"] = "0 s";
            info["lastAnalyticsTablePartitionRuntime"] = "";
            info["systemMetadataVersion"] = "";
            info["lastMetadataVersionSyncAttempt"] = "1970-01-01T00:00:00.000";
            info["databaseInfo"]!["time"] = Dhis2Json.MetadataTimestamp(now);
        }

        return request.WriteAsync(200, info);
    }

    public static async Task PingAsync(Dhis2Request request)
    {
        request.Http.Response.ContentType = "text/plain;charset=UTF-8";
        await Microsoft.AspNetCore.Http.HttpResponseWritingExtensions.WriteAsync(request.Http.Response, "pong").ConfigureAwait(false);
    }

    public static Task IdsAsync(Dhis2Request request)
    {
        var count = Math.Clamp(request.Int("limit", 1), 1, 10000);
        var codes = new JsonArray([.. Enumerable.Range(0, count).Select(_ => (JsonNode)request.State.NewUid())]);
        return request.WriteAsync(200, new JsonObject { ["codes"] = codes });
    }

    public static Task MeAsync(Dhis2Request request)
    {
        JsonObject body;
        lock (request.Store.Gate)
        {
            var me = Me(request);
            var view = new MetadataView(request.Store, request.ApiRoot);
            body = new FieldSelector(view).Apply(null, me, FieldSpec.ParseList(request.Query("fields") ?? "*"));
        }

        return request.WriteAsync(200, body);
    }

    /// <summary><c>GET /api/me/authorization</c> (array of authorities) and <c>/api/me/authorization/{AUTH}</c> (true|false).</summary>
    public static Task AuthorizationAsync(Dhis2Request request)
    {
        var user = request.User;
        return request.Segments.Count > 2
            ? request.WriteAsync(200, JsonValue.Create(user.HasAny(request.Segments[2])))
            : request.WriteAsync(200, new JsonArray([.. user.Authorities.Select(a => (JsonNode)a)]));
    }

    private static JsonObject Me(Dhis2Request request)
    {
        var user = request.User;
        var roots = user.OrganisationUnits.Count > 0
            ? user.OrganisationUnits
            : [.. request.Store.All("organisationUnits").Where(o => o["parent"] is null).Select(o => (string)o["id"]!)];
        var units = roots.Select(id => request.Store.Get("organisationUnits", id)).OfType<JsonObject>()
            .Select(o => (JsonNode)new JsonObject { ["id"] = o["id"]!.DeepClone(), ["level"] = o["level"]?.DeepClone(), ["path"] = o["path"]?.DeepClone(), ["name"] = o["name"]?.DeepClone() });
        var now = Dhis2Json.MetadataTimestamp(request.Now);
        return new JsonObject
        {
            ["id"] = user.Id,
            ["username"] = user.Username,
            ["surname"] = user.Surname,
            ["firstName"] = user.FirstName,
            ["name"] = $"{user.FirstName} {user.Surname}",
            ["displayName"] = $"{user.FirstName} {user.Surname}",
            ["created"] = now,
            ["lastUpdated"] = now,
            ["languages"] = new JsonArray(),
            ["settings"] = new JsonObject { ["keyUiLocale"] = "fr", ["keyDbLocale"] = "fr" },
            ["organisationUnits"] = new JsonArray([.. units]),
            ["dataViewOrganisationUnits"] = new JsonArray([.. units.Select(u => u.DeepClone())]),
            ["teiSearchOrganisationUnits"] = new JsonArray(),
            ["userRoles"] = new JsonArray(new JsonObject { ["id"] = user.HasAny("ALL") ? "Ufph3mGRmMo" : "xJZBzAHI88H", ["name"] = user.RoleName, ["displayName"] = user.RoleName }),
            ["userGroups"] = new JsonArray(),
            ["authorities"] = new JsonArray([.. user.Authorities.Select(a => (JsonNode)a)]),
            ["dataSets"] = new JsonArray([.. request.Store.All("dataSets").Select(d => (JsonNode)(string)d["id"]!)]),
            ["programs"] = new JsonArray(),
            ["access"] = new JsonObject { ["read"] = true, ["update"] = true, ["externalize"] = true, ["delete"] = true, ["write"] = true, ["manage"] = true },
        };
    }
}
