namespace Passerelle.Web.Reading;

/// <summary>
/// Service volume per worker and month at a facility, for one workload indicator of the analysis plan
/// (e.g. curative consultations per nurse), with the district's figure to compare.
/// </summary>
/// <param name="PerWorkerPerMonth">Null when the facility has none of the cadres counted (volume without staff).</param>
/// <param name="WorkerMonths">Workers of the counted cadres × months reported.</param>
public sealed record WorkloadFigure(
    string IndicatorCode,
    string French,
    string English,
    string DataElement,
    IReadOnlyList<string> Cadres,
    double? PerWorkerPerMonth,
    double? Volume,
    double? WorkerMonths,
    double? DistrictPerWorkerPerMonth);

/// <summary>How staff in post compare with the WISN need.</summary>
public enum WisnPressure
{
    /// <summary>Fewer in post than required (ratio below 1).</summary>
    Shortage,

    /// <summary>As many as required.</summary>
    Balanced,

    /// <summary>More in post than required (ratio above 1).</summary>
    Excess,
}

/// <summary>WISN of one cadre at a facility (Workload Indicators of Staffing Need, WHO), from the year's service volumes.</summary>
/// <param name="Existing">Workers of the cadre in post.</param>
/// <param name="Required">Workers the year's workload needs.</param>
/// <param name="Difference">Existing − required: negative is a shortage.</param>
/// <param name="Ratio">Existing / required: below 1 is a shortage; null when nothing is required.</param>
public sealed record WisnFigure(
    string CadreCode,
    string CadreFrench,
    string CadreEnglish,
    double? Existing,
    double? Required,
    double? Difference,
    double? Ratio)
{
    public WisnPressure? Pressure => Difference switch
    {
        null => null,
        < -0.5 => WisnPressure.Shortage,
        > 0.5 => WisnPressure.Excess,
        _ => WisnPressure.Balanced,
    };
}

/// <summary>Workload and WISN of a facility (<c>/api/facilities/{id}/workload</c>).</summary>
public sealed record FacilityWorkload(string? Period, IReadOnlyList<WorkloadFigure> Workload, IReadOnlyList<WisnFigure> Wisn);
