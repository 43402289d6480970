using System.Data.Common;
using System.Runtime.CompilerServices;
using Passerelle.Core.Storage;
using Passerelle.Warehouse.Database;

namespace Passerelle.Warehouse.Stores;

internal sealed class PushLedger(WarehouseDatabase database) : IPushLedger
{
    private const string PushColumns = "push_id, run_id, target, started_at, finished_at, status, planned_chunks";

    public async Task StartPushAsync(PushStart push, CancellationToken cancellationToken)
    {
        await using var session = await database.OpenSessionAsync(cancellationToken).ConfigureAwait(false);
        await session.ExecuteAsync(
            $"INSERT INTO push ({PushColumns}) VALUES ($1, $2, $3, $4, NULL, $5, $6)",
            [push.PushId, push.RunId, push.Target, push.StartedAt, PushStatus.Running, push.PlannedChunks],
            cancellationToken).ConfigureAwait(false);
    }

    public async Task RecordChunkAsync(PushChunk chunk, CancellationToken cancellationToken)
    {
        await using var session = await database.OpenSessionAsync(cancellationToken).ConfigureAwait(false);
        await session.ExecuteAsync(
            """
            INSERT INTO push_chunk (push_id, chunk_index, payload_hash, status, imported, updated, ignored, deleted, error, recorded_at)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
            ON CONFLICT (push_id, chunk_index) DO UPDATE SET
                payload_hash = excluded.payload_hash, status = excluded.status, imported = excluded.imported,
                updated = excluded.updated, ignored = excluded.ignored, deleted = excluded.deleted,
                error = excluded.error, recorded_at = excluded.recorded_at
            """,
            [chunk.PushId, chunk.Index, chunk.PayloadHash, chunk.Status, chunk.Imported, chunk.Updated, chunk.Ignored, chunk.Deleted,
             chunk.Error, chunk.At],
            cancellationToken).ConfigureAwait(false);
    }

    public async Task FinishPushAsync(Guid pushId, PushStatus status, DateTimeOffset finishedAt, CancellationToken cancellationToken)
    {
        await using var session = await database.OpenSessionAsync(cancellationToken).ConfigureAwait(false);
        var updated = await session.ExecuteAsync(
            "UPDATE push SET status = $2, finished_at = $3 WHERE push_id = $1", [pushId, status, finishedAt], cancellationToken)
            .ConfigureAwait(false);
        if (updated == 0)
        {
            throw new WarehouseException($"Envoi inconnu / unknown push {pushId}.");
        }
    }

    public async Task<PushSummary?> GetPushAsync(Guid pushId, CancellationToken cancellationToken)
    {
        await using var session = await database.OpenSessionAsync(cancellationToken).ConfigureAwait(false);
        var pushes = await session.ListAsync($"SELECT {PushColumns} FROM push WHERE push_id = $1", [pushId], ReadPush, cancellationToken)
            .ConfigureAwait(false);
        return pushes.Count == 0 ? null : await WithChunksAsync(session, pushes[0], cancellationToken).ConfigureAwait(false);
    }

    public async Task<PushSummary?> FindUnfinishedPushAsync(string target, CancellationToken cancellationToken)
    {
        await using var session = await database.OpenSessionAsync(cancellationToken).ConfigureAwait(false);
        var pushes = await session.ListAsync(
            $"SELECT {PushColumns} FROM push WHERE target = $1 AND status = $2 ORDER BY started_at DESC, push_id LIMIT 1",
            [target, PushStatus.Running],
            ReadPush,
            cancellationToken).ConfigureAwait(false);
        return pushes.Count == 0 ? null : await WithChunksAsync(session, pushes[0], cancellationToken).ConfigureAwait(false);
    }

    public Task UpsertPushedValuesAsync(IEnumerable<PushedValue> values, CancellationToken cancellationToken) =>
        database.ExecuteEachAsync(
            """
            INSERT INTO pushed_value (data_element, period, org_unit, category_option_combo, pushed_value) VALUES ($1, $2, $3, $4, $5)
            ON CONFLICT (data_element, period, org_unit, category_option_combo) DO UPDATE SET pushed_value = excluded.pushed_value
            """,
            values.Select(v => new object?[] { v.Key.DataElement, v.Key.Period, v.Key.OrgUnit, v.Key.CategoryOptionCombo, v.Value }),
            cancellationToken);

    public Task RemovePushedValuesAsync(IEnumerable<DataValueKey> keys, CancellationToken cancellationToken) =>
        database.ExecuteEachAsync(
            "DELETE FROM pushed_value WHERE data_element = $1 AND period = $2 AND org_unit = $3 AND category_option_combo = $4",
            keys.Select(k => new object?[] { k.DataElement, k.Period, k.OrgUnit, k.CategoryOptionCombo }),
            cancellationToken);

    public async IAsyncEnumerable<PushedValue> ReadPushedValuesAsync(string? period, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        const string Select = "SELECT data_element, period, org_unit, category_option_combo, pushed_value FROM pushed_value";
        const string Order = " ORDER BY data_element, period, org_unit, category_option_combo";
        await using var session = await database.OpenSessionAsync(cancellationToken).ConfigureAwait(false);
        var rows = session.QueryAsync(
            period is null ? Select + Order : Select + " WHERE period = $1" + Order,
            period is null ? [] : [period],
            r => new PushedValue(new DataValueKey(r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3)), r.GetString(4)),
            cancellationToken);
        await foreach (var value in rows.ConfigureAwait(false))
        {
            yield return value;
        }
    }

    private static PushSummary ReadPush(DbDataReader r) => new(
        r.GetGuidText(0), r.IsDBNull(1) ? null : r.GetGuidText(1), r.GetString(2), r.GetUtc(3), r.GetNullableUtc(4),
        r.GetEnum<PushStatus>(5), r.GetInt32(6), []);

    private static async Task<PushSummary> WithChunksAsync(SqlSession session, PushSummary push, CancellationToken cancellationToken)
    {
        var chunks = await session.ListAsync(
            """
            SELECT push_id, chunk_index, payload_hash, status, imported, updated, ignored, deleted, error, recorded_at
            FROM push_chunk WHERE push_id = $1 ORDER BY chunk_index
            """,
            [push.PushId],
            r => new PushChunk(
                r.GetGuidText(0), r.GetInt32(1), r.GetString(2), r.GetEnum<ChunkStatus>(3), r.GetInt32(4), r.GetInt32(5),
                r.GetInt32(6), r.GetInt32(7), r.GetNullableString(8), r.GetUtc(9)),
            cancellationToken).ConfigureAwait(false);
        return push with { Chunks = chunks };
    }
}
