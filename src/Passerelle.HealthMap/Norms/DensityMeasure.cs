namespace Passerelle.HealthMap.Norms;

/// <summary>What a density norm measures, and in which direction it is met.</summary>
public enum DensityMeasure
{
    /// <summary>At most N inhabitants per worker (e.g. 1 doctor per 10,000).</summary>
    PopulationPerWorker,

    /// <summary>At most N women aged 15–49 per worker (1 midwife per 300).</summary>
    Women15To49PerWorker,

    /// <summary>At least N workers per 10,000 inhabitants (WHO thresholds).</summary>
    WorkersPer10000,
}
