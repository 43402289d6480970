using Passerelle.Core.Facilities;
using Passerelle.Core.Storage;
using Passerelle.Warehouse.Database;

namespace Passerelle.Warehouse.Stores;

/// <summary>
/// Crosswalk links and cadre mappings. People decide, the machine proposes: an automatic proposal never
/// replaces a human decision. The rule is applied here, before writing, and again in the upsert's
/// <c>WHERE</c> so that no caller can get round it.
/// </summary>
internal sealed class CrosswalkStore(WarehouseDatabase database) : ICrosswalkStore
{
    private const string HumanStatuses = "('manual-accepted', 'manual-rejected')";

    private const string LinkColumns = "golden_id, source, source_id, score, status, explanation_json, decided_by, decided_at";

    private const string MappingColumns = "source, job_key, job_title, cadre_code, score, status, explanation_json, decided_by, decided_at";

    public async Task<UpsertOutcome> UpsertFacilityLinksAsync(IEnumerable<FacilityLink> links, CancellationToken cancellationToken)
    {
        await using var session = await database.OpenSessionAsync(cancellationToken).ConfigureAwait(false);
        await session.BeginAsync(cancellationToken).ConfigureAwait(false);
        var human = await session.ListAsync(
            $"SELECT golden_id, source, source_id, status FROM facility_link WHERE status IN {HumanStatuses}",
            [],
            r => (Golden: r.GetString(0), Source: r.GetString(1), SourceId: r.GetString(2), Status: DecisionStatusCodes.FromCode(r.GetString(3))),
            cancellationToken).ConfigureAwait(false);
        var decidedPairs = human.Select(h => (h.Golden, h.Source, h.SourceId)).ToHashSet();
        var acceptedElsewhere = human.Where(h => h.Status == DecisionStatus.ManualAccepted)
            .ToLookup(h => (h.Source, h.SourceId), h => h.Golden);

        var kept = 0;
        var written = 0;
        var rows = new List<object?[]>(LinksPerStatement);
        foreach (var link in links)
        {
            var source = link.Source.ToString();
            if (!link.Status.IsHuman()
                && (decidedPairs.Contains((link.GoldenId, source, link.SourceId))
                    || acceptedElsewhere[(source, link.SourceId)].Any(golden => golden != link.GoldenId)))
            {
                kept++;
                continue;
            }

            rows.Add([link.GoldenId, source, link.SourceId, link.Score, link.Status.Code(), link.ExplanationJson, link.DecidedBy, link.DecidedAt]);
            if (link.Status.IsHuman())
            {
                decidedPairs.Add((link.GoldenId, source, link.SourceId));
            }

            if (rows.Count == LinksPerStatement)
            {
                written += await UpsertLinkRowsAsync(session, rows, cancellationToken).ConfigureAwait(false);
                rows.Clear();
                // Each statement commits on its own: DuckDB holds a transaction's new rows in memory until it commits, and
                // a continent's links in one transaction held about 750 MiB there (docs/performance.md). Upserts are
                // idempotent and never overwrite a person's decision, so a run that stops half-way leaves links the next run
                // writes again.
                await session.CommitAsync(cancellationToken).ConfigureAwait(false);
                await session.BeginAsync(cancellationToken).ConfigureAwait(false);
            }
        }

        written += await UpsertLinkRowsAsync(session, rows, cancellationToken).ConfigureAwait(false);
        await session.CommitAsync(cancellationToken).ConfigureAwait(false);
        return new UpsertOutcome(written, kept);
    }

    /// <summary>
    /// Links written per statement, each statement in a transaction of its own: a continent's 200,000 links with their
    /// explanations (about 2 KB each in memory) are never all held, neither by Passerelle nor by DuckDB; a key given twice is
    /// written twice, in order, so the last one stays.
    /// </summary>
    internal const int LinksPerStatement = 8_192;

    private static async Task<int> UpsertLinkRowsAsync(SqlSession session, List<object?[]> rows, CancellationToken cancellationToken) =>
        rows.Count == 0 ? 0 : await session.ExecuteEachAsync(
            $"""
            INSERT INTO facility_link ({LinkColumns}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
            ON CONFLICT (golden_id, source, source_id) DO UPDATE SET
                score = excluded.score, status = excluded.status, explanation_json = excluded.explanation_json,
                decided_by = excluded.decided_by, decided_at = excluded.decided_at
            WHERE facility_link.status NOT IN {HumanStatuses} OR excluded.status IN {HumanStatuses}
            """,
            rows,
            cancellationToken).ConfigureAwait(false);

