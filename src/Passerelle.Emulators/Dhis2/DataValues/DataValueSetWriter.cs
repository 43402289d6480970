using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Passerelle.Emulators.Dhis2.Api;

namespace Passerelle.Emulators.Dhis2.DataValues;

/// <summary>
/// Writes a data value set as it is produced, value by value, with the JSON the emulator writes everywhere
/// (<see cref="Dhis2Json.Output"/>): a national export (100,000+ values) is neither held as one string nor as a tree,
/// and the client reads the first values while the last are written.
/// </summary>
internal static class DataValueSetWriter
{
    /// <summary>Bytes buffered before they are sent on.</summary>
    private const int FlushEvery = 64 * 1024;

    public static async Task WriteAsync(HttpContext context, DataValueSet set)
    {
        var response = context.Response;
        response.StatusCode = 200;
        response.ContentType = "application/json;charset=UTF-8";
        var cancellationToken = context.RequestAborted;
        await using var writer = new Utf8JsonWriter(response.Body, new JsonWriterOptions { Encoder = Dhis2Json.Output.Encoder });
        writer.WriteStartObject();
        foreach (var (name, node) in set.Header)
        {
            writer.WritePropertyName(name);
            if (node is null)
            {
                writer.WriteNullValue();
            }
            else
            {
                node.WriteTo(writer, Dhis2Json.Output);
            }
        }

        writer.WriteStartArray("dataValues");
        foreach (var value in set.Values)
        {
            Write(writer, value);
            if (writer.BytesPending >= FlushEvery)
            {
                await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
            }
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    private static void Write(Utf8JsonWriter writer, ExportedDataValue value)
    {
        writer.WriteStartObject();
        writer.WriteString("dataElement", value.DataElement);
        writer.WriteString("period", value.Period);
        writer.WriteString("orgUnit", value.OrgUnit);
        writer.WriteString("categoryOptionCombo", value.CategoryOptionCombo);
        writer.WriteString("attributeOptionCombo", value.AttributeOptionCombo);
        writer.WriteString("value", value.Value);
        writer.WriteString("storedBy", value.StoredBy);
        writer.WriteString("created", value.Created);
        writer.WriteString("lastUpdated", value.LastUpdated);
        writer.WriteString("comment", value.Comment);
        writer.WriteBoolean("followup", value.FollowUp);
        if (value.Deleted is { } deleted)
        {
            writer.WriteBoolean("deleted", deleted);
        }

        writer.WriteEndObject();
    }
}
