using System.Collections;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Passerelle.Core.Facilities;
using Passerelle.Core.Publishing;
using Passerelle.Core.Storage;
using Passerelle.Core.Workforce;
using Passerelle.Dhis2;
using Passerelle.Dhis2.Metadata;
using Passerelle.Dhis2.Model;
using Passerelle.Dhis2.Pull;
using Passerelle.Dhis2.Push;
using Passerelle.Dhis2.Security;
using Passerelle.Dhis2.Uids;
using Passerelle.Sync.Analysis;
using Passerelle.Sync.Pipeline;

namespace Passerelle.Sync.Publishing;

/// <summary>
/// Publishes the results into DHIS2: metadata (validated, then committed), then data values. It reads
/// what DHIS2 already holds for Passerelle's data set, sends only what changed, in chunks recorded in the
/// push ledger, and reconciles DHIS2's counts with what was sent. A push that crashed resumes: chunks DHIS2
/// already acknowledged are not sent again. POSTs are never retried blindly. Before sending it checks the
/// account's authorities; after, it reads the values back through DHIS2's analytics (<see cref="PublisherOptions"/>).
/// </summary>
public sealed class Dhis2Publisher(Dhis2Client client, IWarehouse warehouse, Uri target, int chunkSize, TimeProvider time, PublisherOptions? options = null)
{
    public const string Name = "push";

    /// <summary>DHIS2's default category option combo (web-api.md §1).</summary>
    public const string DefaultOptionCombo = "HllvX50cXC0";

    /// <summary>Codes of every object Passerelle creates in DHIS2 start with this.</summary>
    public const string CodePrefix = "PASS_";

    private readonly PublisherOptions _options = options ?? PublisherOptions.Default;

