using Passerelle.Warehouse.Database;

namespace Passerelle.Warehouse.Tests.Database;

public sealed class MultiRowInsertTests
{
    private const string Upsert = """
        INSERT INTO dim_period (code, period_type, start_date, end_date) VALUES ($1, $2, $3, $4)
        ON CONFLICT (code) DO UPDATE SET period_type = excluded.period_type
        """;

    [Fact]
    public void Batches_ThreeRows_OneStatementWithNumberedTuples()
    {
        var insert = MultiRowInsert.TryParse(Upsert)!;

        var (sql, arguments) = Assert.Single(insert.Batches([["a", "M", 1, 2], ["b", "M", 3, 4], ["c", "Y", 5, 6]]));

        Assert.Contains("VALUES ($1, $2, $3, $4), ($5, $6, $7, $8), ($9, $10, $11, $12)", sql, StringComparison.Ordinal);
        Assert.EndsWith("DO UPDATE SET period_type = excluded.period_type", sql, StringComparison.Ordinal);
        Assert.Equal(new object?[] { "a", "M", 1, 2, "b", "M", 3, 4, "c", "Y", 5, 6 }, arguments);
    }

    [Fact]
    public void Batches_SameConflictKeyTwice_KeepsTheLastRowOnly()
    {
        var insert = MultiRowInsert.TryParse(Upsert)!;

        var (_, arguments) = Assert.Single(insert.Batches([["a", "M", 1, 2], ["b", "M", 3, 4], ["a", "Y", 9, 9]]));

        Assert.Equal(new object?[] { "b", "M", 3, 4, "a", "Y", 9, 9 }, arguments);
    }

    [Fact]
    public void Batches_ManyRows_SplitUnderTheRowLimit()
    {
        var insert = MultiRowInsert.TryParse(Upsert)!;
        var rows = Enumerable.Range(0, 1_201).Select(i => new object?[] { $"p{i}", "M", i, i }).ToList();

        var batches = insert.Batches(rows).ToList();

        Assert.Equal([500, 500, 201], batches.Select(b => b.Arguments.Length / 4));
    }

    [Theory]
    [InlineData("DELETE FROM pushed_value WHERE data_element = $1 AND period = $2")]
    [InlineData("INSERT INTO t (a, b) VALUES ($2, $1)")]
    [InlineData("INSERT INTO t (a, b, c) VALUES ($1, $2)")]
    [InlineData("INSERT INTO t (a, b) VALUES ($1, $2) ON CONFLICT (z) DO NOTHING")]
    public void TryParse_NotAPlainOneRowInsert_IsRefused(string sql) => Assert.Null(MultiRowInsert.TryParse(sql));

    [Fact]
    public void ConflictProbe_Upsert_JoinsTheStagedRowsOnTheConflictKey()
    {
        var insert = MultiRowInsert.TryParse(Upsert)!;

        var probe = insert.ConflictProbe("staged", i => "c" + i);

        Assert.Equal("SELECT 1 FROM staged s JOIN dim_period ON dim_period.code = s.c0 LIMIT 1", probe);
        Assert.Equal("INSERT INTO dim_period (code, period_type, start_date, end_date) SELECT * FROM staged", insert.FromSelectWithoutConflictClause("SELECT * FROM staged"));
    }

    [Fact]
    public void ConflictProbe_PlainInsert_Null()
    {
        var insert = MultiRowInsert.TryParse("INSERT INTO dim_period (code, period_type) VALUES ($1, $2)")!;

        Assert.Null(insert.ConflictProbe("staged", i => "c" + i));
    }
}
