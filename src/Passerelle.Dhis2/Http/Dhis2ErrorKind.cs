namespace Passerelle.Dhis2.Http;

/// <summary>Why a DHIS2 call failed, so callers can react (re-enter credentials, retry later, fix input).</summary>
public enum Dhis2ErrorKind
{
    /// <summary>401, or a 302 to the login page: credentials missing, wrong, expired, or account locked.</summary>
    Unauthorized,

    /// <summary>403: the account lacks the authority or sharing needed.</summary>
    Forbidden,

    /// <summary>404: the object or endpoint does not exist.</summary>
    NotFound,

    /// <summary>409 without an import summary: the request was refused (bad parameters, E-code).</summary>
    Conflict,

    /// <summary>Other 4xx.</summary>
    BadRequest,

    /// <summary>5xx.</summary>
    ServerError,

    /// <summary>Connection refused, DNS failure, TLS failure, connection dropped.</summary>
    Unreachable,

    /// <summary>No answer in time.</summary>
    Timeout,

    /// <summary>The server runs a DHIS2 version Passerelle does not support.</summary>
    UnsupportedVersion,

    /// <summary>The answer was not what the DHIS2 Web API returns (not JSON, unexpected shape, unexpected redirect).</summary>
    InvalidResponse,
}
