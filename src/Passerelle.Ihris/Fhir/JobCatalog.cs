namespace Passerelle.Ihris.Fhir;

/// <summary>The job CodeSystem read into a lookup by code.</summary>
internal sealed class JobCatalog(IReadOnlyList<JobDefinition> jobs)
{
    private readonly Dictionary<string, JobDefinition> _byCode =
        jobs.GroupBy(j => j.Code, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);

    public IReadOnlyList<JobDefinition> Jobs { get; } = jobs;

    public IReadOnlySet<string> Codes => _byCode.Keys.ToHashSet(StringComparer.Ordinal);

    public JobDefinition? Find(string? code) => code is not null && _byCode.TryGetValue(code, out var job) ? job : null;
}
