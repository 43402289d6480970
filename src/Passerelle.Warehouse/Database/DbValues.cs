using System.Data.Common;

namespace Passerelle.Warehouse.Database;

/// <summary>
/// Conversions between .NET values and what both engines store the same way: times as UTC
/// <c>TIMESTAMP</c>, ids as text, enums by name.
/// </summary>
internal static class DbValues
{
    public static object ToParameterValue(object? value) => value switch
    {
        null => DBNull.Value,
        DateTimeOffset time => ToTimestamp(time),
        Guid id => id.ToString("D"),
        Enum member => member.ToString(),
        _ => value,
    };

    /// <summary>UTC time as a zone-less timestamp (Unspecified kind: Npgsql maps it to <c>timestamp</c>).</summary>
    public static DateTime ToTimestamp(DateTimeOffset time) => new(time.UtcTicks, DateTimeKind.Unspecified);

    public static DateTimeOffset FromTimestamp(DateTime stored) => new(DateTime.SpecifyKind(stored, DateTimeKind.Utc).Ticks, TimeSpan.Zero);

    public static DateTimeOffset GetUtc(this DbDataReader reader, int ordinal) => FromTimestamp(reader.GetDateTime(ordinal));

    public static DateTimeOffset? GetNullableUtc(this DbDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : FromTimestamp(reader.GetDateTime(ordinal));

    public static string? GetNullableString(this DbDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    public static double? GetNullableDouble(this DbDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetDouble(ordinal);

    public static long? GetNullableInt64(this DbDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetInt64(ordinal);

    public static int? GetNullableInt32(this DbDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetInt32(ordinal);

    public static DateOnly GetDate(this DbDataReader reader, int ordinal) => reader.GetFieldValue<DateOnly>(ordinal);

    public static DateOnly? GetNullableDate(this DbDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetFieldValue<DateOnly>(ordinal);

    public static Guid GetGuidText(this DbDataReader reader, int ordinal) => Guid.Parse(reader.GetString(ordinal));

    public static TEnum GetEnum<TEnum>(this DbDataReader reader, int ordinal)
        where TEnum : struct, Enum => Enum.Parse<TEnum>(reader.GetString(ordinal));
}
