namespace Passerelle.Ihris.Findings;

/// <summary>The findings a source gathered while it was read. Safe to read while a read is running.</summary>
public sealed class SourceFindings
{
    private readonly Lock _gate = new();
    private readonly List<SourceFinding> _items = [];
    private readonly HashSet<(SourceFindingKind, string)> _keys = [];

    public IReadOnlyList<SourceFinding> All
    {
        get
        {
            lock (_gate)
            {
                return [.. _items];
            }
        }
    }

    public IReadOnlyDictionary<SourceFindingKind, int> CountByKind
    {
        get
        {
            lock (_gate)
            {
                return _items.GroupBy(f => f.Kind).ToDictionary(g => g.Key, g => g.Count());
            }
        }
    }

    public int Count(SourceFindingKind kind) => CountByKind.GetValueOrDefault(kind);

    /// <summary>Adds a finding once per kind and subject (a re-read does not double it).</summary>
    internal void Add(SourceFindingKind kind, string subject, string french, string english)
    {
        lock (_gate)
        {
            if (_keys.Add((kind, subject)))
            {
                _items.Add(new SourceFinding(kind, subject, french, english));
            }
        }
    }
}
