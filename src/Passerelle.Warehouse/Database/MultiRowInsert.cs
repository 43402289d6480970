using System.Text;
using System.Text.RegularExpressions;

namespace Passerelle.Warehouse.Database;

/// <summary>
/// Turns a one-row <c>INSERT … VALUES ($1, …, $k) [ON CONFLICT (keys) …]</c> into statements of many rows,
/// so a thousand rows cost a few round trips rather than a thousand prepared statements (DuckDB prepares
/// every statement anew). Rows sharing a conflict key are reduced to the last one, which is what executing
/// them one after the other would leave — and what both engines require of a single statement.
/// </summary>
internal sealed partial class MultiRowInsert
{
    /// <summary>Both engines accept far more; this keeps statements small enough to prepare quickly.</summary>
    private const int MaxParameters = 20_000;

    private const int MaxRows = 500;

    private readonly string _head;
    private readonly string _tail;
    private readonly int _width;
    private readonly int[] _keyIndexes;
    private readonly string _table;
    private readonly string[] _keyColumns;

    private MultiRowInsert(string head, string tail, int width, int[] keyIndexes, string table, string[] keyColumns)
    {
        _head = head;
        _tail = tail;
        _width = width;
        _keyIndexes = keyIndexes;
        _table = table;
        _keyColumns = keyColumns;
    }

    /// <summary>The statement in many-row form, or null when it is not a one-row insert of <c>$1…$k</c> in order.</summary>
    public static MultiRowInsert? TryParse(string sql)
    {
        var insert = InsertShape().Match(sql);
        if (!insert.Success)
        {
            return null;
        }

        var parameters = insert.Groups["params"].Value.Split(',', StringSplitOptions.TrimEntries);
        for (var i = 0; i < parameters.Length; i++)
        {
            if (parameters[i] != "$" + (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture))
            {
                return null;
            }
        }

        var columns = insert.Groups["columns"].Value.Split(',', StringSplitOptions.TrimEntries);
        if (columns.Length != parameters.Length)
        {
            return null;
        }

        var tail = sql[(insert.Index + insert.Length)..];
        var keyIndexes = Array.Empty<int>();
        var keys = Array.Empty<string>();
        if (ConflictKeys().Match(tail) is { Success: true } conflict)
        {
            keys = conflict.Groups["keys"].Value.Split(',', StringSplitOptions.TrimEntries);
            keyIndexes = keys.Select(k => Array.IndexOf(columns, k)).ToArray();
            if (keyIndexes.Any(i => i < 0))
            {
                return null;
            }
        }

        return new MultiRowInsert(sql[..insert.Groups["values"].Index], tail, parameters.Length, keyIndexes, insert.Groups["table"].Value, keys);
    }

    /// <summary>How many values each row gives (the statement's <c>$1…$k</c>).</summary>
    public int Width => _width;

    /// <summary>
    /// The statement inserting the rows <paramref name="select"/> returns instead of its <c>VALUES</c> list
    /// (same target, columns and conflict clause).
    /// </summary>
    public string FromSelect(string select) => _head + select + _tail;

    /// <summary>
    /// A query returning a row when one of the rows <paramref name="staged"/> holds (columns named by
    /// <paramref name="column"/>) has the conflict key of a row of the target; null when the statement has no conflict
    /// clause that could be left out (<see cref="FromSelectWithoutConflictClause"/>).
    /// </summary>
    public string? ConflictProbe(string staged, Func<int, string> column)
    {
        if (_keyIndexes.Length == 0 || !_tail.TrimStart().StartsWith("ON", StringComparison.OrdinalIgnoreCase)
            || _tail.Contains("RETURNING", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var on = string.Join(" AND ", _keyIndexes.Select((index, k) => $"{_table}.{_keyColumns[k]} = s.{column(index)}"));
        return $"SELECT 1 FROM {staged} s JOIN {_table} ON {on} LIMIT 1";
    }

    /// <summary>
    /// <see cref="FromSelect"/> without the conflict clause: the same outcome when no row conflicts with the target (the
    /// rows themselves having one per key), which <see cref="ConflictProbe"/> finds out.
    /// </summary>
    public string FromSelectWithoutConflictClause(string select) => _head + select;

    /// <summary>The statements to run, each with its arguments, covering every row once.</summary>
    public IEnumerable<(string Sql, object?[] Arguments)> Batches(IEnumerable<object?[]> rows)
    {
        var perStatement = Math.Max(1, Math.Min(MaxRows, MaxParameters / _width));
        foreach (var batch in LastPerKey(rows).Chunk(perStatement))
        {
            var sql = new StringBuilder(_head);
            var arguments = new object?[batch.Length * _width];
            for (var r = 0; r < batch.Length; r++)
            {
                if (batch[r].Length != _width)
                {
                    throw new ArgumentException($"Row {r} has {batch[r].Length} values; the statement takes {_width}.", nameof(rows));
                }

                sql.Append(r == 0 ? "VALUES (" : ", (");
                for (var c = 0; c < _width; c++)
                {
                    sql.Append(c == 0 ? "$" : ", $").Append((r * _width) + c + 1);
                    arguments[(r * _width) + c] = batch[r][c];
                }

                sql.Append(')');
            }

            yield return (sql.Append(_tail).ToString(), arguments);
        }
    }

    /// <summary>
    /// The rows one statement may take: of rows sharing a conflict key, only the last (what running them one after the
    /// other would leave), in their order.
    /// </summary>
    public IEnumerable<object?[]> LastPerKey(IEnumerable<object?[]> rows)
    {
        if (_keyIndexes.Length == 0)
        {
            return rows;
        }

        var list = rows.ToList();
        var lastIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < list.Count; i++)
        {
            lastIndex[Key(list[i])] = i;
        }

        return lastIndex.Count == list.Count ? list : list.Where((row, i) => lastIndex[Key(row)] == i);
    }

    private string Key(object?[] row) =>
        string.Join('\u001f', _keyIndexes.Select(i => Convert.ToString(row[i], System.Globalization.CultureInfo.InvariantCulture) ?? "\u0000"));

    [GeneratedRegex(@"INSERT\s+INTO\s+(?<table>\w+)\s*\((?<columns>[^)]*)\)\s*(?<values>VALUES\s*\((?<params>\s*\$\d+(\s*,\s*\$\d+)*\s*)\))", RegexOptions.IgnoreCase)]
    private static partial Regex InsertShape();

    [GeneratedRegex(@"^\s*ON\s+CONFLICT\s*\((?<keys>[^)]*)\)", RegexOptions.IgnoreCase)]
    private static partial Regex ConflictKeys();
}
