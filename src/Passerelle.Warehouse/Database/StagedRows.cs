using System.Globalization;

namespace Passerelle.Warehouse.Database;

/// <summary>
/// Rows of an insert converted as parameters would be (<see cref="DbValues.ToParameterValue"/>), with the engine type
/// of each column, for loading them in bulk into a scratch table: every value of a column must have the same .NET type.
/// </summary>
internal sealed class StagedRows
{
    private StagedRows(IReadOnlyList<object[]> rows, IReadOnlyList<Type?> columnTypes)
    {
        Rows = rows;
        ColumnTypes = columnTypes;
    }

    /// <summary>The converted values (<see cref="DBNull"/> for null).</summary>
    public IReadOnlyList<object[]> Rows { get; }

    /// <summary>The .NET type of each column's values; null when the column holds only nulls.</summary>
    public IReadOnlyList<Type?> ColumnTypes { get; }

    /// <summary>The converted rows, or null when a row is not <paramref name="width"/> wide or a column mixes types.</summary>
    public static StagedRows? TryCreate(IReadOnlyList<object?[]> rows, int width)
    {
        var types = new Type?[width];
        var converted = new List<object[]>(rows.Count);
        foreach (var row in rows)
        {
            if (row.Length != width)
            {
                return null;
            }

            var values = new object[width];
            for (var c = 0; c < width; c++)
            {
                values[c] = DbValues.ToParameterValue(row[c]);
                if (values[c] is DBNull)
                {
                    continue;
                }

                var type = values[c].GetType();
                if (types[c] is null)
                {
                    types[c] = type;
                }
                else if (types[c] != type)
                {
                    return null;
                }
            }

            converted.Add(values);
        }

        return new StagedRows(converted, types);
    }

    /// <summary>The column names of the scratch table: <c>c0</c>, <c>c1</c>…</summary>
    public static string Column(int index) => "c" + index.ToString(CultureInfo.InvariantCulture);
}
