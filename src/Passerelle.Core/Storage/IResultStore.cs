namespace Passerelle.Core.Storage;

/// <summary>Computed indicator values.</summary>
public interface IResultStore
{
    /// <summary>Replaces every value of <paramref name="period"/>; every value must be of that period.</summary>
    Task<long> ReplaceIndicatorValuesAsync(string period, IAsyncEnumerable<IndicatorValue> values, CancellationToken cancellationToken);

    /// <summary>Values matching <paramref name="query"/>, ordered by indicator, period, level, unit, disaggregation (unless <see cref="IndicatorQuery.InAnyOrder"/>).</summary>
    IAsyncEnumerable<IndicatorValue> ReadIndicatorValuesAsync(IndicatorQuery query, CancellationToken cancellationToken);
}
