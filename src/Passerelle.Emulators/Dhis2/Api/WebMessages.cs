using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;

namespace Passerelle.Emulators.Dhis2.Api;

/// <summary>The DHIS2 WebMessage envelope: httpStatus, httpStatusCode, status, message, response, errorCode.</summary>
internal static class WebMessages
{
    public static JsonObject Create(int httpStatusCode, string status, string? message, JsonObject? response = null, string? errorCode = null)
    {
        var body = new JsonObject
        {
            ["httpStatus"] = ReasonPhrases.GetReasonPhrase(httpStatusCode),
            ["httpStatusCode"] = httpStatusCode,
            ["status"] = status,
        };
        if (message is not null)
        {
            body["message"] = message;
        }

        if (response is not null)
        {
            body["response"] = response;
        }

        if (errorCode is not null)
        {
            body["errorCode"] = errorCode;
        }

        return body;
    }

    public static Task WriteErrorAsync(HttpContext context, int status, string message, string? errorCode = null) =>
        WriteAsync(context, status, Create(status, "ERROR", message, errorCode: errorCode));

    public static async Task WriteAsync(HttpContext context, int status, JsonNode body)
    {
        var response = context.Response;
        response.StatusCode = status;
        response.ContentType = "application/json;charset=UTF-8";
        if (status >= 400)
        {
            response.Headers.CacheControl = "no-cache, private";
        }

        await response.WriteAsync(body.ToJsonString(Dhis2Json.Output), context.RequestAborted).ConfigureAwait(false);
    }
}
