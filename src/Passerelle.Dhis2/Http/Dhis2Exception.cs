namespace Passerelle.Dhis2.Http;

/// <summary>
/// A DHIS2 call that failed. The message is French then English and names the URL (never a secret).
/// </summary>
public sealed class Dhis2Exception : Exception
{
    public Dhis2Exception(Dhis2ErrorKind kind, Uri requestUrl, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        Kind = kind;
        RequestUrl = requestUrl;
    }

    public Dhis2ErrorKind Kind { get; }

    /// <summary>The URL called (without credentials; query strings never hold secrets here).</summary>
    public Uri RequestUrl { get; }

    /// <summary>HTTP status code, when the server answered.</summary>
    public int? StatusCode { get; init; }

    /// <summary>DHIS2 error code from the WebMessage (e.g. <c>E1005</c>), when given.</summary>
    public string? ErrorCode { get; init; }

    /// <summary>The server's own message from the WebMessage, when given.</summary>
    public string? ServerMessage { get; init; }
}
