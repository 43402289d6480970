using Passerelle.Core.Facilities;
using Passerelle.Core.Storage;
using Passerelle.Core.Workforce;

namespace Passerelle.Sync.Review;

/// <summary>Checks one imported review row against the queue and the registry; each problem names its column.</summary>
internal sealed class ReviewRowValidator
{
    private readonly HashSet<(string Source, string SourceId, string Golden)> _pendingLinks;
    private readonly HashSet<(string Source, string JobKey)> _pendingCadres;
    private readonly HashSet<string> _registry;

    private ReviewRowValidator(HashSet<(string, string, string)> pendingLinks, HashSet<(string, string)> pendingCadres, HashSet<string> registry)
    {
        _pendingLinks = pendingLinks;
        _pendingCadres = pendingCadres;
        _registry = registry;
    }

    public static async Task<ReviewRowValidator> CreateAsync(IWarehouse warehouse, CancellationToken cancellationToken)
    {
        var links = await warehouse.Crosswalk.ReadFacilityLinksAsync(null, cancellationToken);
        var cadres = await warehouse.Crosswalk.ReadCadreMappingsAsync(null, cancellationToken);
        var registry = new HashSet<string>(StringComparer.Ordinal);
        await foreach (var facility in warehouse.Staging.ReadSourceFacilitiesAsync(SourceSystem.HealthMap, cancellationToken))
        {
            registry.Add(facility.SourceId);
        }

        return new ReviewRowValidator(
            links.Where(l => l.Status == DecisionStatus.Review).Select(l => (l.Source.ToString(), l.SourceId, l.GoldenId)).ToHashSet(),
            cadres.Where(m => m.Status == DecisionStatus.Review).Select(m => (m.Source.ToString(), m.JobKey)).ToHashSet(),
            registry);
    }

    public IEnumerable<ReviewFileError> Check(int row, ReviewRow line)
    {
        var isFacility = line.Type.Equals(ReviewQueueFile.FacilityType, StringComparison.OrdinalIgnoreCase);
        if (!isFacility && !line.Type.Equals(ReviewQueueFile.CadreType, StringComparison.OrdinalIgnoreCase))
        {
            yield return new(row, "type", $"« {line.Type} » : structure ou cadre attendu", $"\"{line.Type}\": structure or cadre expected");
            yield break;
        }

        if (!Enum.TryParse<SourceSystem>(line.Source, ignoreCase: true, out var source) || source is not (SourceSystem.Dhis2 or SourceSystem.Ihris))
        {
            yield return new(row, "source", $"« {line.Source} » : Dhis2 ou Ihris attendu", $"\"{line.Source}\": Dhis2 or Ihris expected");
            yield break;
        }

        if (line.Decision.Length > 0 && !ReviewQueueFile.Decisions.ContainsKey(line.Decision))
        {
            yield return new(row, "décision", $"« {line.Decision} » : accepter, rejeter, lier ou passer attendu", $"\"{line.Decision}\": accepter, rejeter, lier or passer expected");
            yield break;
        }

        var verdict = line.Decision.Length == 0 ? ReviewVerdict.Skip : ReviewQueueFile.Decisions[line.Decision];
        if (verdict == ReviewVerdict.Skip)
        {
            yield break;
        }

        if (line.Reviewer.Length == 0)
        {
            yield return new(row, "relecteur", "nom du relecteur requis pour une décision", "reviewer name required for a decision");
        }

        var pending = isFacility
            ? _pendingLinks.Contains((source.ToString(), line.SourceId, line.Proposal))
            : _pendingCadres.Contains((source.ToString(), line.SourceId));
        if (!pending)
        {
            yield return new(row, "id_source", $"« {line.SourceId} » → « {line.Proposal} » n'est pas dans la file de revue (déjà décidé ?)",
                $"\"{line.SourceId}\" → \"{line.Proposal}\" is not in the review queue (already decided?)");
        }

        if (verdict == ReviewVerdict.LinkOther)
        {
            var known = isFacility ? _registry.Contains(line.OtherTarget) : NationalCadres.ByCode(line.OtherTarget) is not null;
            if (!known)
            {
                yield return new(row, "autre_cible", isFacility
                        ? $"« {line.OtherTarget} » n'est pas un code de la carte sanitaire"
                        : $"« {line.OtherTarget} » n'est pas un cadre national",
                    isFacility ? $"\"{line.OtherTarget}\" is not a registry code" : $"\"{line.OtherTarget}\" is not a national cadre");
            }
        }
    }
}
