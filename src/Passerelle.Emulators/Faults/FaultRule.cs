namespace Passerelle.Emulators.Faults;

/// <summary>
/// One fault: which requests it matches (path prefix, method) and when it fires. Without
/// <see cref="Probability"/>, <see cref="EveryNth"/> or <see cref="FirstN"/> it fires on every matching request;
/// with several, all must agree. Counts are per rule, over the requests it matches, starting at 1.
/// </summary>
public sealed record FaultRule
{
    public FaultKind Kind { get; init; }

    /// <summary>Path prefix the request must start with (case-insensitive), e.g. <c>/api/dataValueSets</c>; default every path.</summary>
    public string PathPrefix { get; init; } = "/";

    /// <summary>HTTP method (GET, POST…); null matches any.</summary>
    public string? Method { get; init; }

    /// <summary>Chance in [0,1] that the rule fires, drawn from the plan's seeded generator.</summary>
    public double? Probability { get; init; }

    /// <summary>Fires on the Nth, 2Nth… matching request.</summary>
    public int? EveryNth { get; init; }

    /// <summary>Fires only on the first N matching requests.</summary>
    public int? FirstN { get; init; }

    /// <summary><see cref="FaultKind.ExpiredAuth"/>: requests allowed before the credentials "expire".</summary>
    public int AfterRequests { get; init; }

    /// <summary><see cref="FaultKind.Latency"/>: delay before answering; <see cref="FaultKind.SlowBody"/>: delay between chunks.</summary>
    public int DelayMs { get; init; } = 1000;

    /// <summary><see cref="FaultKind.Status"/>: the status code sent.</summary>
    public int StatusCode { get; init; } = 503;

    /// <summary><see cref="FaultKind.SlowBody"/>: bytes written per chunk.</summary>
    public int ChunkBytes { get; init; } = 64;

    /// <summary><see cref="FaultKind.PartialImport"/>: values accepted before the rest are refused.</summary>
    public int AcceptFirst { get; init; }

    /// <summary><see cref="FaultKind.Body"/>: the body sent instead of the real answer.</summary>
    public string Body { get; init; } = "";

    /// <summary><see cref="FaultKind.Body"/>: its content type.</summary>
    public string ContentType { get; init; } = "application/json";

    /// <summary><see cref="FaultKind.Body"/>: its status code (a broken answer usually comes with 200).</summary>
    public int BodyStatusCode { get; init; } = 200;
}
