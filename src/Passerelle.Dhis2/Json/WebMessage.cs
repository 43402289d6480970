using System.Text.Json;

namespace Passerelle.Dhis2.Json;

/// <summary>DHIS2's envelope: <c>{httpStatus, httpStatusCode, status, message, errorCode, response}</c> (web-api.md §3).</summary>
internal sealed record WebMessage(
    string? HttpStatus,
    int? HttpStatusCode,
    string? Status,
    string? Message,
    string? DevMessage,
    string? ErrorCode,
    JsonElement? Response);
