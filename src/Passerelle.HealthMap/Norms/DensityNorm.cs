namespace Passerelle.HealthMap.Norms;

/// <summary>A population-based workforce norm over a set of cadres (codes of Core <c>NationalCadres</c>).</summary>
public sealed record DensityNorm(
    string RuleId,
    IReadOnlyList<string> CadreCodes,
    DensityMeasure Measure,
    decimal Threshold,
    string Status,
    bool IsAssumption,
    string Source)
{
    /// <summary>The measured value for an area: inhabitants (or women 15–49) per worker, or workers per 10,000.</summary>
    /// <returns>Null when there is no worker to divide by (a ratio norm is then not met).</returns>
    public decimal? MeasuredValue(int workers, long population, long women15To49) => Measure switch
    {
        DensityMeasure.WorkersPer10000 => population == 0 ? null : workers * 10_000m / population,
        DensityMeasure.Women15To49PerWorker => workers == 0 ? null : (decimal)women15To49 / workers,
        _ => workers == 0 ? null : (decimal)population / workers,
    };

    public bool IsMet(int workers, long population, long women15To49) =>
        MeasuredValue(workers, population, women15To49) is { } value
        && (Measure == DensityMeasure.WorkersPer10000 ? value >= Threshold : value <= Threshold);
}
