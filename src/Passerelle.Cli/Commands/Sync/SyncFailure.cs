using Passerelle.Dhis2.Http;
using Passerelle.Ihris;
using Passerelle.Sync.Configuration;
using Passerelle.Sync.Operations;
using Passerelle.Sync.Pipeline;
using Passerelle.Sync.Publishing;
using Passerelle.Warehouse;

namespace Passerelle.Cli.Commands.Sync;

/// <summary>Which exit code and which first words a failed sync gets, so cron and systemd can tell failures apart.</summary>
internal static class SyncFailure
{
    public static (int ExitCode, string Label) Classify(Exception error)
    {
        ArgumentNullException.ThrowIfNull(error);
        var root = Innermost(error);
        return (error, root) switch
        {
            (RunLockHeldException, _) => (ExitCodes.Locked, "Verrou détenu / lock held"),
            (ConfigurationException, _) => (ExitCodes.ConfigError, "Configuration invalide / invalid configuration"),
            (_, Dhis2Exception { Kind: Dhis2ErrorKind.Unauthorized or Dhis2ErrorKind.Forbidden }) =>
                (ExitCodes.AuthRefused, "Identifiants refusés / credentials refused"),
            (SyncStageException { Stage: Dhis2Publisher.Name }, not Dhis2Exception) => (ExitCodes.Dhis2Rejected, "DHIS2 a refusé / DHIS2 rejected"),
            (_, Dhis2Exception or IhrisSourceException or HttpRequestException or TimeoutException) =>
                (ExitCodes.Unavailable, "Source injoignable ou refus / source unreachable or refused"),
            (_, WarehouseException) => (ExitCodes.WarehouseError, "Entrepôt inutilisable / warehouse unusable"),
            (SyncStageException, _) => (ExitCodes.DataError, "Échec / failure"),
            _ => (ExitCodes.InternalError, "Erreur interne / internal error"),
        };
    }

    private static Exception Innermost(Exception error)
    {
        var current = error;
        while (current is not (Dhis2Exception or IhrisSourceException or WarehouseException) && current.InnerException is { } inner)
        {
            current = inner;
        }

        return current;
    }
}
