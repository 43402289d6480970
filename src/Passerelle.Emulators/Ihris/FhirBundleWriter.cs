using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Passerelle.Emulators.Ihris.Search;

namespace Passerelle.Emulators.Ihris;

/// <summary>Writes searchset and history Bundles in HAPI's shape (see
/// reference/ihris/data/synthetic/ihris5-hapi-searchset-*.json and ihris5-hapi-history-since.json).</summary>
internal static class FhirBundleWriter
{
    public static void Write(Utf8JsonWriter writer, BundlePage page, string baseUrl, DateTimeOffset now)
    {
        writer.WriteStartObject();
        writer.WriteString("resourceType", "Bundle");
        writer.WriteString("id", Guid.NewGuid().ToString());
        writer.WriteStartObject("meta");
        writer.WriteString("lastUpdated", FhirInstant.Format(now));
        writer.WriteEndObject();
        writer.WriteString("type", page.BundleType);
        if (page.Total is { } total)
        {
            writer.WriteNumber("total", total);
        }

        writer.WriteStartArray("link");
        foreach (var link in page.Links)
        {
            writer.WriteStartObject();
            writer.WriteString("relation", link.Relation);
            writer.WriteString("url", link.Url);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        if (page.Entries.Count > 0)
        {
            writer.WriteStartArray("entry");
            foreach (var entry in page.Entries)
            {
                WriteEntry(writer, entry, page, baseUrl);
            }

            writer.WriteEndArray();
        }

        writer.WriteEndObject();
    }

    private static void WriteEntry(Utf8JsonWriter writer, BundleEntry entry, BundlePage page, string baseUrl)
    {
        var version = entry.Version;
        writer.WriteStartObject();
        writer.WriteString("fullUrl", $"{baseUrl}/{version.ResourceType}/{version.Id}");
        if (version.Resource is { } resource)
        {
            writer.WritePropertyName("resource");
            var subset = page.Elements is not null && entry.Mode == "match" ? Subset(resource, page.Elements) : resource;
            subset.WriteTo(writer);
        }

        if (page.BundleType == "history")
        {
            var versionText = version.VersionId.ToString(CultureInfo.InvariantCulture);
            writer.WriteStartObject("request");
            writer.WriteString("method", version.IsDeleted ? "DELETE" : "PUT");
            writer.WriteString("url", version.IsDeleted
                ? $"{version.ResourceType}/{version.Id}/_history/{versionText}"
                : $"{version.ResourceType}/{version.Id}");
            writer.WriteEndObject();
            writer.WriteStartObject("response");
            writer.WriteString("status", version.IsDeleted ? "204 No Content" : version.VersionId == 1 ? "201 Created" : "200 OK");
            writer.WriteString("etag", $"W/\"{versionText}\"");
            writer.WriteString("lastModified", FhirInstant.Format(version.LastUpdated));
            writer.WriteEndObject();
        }
        else
        {
            writer.WriteStartObject("search");
            writer.WriteString("mode", entry.Mode);
            writer.WriteEndObject();
        }

        writer.WriteEndObject();
    }

    // _elements: HAPI keeps the mandatory elements and the listed ones, and tags the resource SUBSETTED.
    private static JsonObject Subset(JsonObject resource, IReadOnlyList<string> elements)
    {
        var subset = new JsonObject();
        foreach (var (name, value) in resource)
        {
            if (name is "resourceType" or "id" or "meta" || elements.Contains(name))
            {
                subset[name] = value?.DeepClone();
            }
        }

        var meta = subset["meta"] as JsonObject ?? [];
        subset["meta"] ??= meta;
        var tags = meta["tag"] as JsonArray ?? [];
        meta["tag"] ??= tags;
        tags.Add(new JsonObject
        {
            ["system"] = "http://terminology.hl7.org/CodeSystem/v3-ObservationValue",
            ["code"] = "SUBSETTED",
            ["display"] = "Resource encoded in summary mode",
        });
        return subset;
    }
}
