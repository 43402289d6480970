namespace Passerelle.Emulators.Faults;

/// <summary>What a fault rule does to a matching request.</summary>
public enum FaultKind
{
    /// <summary>Waits <see cref="FaultRule.DelayMs"/> before answering normally.</summary>
    Latency,

    /// <summary>Answers <see cref="FaultRule.StatusCode"/> (default 503) in the emulated system's error envelope.</summary>
    Status,

    /// <summary>Drops the connection without an answer.</summary>
    Drop,

    /// <summary>Sends the body in <see cref="FaultRule.ChunkBytes"/> pieces, <see cref="FaultRule.DelayMs"/> apart.</summary>
    SlowBody,

    /// <summary>Answers 401 for every matching request after the first <see cref="FaultRule.AfterRequests"/>.</summary>
    ExpiredAuth,

    /// <summary>Import endpoints accept only the first <see cref="FaultRule.AcceptFirst"/> values and refuse the rest.</summary>
    PartialImport,

    /// <summary>
    /// Answers <see cref="FaultRule.BodyStatusCode"/> (default 200) with <see cref="FaultRule.Body"/> as
    /// <see cref="FaultRule.ContentType"/>: a truncated JSON body, a proxy's HTML error page, values of the wrong type.
    /// </summary>
    Body,
}
