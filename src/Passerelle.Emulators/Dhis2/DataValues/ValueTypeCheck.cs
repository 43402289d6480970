using System.Globalization;

namespace Passerelle.Emulators.Dhis2.DataValues;

/// <summary>DHIS2's value-type constraints for data values (E7619): the key and message of the first failure, or null.</summary>
internal static class ValueTypeCheck
{
    public static (string Key, string Message)? Validate(string valueType, string value)
    {
        var number = double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) && double.IsFinite(n);
        var integer = long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var i);
        return valueType switch
        {
            "NUMBER" when !number => ("value_not_numeric", "Data value is not numeric"),
            "UNIT_INTERVAL" when !number || n < 0 || n > 1 => ("value_not_unit_interval", "Data value is not a unit interval"),
            "PERCENTAGE" when !number || n < 0 || n > 100 => ("value_not_percentage", "Data value is not a percentage"),
            "INTEGER" when !integer => ("value_not_integer", "Data value is not an integer"),
            "INTEGER_POSITIVE" when !integer || i <= 0 => ("value_not_positive_integer", "Data value is not a positive integer"),
            "INTEGER_NEGATIVE" when !integer || i >= 0 => ("value_not_negative_integer", "Data value is not a negative integer"),
            "INTEGER_ZERO_OR_POSITIVE" when !integer || i < 0 => ("value_not_zero_or_positive_integer", "Data value is not zero or positive integer"),
            "BOOLEAN" when value is not ("true" or "false" or "1" or "0" or "True" or "False") => ("value_not_bool", "Data value is not boolean"),
            "TRUE_ONLY" when value is not ("true" or "1" or "True") => ("value_not_true_only", "Data value is not true (true-only value type)"),
            "DATE" when !DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _) => ("value_not_valid_date", "Data value is not a valid date"),
            "TEXT" when value.Length > 50000 => ("value_length_greater_than_max_length", "Data value length is greater than max length"),
            _ => null,
        };
    }

    /// <summary>Numeric types whose zero is skipped unless the element says zero is significant.</summary>
    public static bool IsNumeric(string valueType) => valueType is "NUMBER" or "UNIT_INTERVAL" or "PERCENTAGE" or "INTEGER"
        or "INTEGER_POSITIVE" or "INTEGER_NEGATIVE" or "INTEGER_ZERO_OR_POSITIVE";
}
