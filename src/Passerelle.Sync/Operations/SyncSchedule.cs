using Cronos;
using Passerelle.Sync.Configuration;

namespace Passerelle.Sync.Operations;

/// <summary>When the scheduler runs a sync: the <c>schedule.cron</c> expression (5 fields, or 6 with seconds first; UTC).</summary>
public sealed record SyncSchedule(string Text, CronExpression Expression)
{
    /// <summary>The schedule of <paramref name="config"/>, or null when <c>schedule.cron</c> is empty.</summary>
    /// <exception cref="ConfigurationException">The expression is not a valid 5-field (or 6-field, seconds first) cron expression.</exception>
    public static SyncSchedule? FromConfig(PasserelleConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        var text = config.Schedule.Cron?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        // Five fields as cron has them; six when the first gives the seconds (for tight schedules and tests).
        var format = text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length == 6 ? CronFormat.IncludeSeconds : CronFormat.Standard;
        try
        {
            return new SyncSchedule(text, CronExpression.Parse(text, format));
        }
        catch (CronFormatException e)
        {
            throw new ConfigurationException("schedule.cron", [
                $"schedule.cron: « {text} » n'est pas une expression cron à 5 champs (ou 6, secondes en tête) / is not a 5-field cron expression (or 6, seconds first) ({e.Message}); "
                + "exemple / example: \"0 2 * * *\" (chaque nuit à 02:00 UTC / every night at 02:00 UTC)"]);
        }
    }

    /// <summary>The first occurrence strictly after <paramref name="from"/>, in UTC; null when there is none.</summary>
    public DateTimeOffset? NextAfter(DateTimeOffset from) => Expression.GetNextOccurrence(from, TimeZoneInfo.Utc);
}