    public async Task<PushReport> PublishAsync(string period, Guid? runId, bool dryRun, string? diffCsv, CancellationToken cancellationToken)
    {
        var dhis2OfGolden = await PublicationPackage.Dhis2UnitsAsync(warehouse, cancellationToken);
        var root = await PublicationPackage.RootUnitAsync(client, cancellationToken);
        var package = await PublicationPackage.BuildAsync(warehouse, dhis2OfGolden, root, _options.Plan, cancellationToken);
        var packageJson = package.ToJson();
        var fingerprints = runId is { } id && !dryRun && !_options.VerifyDhis2 ? new RunFingerprints(warehouse, id, time) : null;
        var metadataSubject = $"{Name} metadata {target}";
        var metadataFingerprint = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(packageJson)));
        var missingAuthorities = await CheckAuthoritiesAsync(package, dryRun, cancellationToken);
        if (fingerprints is not null && await fingerprints.MatchesLastAsync(metadataSubject, metadataFingerprint, cancellationToken))
        {
            // The same package as the last successful push: DHIS2 already holds it (drift is `sync --full`'s to find).
            await fingerprints.RecordAsync(metadataSubject, metadataFingerprint, cancellationToken);
            return await PublishValuesAsync(period, runId, dhis2OfGolden, root, null, cancellationToken) with { MetadataUnchanged = true };
        }

        var metadataDiff = await client.DiffMetadataAsync(package, CodePrefix, cancellationToken);
        var payload = JsonNode.Parse(packageJson)!;
        var validation = await client.ImportMetadataAsync(payload, MetadataImportOptions.Validate, cancellationToken);
        // A dry run by an account without the authorities still previews the diff: those refusals are already reported.
        var refusals = validation.Errors.Where(e => !(dryRun && missingAuthorities.Count > 0 && e.ErrorCode is "E3000" or "E3001")).ToList();
        if (refusals.Count > 0 || (!validation.IsOk && validation.Errors.Count == 0))
        {
            throw new SyncStageException(Name, "DHIS2 refuse les métadonnées / DHIS2 rejects the metadata: "
                + string.Join("; ", refusals.Take(5).Select(e => e.ToString())));
        }

        if (dryRun)
        {
            var desired = await DesiredValuesAsync(period, dhis2OfGolden, dryRun, cancellationToken);
            var current = await HeldValuesAsync(period, root, mayBeMissing: true, cancellationToken);
            var diff = DataValueDiff.Compute(desired, current, dhis2OfGolden.Values.ToHashSet(StringComparer.Ordinal).Contains);
            await WriteDiffCsvAsync(diff, current, diffCsv, cancellationToken);
            return new PushReport(validation, diff, true, 0, 0, 0, 0, 0, 0, 0, [])
            {
                MetadataDiff = metadataDiff,
                MissingAuthorities = missingAuthorities,
            };
        }

        var committed = await client.ImportMetadataAsync(payload, new MetadataImportOptions(), cancellationToken);
        if (!committed.IsOk || committed.Errors.Count > 0)
        {
            throw new SyncStageException(Name, "import des métadonnées en échec / metadata import failed: "
                + string.Join("; ", committed.Errors.Take(5).Select(e => e.ToString())));
        }

        if (fingerprints is not null)
        {
            await fingerprints.RecordAsync(metadataSubject, metadataFingerprint, cancellationToken);
        }

        return await PublishValuesAsync(period, runId, dhis2OfGolden, root, committed, cancellationToken, diffCsv) with { MetadataDiff = metadataDiff };
    }

    /// <summary>
    /// The data values: when what Passerelle computed is exactly what the push ledger says DHIS2 was last given (and no
    /// push was left unfinished), nothing is read from DHIS2, sent or read back. Otherwise the values DHIS2 holds are
    /// read and diffed, the difference is sent, and the result is read back through analytics.
    /// <see cref="PublisherOptions.VerifyDhis2"/> always takes the long way, to catch changes made in DHIS2 itself.
    /// </summary>
    private async Task<PushReport> PublishValuesAsync(
        string period, Guid? runId, IReadOnlyDictionary<string, string> dhis2OfGolden, string root, MetadataImportReport? committed,
        CancellationToken cancellationToken, string? diffCsv = null)
    {
        var desired = await DesiredValuesAsync(period, dhis2OfGolden, dryRun: false, cancellationToken);
        if (!_options.VerifyDhis2 && diffCsv is null && await LedgerHoldsExactlyAsync(desired, period, cancellationToken))
        {
            return await SendAsync(committed, new DataValueDiff([], [], desired, [], []), runId, cancellationToken) with { LedgerUnchanged = true };
        }

        var current = await HeldValuesAsync(period, root, mayBeMissing: committed is null, cancellationToken);
        var diff = DataValueDiff.Compute(desired, current, dhis2OfGolden.Values.ToHashSet(StringComparer.Ordinal).Contains);
        await WriteDiffCsvAsync(diff, current, diffCsv, cancellationToken);
        var report = await SendAsync(committed, diff, runId, cancellationToken);
        if (report.Conflicts.Count == 0)
        {
            await AlignLedgerAsync(desired, period, cancellationToken);
        }

        // Analytics tables are regenerated and read back only when DHIS2 was given something, or when asked to verify.
        if (_options.ReadBack && report.Conflicts.Count == 0 && (report.ValuesSent + report.ValuesDeleted > 0 || _options.VerifyDhis2))
        {
            var readBack = await new AnalyticsReadBack(client).CompareAsync(desired, period, _options.RefreshAnalyticsTables, YearsSince(period), cancellationToken);
            report = report with { ReadBack = readBack };
        }

        return report;
    }

    private static async Task WriteDiffCsvAsync(DataValueDiff diff, List<AggregateValue> current, string? diffCsv, CancellationToken cancellationToken)
    {
        if (diffCsv is not null)
        {
            var held = current.ToDictionary(v => v.Key, v => v.Value);
            await DiffCsvWriter.WriteAsync(diff, diffCsv, k => held.GetValueOrDefault(k), cancellationToken);
        }
    }

    /// <summary>
    /// After a push DHIS2 accepted whole, DHIS2 holds the computed values: the ledger's snapshot of the period is made to
    /// say exactly that (values that were already right in DHIS2 but missing from the snapshot are added, entries no
    /// longer computed are dropped), so that the next unchanged run can trust it.
    /// </summary>
    private async Task AlignLedgerAsync(List<AggregateValue> desired, string period, CancellationToken cancellationToken)
    {
        // The desired values are in key order: a pushed value is found by halving, and a bit per value says it is already
        // right, instead of a dictionary of a million and a half keys.
        var right = new BitArray(desired.Count);
        var stale = new List<DataValueKey>();
        await foreach (var pushed in warehouse.Pushes.ReadPushedValuesAsync(period, cancellationToken))
        {
            var index = IndexOf(desired, pushed.Key);
            if (index < 0)
            {
                stale.Add(pushed.Key);
            }
            else if (string.Equals(desired[index].Value, pushed.Value, StringComparison.Ordinal))
            {
                right[index] = true;
            }
        }

        if (stale.Count > 0)
        {
            await warehouse.Pushes.RemovePushedValuesAsync(stale, cancellationToken);
        }

        var missing = Enumerable.Range(0, desired.Count).Where(i => !right[i]).Select(i => new PushedValue(KeyOf(desired[i].Key), desired[i].Value));
        await warehouse.Pushes.UpsertPushedValuesAsync(missing, cancellationToken);
    }

    /// <summary>True when the ledger's snapshot of the period holds exactly <paramref name="desired"/> and no push was left unfinished.</summary>
    private async Task<bool> LedgerHoldsExactlyAsync(List<AggregateValue> desired, string period, CancellationToken cancellationToken)
    {
        if (await warehouse.Pushes.FindUnfinishedPushAsync(target.ToString(), cancellationToken) is not null)
        {
            return false;
        }

        // The ledger knows no attribute option combo: values with another one, or the same key twice, cannot be checked against it.
        for (var i = 0; i < desired.Count; i++)
        {
            if (desired[i].Key.AttributeOptionCombo != DefaultOptionCombo || (i > 0 && LedgerOrder(desired[i - 1].Key, KeyOf(desired[i].Key)) == 0))
            {
                return false;
            }
        }

        var seen = 0;
        await foreach (var pushed in warehouse.Pushes.ReadPushedValuesAsync(period, cancellationToken))
        {
            var index = IndexOf(desired, pushed.Key);
            if (index < 0 || !string.Equals(desired[index].Value, pushed.Value, StringComparison.Ordinal))
            {
                return false;
            }

            seen++;
        }

        return seen == desired.Count;
    }

    /// <summary>
    /// The order values are chunked and sent in, so that a resumed push makes the same chunks: by org unit, data element,
    /// category option combo, then period and attribute option combo; ordinal, whatever the culture.
    /// </summary>
    private static readonly Comparer<AggregateValue> SendOrder = Comparer<AggregateValue>.Create((a, b) =>
    {
        var order = LedgerOrder(a.Key, KeyOf(b.Key));
        return order != 0 ? order : string.CompareOrdinal(a.Key.AttributeOptionCombo, b.Key.AttributeOptionCombo);
    });

    private static int LedgerOrder(AggregateKey a, DataValueKey b)
    {
        var order = string.CompareOrdinal(a.OrgUnit, b.OrgUnit);
        if (order == 0)
        {
            order = string.CompareOrdinal(a.DataElement, b.DataElement);
        }

        if (order == 0)
        {
            order = string.CompareOrdinal(a.CategoryOptionCombo, b.CategoryOptionCombo);
        }

        return order != 0 ? order : string.CompareOrdinal(a.Period, b.Period);
    }

    /// <summary>The ledger's key of a value: <see cref="SendOrder"/> without the attribute option combo, which the ledger does not keep.</summary>
    private static readonly Comparer<AggregateValue> LedgerKeyOrder = Comparer<AggregateValue>.Create((a, b) => LedgerOrder(a.Key, KeyOf(b.Key)));

    /// <summary>Where <paramref name="key"/> is in <paramref name="desired"/> (in <see cref="SendOrder"/>), or -1.</summary>
    private static int IndexOf(List<AggregateValue> desired, DataValueKey key)
    {
        var probe = new AggregateValue(new AggregateKey(key.DataElement, key.Period, key.OrgUnit, key.CategoryOptionCombo, DefaultOptionCombo), string.Empty);
        return Math.Max(-1, desired.BinarySearch(probe, LedgerKeyOrder));
    }

    /// <summary>
    /// Before a push: fails naming every missing authority. Before a dry run: returns them, so the preview still shows
    /// what a push would do.
    /// </summary>
    private async Task<IReadOnlyList<string>> CheckAuthoritiesAsync(Dhis2MetadataPackage package, bool dryRun, CancellationToken cancellationToken)
    {
        if (!_options.CheckAuthorities)
        {
            return [];
        }

        List<Dhis2RequiredAuthority> required = [.. Dhis2Authorities.ForPackage(package), Dhis2Authorities.DataValuePush];
        if (_options.ReadBack && _options.RefreshAnalyticsTables)
        {
            required.Add(Dhis2Authorities.AnalyticsTables);
        }

        if (!dryRun)
        {
            await client.EnsureAuthoritiesAsync(required, cancellationToken);
            return [];
        }

        var user = await client.GetCurrentUserAsync(cancellationToken);
        return [.. required.Where(r => !r.AnyOf.Any(user.Has)).Select(r => r.Name)];
    }

    /// <summary>What DHIS2 holds for Passerelle's data set in the period (nothing when the data set does not exist yet).</summary>
    private async Task<List<AggregateValue>> HeldValuesAsync(string period, string root, bool mayBeMissing, CancellationToken cancellationToken)
    {
        var dataSet = Dhis2Uid.FromCode("dataSet", PublicationPlanFactory.DataSet);
        var current = new List<AggregateValue>();
        if (mayBeMissing && !await DataSetExistsAsync(dataSet, cancellationToken))
        {
            return current;
        }

        await foreach (var v in client.GetDataValuesAsync(new Dhis2DataValueQuery { DataSets = [dataSet], Periods = [period], OrgUnits = [root], Children = true }, cancellationToken))
        {
            if (v.Value is not null && v.Deleted != true)
            {
                current.Add(new AggregateValue(new AggregateKey(v.DataElement, v.Period, v.OrgUnit, v.CategoryOptionCombo ?? DefaultOptionCombo, v.AttributeOptionCombo ?? DefaultOptionCombo), v.Value));
            }
        }

        return current;
    }

    /// <summary>Years of analytics tables to rebuild so a yearly period is covered (<c>lastYears</c>), or null for all.</summary>
    private int? YearsSince(string period) =>
        period.Length >= 4 && int.TryParse(period.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            ? Math.Max(1, time.GetUtcNow().Year - year + 1)
            : null;

    private async Task<PushReport> SendAsync(MetadataImportReport? metadata, DataValueDiff diff, Guid? runId, CancellationToken cancellationToken)
    {
        var upserts = Chunk(diff.Changed.Count == 0 ? diff.Added : diff.Added.Count == 0 ? diff.Changed : [.. diff.ToSend], ImportStrategy.CreateAndUpdate);
        var deletes = Chunk(diff.Removed, ImportStrategy.Delete);
        var chunks = upserts.Concat(deletes).ToList();
        var unfinished = await warehouse.Pushes.FindUnfinishedPushAsync(target.ToString(), cancellationToken);
        var alreadyAcknowledged = unfinished?.AcknowledgedHashes ?? new HashSet<string>();
        var pushId = Guid.NewGuid();
        await warehouse.Pushes.StartPushAsync(new PushStart(pushId, runId, target.ToString(), time.GetUtcNow(), chunks.Count), cancellationToken);
        int imported = 0, updated = 0, ignored = 0, deleted = 0, skipped = 0, sent = 0, sentDeletes = 0;
        var conflicts = new List<DataValueImportConflict>();
        // A crash or fault anywhere below leaves the push unfinished: the next run reads its acknowledged chunks and resumes.
        for (var i = 0; i < chunks.Count; i++)
        {
            var (values, strategy, hash) = chunks[i];
            if (alreadyAcknowledged.Contains(hash))
            {
                skipped++;
                continue;
            }

            await warehouse.Pushes.RecordChunkAsync(new PushChunk(pushId, i, hash, ChunkStatus.Sent, 0, 0, 0, 0, null, time.GetUtcNow()), cancellationToken);
            var result = await client.ImportDataValueChunkAsync(
                [.. values.Select(ToDhis2)], new DataValueImportOptions { Strategy = strategy }, i, 0, cancellationToken);
            await warehouse.Pushes.RecordChunkAsync(new PushChunk(pushId, i, hash, ChunkStatus.Acknowledged,
                result.Imported, result.Updated, result.Ignored, result.Deleted, result.Conflicts.Count == 0 ? null : $"{result.Conflicts.Count} conflicts", time.GetUtcNow()), cancellationToken);
            imported += result.Imported;
            updated += result.Updated;
            ignored += result.Ignored;
            deleted += result.Deleted;
            conflicts.AddRange(result.Conflicts);
            if (strategy == ImportStrategy.Delete)
            {
                sentDeletes += values.Count;
                await warehouse.Pushes.RemovePushedValuesAsync(values.Select(v => KeyOf(v.Key)), cancellationToken);
            }
            else
            {
                sent += values.Count;
                var rejected = result.Conflicts.SelectMany(c => c.Indexes).ToHashSet();
                await warehouse.Pushes.UpsertPushedValuesAsync(
                    values.Where((_, index) => !rejected.Contains(index)).Select(v => new PushedValue(KeyOf(v.Key), v.Value)), cancellationToken);
            }
        }

        await warehouse.Pushes.FinishPushAsync(pushId, conflicts.Count == 0 ? PushStatus.Completed : PushStatus.Failed, time.GetUtcNow(), cancellationToken);
        if (unfinished is not null)
        {
            await warehouse.Pushes.FinishPushAsync(unfinished.PushId, PushStatus.Failed, time.GetUtcNow(), cancellationToken);
        }

        return new PushReport(metadata, diff, false, sent, sentDeletes, imported, updated, ignored, deleted, skipped, conflicts);
    }

    /// <summary>
    /// The values in <see cref="SendOrder"/>, cut into chunks that are views of one list. The computed values come sorted, so
    /// the values of a first push (all added) are not copied at all; others are copied once and sorted in place.
    /// </summary>
    private List<(IReadOnlyList<AggregateValue> Values, ImportStrategy Strategy, string Hash)> Chunk(IReadOnlyList<AggregateValue> values, ImportStrategy strategy)
    {
        var ordered = values;
        for (var i = 1; i < values.Count; i++)
        {
            if (SendOrder.Compare(values[i - 1], values[i]) > 0)
            {
                var copy = values.ToArray();
                Array.Sort(copy, SendOrder);
                ordered = copy;
                break;
            }
        }

        var size = Math.Max(1, chunkSize);
        var chunks = new List<(IReadOnlyList<AggregateValue>, ImportStrategy, string)>((ordered.Count + size - 1) / size);
        for (var start = 0; start < ordered.Count; start += size)
        {
            var slice = new Slice(ordered, start, Math.Min(size, ordered.Count - start));
            chunks.Add((slice, strategy, Hash(strategy, slice)));
        }

        return chunks;
    }

    /// <summary>Part of a list, without copying it.</summary>
    private sealed class Slice(IReadOnlyList<AggregateValue> list, int start, int count) : IReadOnlyList<AggregateValue>
    {
        public int Count => count;

        public AggregateValue this[int index] =>
            (uint)index < (uint)count ? list[start + index] : throw new ArgumentOutOfRangeException(nameof(index));

        public IEnumerator<AggregateValue> GetEnumerator()
        {
            for (var i = 0; i < count; i++)
            {
                yield return list[start + i];
            }
        }

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }

    private static string Hash(ImportStrategy strategy, IEnumerable<AggregateValue> values)
    {
        var text = new StringBuilder(strategy.ToString());
        foreach (var v in values)
        {
            text.Append('\n').Append(v.Key.DataElement).Append('|').Append(v.Key.Period).Append('|').Append(v.Key.OrgUnit)
                .Append('|').Append(v.Key.CategoryOptionCombo).Append('|').Append(v.Value);
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    private static Dhis2DataValue ToDhis2(AggregateValue v) =>
        new(v.Key.DataElement, v.Key.Period, v.Key.OrgUnit, v.Key.CategoryOptionCombo, v.Key.AttributeOptionCombo, v.Value);

    private static DataValueKey KeyOf(AggregateKey k) => new(k.DataElement, k.Period, k.OrgUnit, k.CategoryOptionCombo);

    private async Task<bool> DataSetExistsAsync(string uid, CancellationToken cancellationToken)
    {
        await foreach (var _ in client.GetDataSetsAsync(Dhis2ListQuery.Where($"id:eq:{uid}"), cancellationToken))
        {
            return true;
        }

        return false;
    }

    /// <summary>The values Passerelle computed for the period, keyed by DHIS2 uids.</summary>
    private async Task<List<AggregateValue>> DesiredValuesAsync(string period, IReadOnlyDictionary<string, string> dhis2OfGolden, bool dryRun, CancellationToken cancellationToken)
    {
        // A dry run on a DHIS2 that has never seen the cadre combo has no option combos yet: the option uid
        // stands in for it, so the diff still counts those values as added.
        var optionCombos = await CadreOptionCombosAsync(required: !dryRun, cancellationToken);
        var values = new List<AggregateValue>();
        // A continent sends a million and a half values over a few dozen elements, combos and small counts: each uid and
        // each common number is made once and shared, not once per value.
        var elements = new Dictionary<string, string>(StringComparer.Ordinal);
        var combos = new Dictionary<string, string?>(StringComparer.Ordinal);
        var counts = new string?[SharedCounts];
        var normApplicable = Dhis2Uid.FromCode("dataElement", PublicationPlanFactory.NormApplicable);
        await foreach (var value in warehouse.Results.ReadIndicatorValuesAsync(new IndicatorQuery(Period: period, OrgLevel: OrgLevel.Facility, InAnyOrder: true), cancellationToken))
        {
            if (value.Value is null || value.Suppressed || !dhis2OfGolden.TryGetValue(value.UnitId, out var orgUnit))
            {
                continue;
            }

            if (!elements.TryGetValue(value.IndicatorCode, out var element))
            {
                element = Dhis2Uid.FromCode("dataElement", value.IndicatorCode);
                elements[value.IndicatorCode] = element;
            }

            var formatted = Format(value.Value.Value, counts);
            if (PublicationPlanFactory.PerCadreElements.Contains(value.IndicatorCode))
            {
                if (!combos.TryGetValue(value.DisaggregationKey, out var combo))
                {
                    var cadre = value.DisaggregationKey.StartsWith("cadre=", StringComparison.Ordinal) ? value.DisaggregationKey[6..] : null;
                    var option = cadre is null ? null : Dhis2Uid.FromCode("categoryOption", PublicationPlanFactory.OptionCode(cadre));
                    combo = option is null ? null : optionCombos.GetValueOrDefault(option) ?? (dryRun ? option : null);
                    combos[value.DisaggregationKey] = combo;
                }

                if (combo is not null)
                {
                    values.Add(new AggregateValue(new AggregateKey(element, period, orgUnit, combo, DefaultOptionCombo), formatted));
                }
            }
            else if (value.IndicatorCode == StaffingAnalysis.MeetsNorm)
            {
                values.Add(new AggregateValue(new AggregateKey(element, period, orgUnit, DefaultOptionCombo, DefaultOptionCombo), formatted));
                values.Add(new AggregateValue(new AggregateKey(normApplicable, period, orgUnit, DefaultOptionCombo, DefaultOptionCombo), "1"));
            }
        }

        // In the order values are sent: chunks and the ledger's lookups depend on it.
        values.Sort(SendOrder);
        return values;
    }

    /// <summary>Whole numbers below this are formatted once per push and shared.</summary>
    private const int SharedCounts = 1_024;

    /// <summary>DHIS2's text of a value (up to four decimals); the small whole numbers most values are come from <paramref name="counts"/>.</summary>
    private static string Format(double value, string?[] counts)
    {
        if (value >= 0 && value < counts.Length && value == Math.Floor(value))
        {
            var index = (int)value;
            return counts[index] ??= index.ToString(CultureInfo.InvariantCulture);
        }

        return value.ToString("0.####", CultureInfo.InvariantCulture);
    }

    /// <summary>Category option uid → the option combo DHIS2 generated for it in the cadre combo.</summary>
    private async Task<Dictionary<string, string>> CadreOptionCombosAsync(bool required, CancellationToken cancellationToken)
    {
        var combo = Dhis2Uid.FromCode("categoryCombo", PublicationPlanFactory.CadreCombo);
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        await foreach (var coc in client.GetCategoryOptionCombosAsync(
            new Dhis2ListQuery { Fields = "id,categoryCombo[id],categoryOptions[id]", Filters = [$"categoryCombo.id:eq:{combo}"] }, cancellationToken))
        {
            if (coc.CategoryOptions is [var option])
            {
                map[option.Id] = coc.Id;
            }
        }

        return map.Count > 0 || !required
            ? map
            : throw new SyncStageException(Name, $"DHIS2 n'a pas généré les combinaisons de la catégorie cadre ({combo}) / DHIS2 generated no option combos for the cadre combo");
    }
}
