using Passerelle.Core.Facilities;

namespace Passerelle.Bench.Matching;

/// <summary>Two facility lists and the true pairs between them (left id → right id).</summary>
internal sealed record LabelledLists(
    string Name,
    IReadOnlyList<SourceFacility> Left,
    IReadOnlyList<SourceFacility> Right,
    IReadOnlyDictionary<string, string> TruePairs);
