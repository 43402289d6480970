namespace Passerelle.Cli.Commands;

/// <summary>Exit codes for cron and systemd (sysexits-like).</summary>
internal static class ExitCodes
{
    public const int Ok = 0;

    /// <summary>The run finished but found problems (findings, rejected values).</summary>
    public const int CompletedWithFindings = 1;

    public const int UsageError = 64;

    /// <summary>Input data could not be used (bad file).</summary>
    public const int DataError = 65;

    /// <summary>A source or DHIS2 could not be reached or refused us.</summary>
    public const int Unavailable = 69;

    public const int InternalError = 70;

    /// <summary>Invalid configuration.</summary>
    public const int ConfigError = 78;

    /// <summary>Another run holds the lock (EX_TEMPFAIL: try again later).</summary>
    public const int Locked = 75;

    /// <summary>The warehouse could not be opened or written (EX_IOERR).</summary>
    public const int WarehouseError = 74;

    /// <summary>DHIS2 answered but rejected values or the counts did not reconcile (EX_PROTOCOL).</summary>
    public const int Dhis2Rejected = 76;

    /// <summary>A source or DHIS2 refused the credentials or lacks the authority (EX_NOPERM).</summary>
    public const int AuthRefused = 77;
}
