using System.Data.Common;
using Passerelle.Core.Storage;
using Passerelle.Warehouse.Database;

namespace Passerelle.Warehouse.Stores;

internal sealed class RunLedger(WarehouseDatabase database) : IRunLedger
{
    private const string RunColumns = "run_id, kind, started_at, finished_at, status, error";

    public async Task StartRunAsync(RunStart run, CancellationToken cancellationToken)
    {
        await using var session = await database.OpenSessionAsync(cancellationToken).ConfigureAwait(false);
        await session.ExecuteAsync(
            "INSERT INTO run (run_id, kind, started_at, status) VALUES ($1, $2, $3, $4)",
            [run.RunId, run.Kind, run.StartedAt, RunStatus.Running],
            cancellationToken).ConfigureAwait(false);
    }

    public async Task RecordStageAsync(StageResult stage, CancellationToken cancellationToken)
    {
        await using var session = await database.OpenSessionAsync(cancellationToken).ConfigureAwait(false);
        var position = Convert.ToInt32(
            await session.ScalarAsync("SELECT count(*) FROM run_stage WHERE run_id = $1", [stage.RunId], cancellationToken).ConfigureAwait(false),
            System.Globalization.CultureInfo.InvariantCulture);
        await session.ExecuteAsync(
            """
            INSERT INTO run_stage (run_id, stage, position, status, items_read, items_written, items_rejected, duration_us, error)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
            ON CONFLICT (run_id, stage) DO UPDATE SET
                status = excluded.status, items_read = excluded.items_read, items_written = excluded.items_written,
                items_rejected = excluded.items_rejected, duration_us = excluded.duration_us, error = excluded.error
            """,
            [stage.RunId, stage.Stage, position, stage.Status, stage.ItemsRead, stage.ItemsWritten, stage.ItemsRejected,
             stage.Duration.Ticks / TimeSpan.TicksPerMicrosecond, stage.Error],
            cancellationToken).ConfigureAwait(false);
    }

    public async Task RecordWatermarkAsync(Guid runId, string source, DateTimeOffset watermark, CancellationToken cancellationToken)
    {
        await using var session = await database.OpenSessionAsync(cancellationToken).ConfigureAwait(false);
        await session.ExecuteAsync(
            """
            INSERT INTO run_watermark (run_id, source, watermark) VALUES ($1, $2, $3)
            ON CONFLICT (run_id, source) DO UPDATE SET watermark = excluded.watermark
            """,
            [runId, source, watermark],
            cancellationToken).ConfigureAwait(false);
    }

    public async Task FinishRunAsync(Guid runId, RunStatus status, DateTimeOffset finishedAt, string? error, CancellationToken cancellationToken)
    {
        await using var session = await database.OpenSessionAsync(cancellationToken).ConfigureAwait(false);
        var updated = await session.ExecuteAsync(
            "UPDATE run SET status = $2, finished_at = $3, error = $4 WHERE run_id = $1",
            [runId, status, finishedAt, error],
            cancellationToken).ConfigureAwait(false);
        if (updated == 0)
        {
            throw new WarehouseException($"Exécution inconnue / unknown run {runId}.");
        }
    }

    public async Task<RunSummary?> GetRunAsync(Guid runId, CancellationToken cancellationToken)
    {
        await using var session = await database.OpenSessionAsync(cancellationToken).ConfigureAwait(false);
        var runs = await session.ListAsync($"SELECT {RunColumns} FROM run WHERE run_id = $1", [runId], ReadRun, cancellationToken)
            .ConfigureAwait(false);
        return runs.Count == 0 ? null : await WithStagesAsync(session, runs[0], cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<RunSummary>> ListRunsAsync(int limit, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        await using var session = await database.OpenSessionAsync(cancellationToken).ConfigureAwait(false);
        var runs = await session.ListAsync(
            $"SELECT {RunColumns} FROM run ORDER BY started_at DESC, run_id LIMIT $1", [limit], ReadRun, cancellationToken).ConfigureAwait(false);
        var summaries = new List<RunSummary>(runs.Count);
        foreach (var run in runs)
        {
            summaries.Add(await WithStagesAsync(session, run, cancellationToken).ConfigureAwait(false));
        }

        return summaries;
    }

    public async Task<DateTimeOffset?> GetLastSuccessfulWatermarkAsync(string source, CancellationToken cancellationToken)
    {
        await using var session = await database.OpenSessionAsync(cancellationToken).ConfigureAwait(false);
        var value = await session.ScalarAsync(
            """
            SELECT max(w.watermark) FROM run_watermark w JOIN run r ON r.run_id = w.run_id
            WHERE w.source = $1 AND r.status = $2
            """,
            [source, RunStatus.Succeeded],
            cancellationToken).ConfigureAwait(false);
        return value is DateTime stored ? DbValues.FromTimestamp(stored) : null;
    }

    private static RunSummary ReadRun(DbDataReader r) => new(
        r.GetGuidText(0), r.GetString(1), r.GetUtc(2), r.GetNullableUtc(3), r.GetEnum<RunStatus>(4), r.GetNullableString(5), []);

    private static async Task<RunSummary> WithStagesAsync(SqlSession session, RunSummary run, CancellationToken cancellationToken)
    {
        var stages = await session.ListAsync(
            """
            SELECT run_id, stage, status, items_read, items_written, items_rejected, duration_us, error
            FROM run_stage WHERE run_id = $1 ORDER BY position
            """,
            [run.RunId],
            r => new StageResult(
                r.GetGuidText(0), r.GetString(1), r.GetEnum<StageStatus>(2), r.GetInt64(3), r.GetInt64(4), r.GetInt64(5),
                TimeSpan.FromMicroseconds(r.GetInt64(6)), r.GetNullableString(7)),
            cancellationToken).ConfigureAwait(false);
        return run with { Stages = stages };
    }
}
