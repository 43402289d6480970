namespace Passerelle.Emulators.Dhis2.Api;

/// <summary>An error DHIS2 answers with a WebMessage (404 E1005, 409 E2001…).</summary>
internal sealed class Dhis2ApiException(int status, string message, string? errorCode = null) : Exception(message)
{
    public int Status { get; } = status;

    public string? ErrorCode { get; } = errorCode;

    public static Dhis2ApiException NotFound(string klass, string uid) =>
        new(404, $"{klass} with id {uid} could not be found.", "E1005");

    public static Dhis2ApiException Conflict(string message, string? errorCode = null) => new(409, message, errorCode);
}
