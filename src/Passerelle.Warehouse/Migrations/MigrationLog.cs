using Microsoft.Extensions.Logging;

namespace Passerelle.Warehouse.Migrations;

internal static partial class MigrationLog
{
    [LoggerMessage(EventId = 8101, Level = LogLevel.Information, Message = "Entrepôt {Engine} : migration {Version} ({Name}) appliquée / warehouse migration applied")]
    public static partial void Applied(ILogger logger, WarehouseEngine engine, int version, string name);

    [LoggerMessage(EventId = 8102, Level = LogLevel.Debug, Message = "Entrepôt {Engine} à jour, version {Version} / warehouse up to date")]
    public static partial void UpToDate(ILogger logger, WarehouseEngine engine, int version);
}
