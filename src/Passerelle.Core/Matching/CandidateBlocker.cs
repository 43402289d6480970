namespace Passerelle.Core.Matching;

/// <summary>
/// Finds candidate pairs through blocking keys: the right side is indexed by key, each left record
/// looks up its keys and the union of the hits (deduplicated) is its candidate list. Blocks whose
/// left × right size exceeds <see cref="FacilityMatchOptions.MaxBlockPairs"/> are skipped, so the
/// cost stays close to linear in the number of records.
/// </summary>
internal sealed class CandidateBlocker
{
    // Each key the right side is filed under names a block: its right records, and how many left records share the key.
    // Keys only the left side has are never looked up, so they are not kept.
    private readonly Dictionary<string, int> _blockOfKey;
    private readonly int[][] _rights;
    private readonly int[] _leftCounts;
    private readonly int _rightCount;
    private readonly FacilityMatchOptions _options;

    public CandidateBlocker(IReadOnlyList<PreparedFacility> left, IReadOnlyList<PreparedFacility> right, FacilityMatchOptions options)
    {
        _options = options;
        _rightCount = right.Count;
        _blockOfKey = new Dictionary<string, int>(StringComparer.Ordinal);
        var blocks = new List<List<int>>();
        for (var r = 0; r < right.Count; r++)
        {
            foreach (var key in BlockingKeys.IndexKeys(right[r], options.GeoCellMetres).Distinct(StringComparer.Ordinal))
            {
                if (!_blockOfKey.TryGetValue(key, out var block))
                {
                    _blockOfKey[key] = block = blocks.Count;
                    blocks.Add([]);
                }

                blocks[block].Add(r);
            }
        }

        _rights = new int[blocks.Count][];
        for (var b = 0; b < blocks.Count; b++)
        {
            _rights[b] = [.. blocks[b]];
            blocks[b] = null!;
        }

        _leftCounts = new int[blocks.Count];
        foreach (var facility in left)
        {
            foreach (var key in BlockingKeys.IndexKeys(facility, options.GeoCellMetres).Distinct(StringComparer.Ordinal))
            {
                if (_blockOfKey.TryGetValue(key, out var block))
                {
                    _leftCounts[block]++;
                }
            }
        }
    }

    /// <summary>A reusable buffer per thread: a stamp per right record makes deduplication O(1).</summary>
    public sealed class Scratch(int rightCount)
    {
        internal int[] Stamps { get; } = new int[rightCount];

        internal List<int> Hits { get; } = [];

        internal int Stamp { get; set; }
    }

    public Scratch NewScratch() => new(_rightCount);

    /// <summary>The right records sharing at least one usable block with the left record, sorted.</summary>
    public int[] Candidates(PreparedFacility leftFacility, Scratch scratch)
    {
        scratch.Stamp++;
        scratch.Hits.Clear();
        foreach (var key in BlockingKeys.QueryKeys(leftFacility, _options.GeoCellMetres))
        {
            if (!_blockOfKey.TryGetValue(key, out var block))
            {
                continue;
            }

            var rights = _rights[block];
            var leftSize = Math.Max(1, _leftCounts[block]);
            if ((long)leftSize * rights.Length > _options.MaxBlockPairs && !IsAlwaysKept(key))
            {
                continue;
            }

            foreach (var r in rights)
            {
                if (scratch.Stamps[r] != scratch.Stamp)
                {
                    scratch.Stamps[r] = scratch.Stamp;
                    scratch.Hits.Add(r);
                }
            }
        }

        var result = scratch.Hits.ToArray();
        Array.Sort(result);
        return result;
    }

    /// <summary>Exact names and shared codes are kept even in big blocks: those pairs must be seen.</summary>
    private static bool IsAlwaysKept(string key) => key.StartsWith("c|", StringComparison.Ordinal);
}