    public async Task<IReadOnlyList<FacilityLinkTarget>> ReadFacilityLinkTargetsAsync(SourceSystem source, CancellationToken cancellationToken)
    {
        await using var session = await database.OpenSessionAsync(cancellationToken).ConfigureAwait(false);
        return await session.ListAsync(
            "SELECT golden_id, source, source_id, score, status FROM facility_link WHERE source = $1 ORDER BY source, source_id, golden_id",
            [source],
            r => new FacilityLinkTarget(r.GetString(0), r.GetEnum<SourceSystem>(1), r.GetString(2), r.GetDouble(3), DecisionStatusCodes.FromCode(r.GetString(4))),
            cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<FacilityLink>> ReadFacilityLinksAsync(SourceSystem? source, CancellationToken cancellationToken)
    {
        await using var session = await database.OpenSessionAsync(cancellationToken).ConfigureAwait(false);
        return await session.ListAsync(
            source is null
                ? $"SELECT {LinkColumns} FROM facility_link ORDER BY source, source_id, golden_id"
                : $"SELECT {LinkColumns} FROM facility_link WHERE source = $1 ORDER BY source, source_id, golden_id",
            source is null ? [] : [source.Value],
            r => new FacilityLink(
                r.GetString(0), r.GetEnum<SourceSystem>(1), r.GetString(2), r.GetDouble(3), DecisionStatusCodes.FromCode(r.GetString(4)),
                r.GetString(5), r.GetString(6), r.GetUtc(7)),
            cancellationToken).ConfigureAwait(false);
    }

    public async Task<UpsertOutcome> UpsertCadreMappingsAsync(IEnumerable<CadreMapping> mappings, CancellationToken cancellationToken)
    {
        await using var session = await database.OpenSessionAsync(cancellationToken).ConfigureAwait(false);
        await session.BeginAsync(cancellationToken).ConfigureAwait(false);
        var decided = (await session.ListAsync(
            $"SELECT source, job_key FROM cadre_mapping WHERE status IN {HumanStatuses}",
            [],
            r => (Source: r.GetString(0), JobKey: r.GetString(1)),
            cancellationToken).ConfigureAwait(false)).ToHashSet();

        var kept = 0;
        var rows = new List<object?[]>();
        foreach (var mapping in mappings)
        {
            var source = mapping.Source.ToString();
            if (!mapping.Status.IsHuman() && decided.Contains((source, mapping.JobKey)))
            {
                kept++;
                continue;
            }

            rows.Add([source, mapping.JobKey, mapping.JobTitle, mapping.CadreCode, mapping.Score, mapping.Status.Code(),
                mapping.ExplanationJson, mapping.DecidedBy, mapping.DecidedAt]);
            if (mapping.Status.IsHuman())
            {
                decided.Add((source, mapping.JobKey));
            }
        }

        var written = await session.ExecuteEachAsync(
            $"""
            INSERT INTO cadre_mapping ({MappingColumns}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
            ON CONFLICT (source, job_key) DO UPDATE SET
                job_title = excluded.job_title, cadre_code = excluded.cadre_code, score = excluded.score,
                status = excluded.status, explanation_json = excluded.explanation_json,
                decided_by = excluded.decided_by, decided_at = excluded.decided_at
            WHERE cadre_mapping.status NOT IN {HumanStatuses} OR excluded.status IN {HumanStatuses}
            """,
            rows,
            cancellationToken).ConfigureAwait(false);
        await session.CommitAsync(cancellationToken).ConfigureAwait(false);
        return new UpsertOutcome(written, kept);
    }

    public async Task<IReadOnlyList<CadreMapping>> ReadCadreMappingsAsync(SourceSystem? source, CancellationToken cancellationToken)
    {
        await using var session = await database.OpenSessionAsync(cancellationToken).ConfigureAwait(false);
        return await session.ListAsync(
            source is null
                ? $"SELECT {MappingColumns} FROM cadre_mapping ORDER BY source, job_key"
                : $"SELECT {MappingColumns} FROM cadre_mapping WHERE source = $1 ORDER BY source, job_key",
            source is null ? [] : [source.Value],
            r => new CadreMapping(
                r.GetEnum<SourceSystem>(0), r.GetString(1), r.GetNullableString(2), r.GetString(3), r.GetDouble(4),
                DecisionStatusCodes.FromCode(r.GetString(5)), r.GetString(6), r.GetString(7), r.GetUtc(8)),
            cancellationToken).ConfigureAwait(false);
    }
}
