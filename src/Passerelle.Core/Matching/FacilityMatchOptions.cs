using System.ComponentModel.DataAnnotations;

namespace Passerelle.Core.Matching;

/// <summary>Settings of the facility matcher. The defaults suit national facility lists.</summary>
public sealed record FacilityMatchOptions
{
    /// <summary>Pairs at or above this match probability are accepted automatically. Default 0.90.</summary>
    [Range(0.0, 1.0)]
    public double AcceptThreshold { get; init; } = 0.90;

    /// <summary>Pairs between this and <see cref="AcceptThreshold"/> go to review; below, rejected. Default 0.50.</summary>
    [Range(0.0, 1.0)]
    public double ReviewThreshold { get; init; } = 0.50;

    /// <summary>
    /// A runner-up within this probability of the best candidate makes the case ambiguous
    /// (flagged one-to-many or many-to-one, sent to review). Default 0.10.
    /// </summary>
    [Range(0.0, 1.0)]
    public double AmbiguityMargin { get; init; } = 0.10;

    /// <summary>Random pairs drawn to estimate the u probabilities. Default 30 000.</summary>
    [Range(100, 10_000_000)]
    public int RandomPairSample { get; init; } = 30_000;

    /// <summary>Most EM iterations when estimating the m probabilities. Default 100.</summary>
    [Range(1, 10_000)]
    public int MaxEmIterations { get; init; } = 100;

    /// <summary>EM stops when no parameter moves more than this. Default 1e-6.</summary>
    public double EmTolerance { get; init; } = 1e-6;

    /// <summary>
    /// Blocks larger than this (left × right records) are skipped, so that a common key (« keur »)
    /// never turns into all pairs; other keys still find the pairs inside. Default 2 500.
    /// </summary>
    [Range(1, int.MaxValue)]
    public int MaxBlockPairs { get; init; } = 2_500;

    /// <summary>Side of the geographic blocking cells, in metres (each cell also looks at its 8 neighbours). Default 2 000.</summary>
    [Range(100, 1_000_000)]
    public double GeoCellMetres { get; init; } = 2_000;

    /// <summary>Seed of the random pair sample, so that runs are reproducible. Default 20240607.</summary>
    public int Seed { get; init; } = 20240607;

    /// <summary>
    /// Old or alternative region/district names and the current name they stand for
    /// (default: the Senegal renamings « Colobane » → « Gossas », « Koupentoum » → « Koumpentoum »).
    /// </summary>
    public IReadOnlyDictionary<string, string> AdministrativeAliases { get; init; } = new Dictionary<string, string>
    {
        ["Colobane"] = "Gossas",
        ["Koupentoum"] = "Koumpentoum",
    };

    /// <summary>Throws with the option name and the fix when a value is out of range.</summary>
    public void Validate()
    {
        if (ReviewThreshold > AcceptThreshold)
        {
            throw new ArgumentException(
                $"ReviewThreshold ({ReviewThreshold}) doit être ≤ AcceptThreshold ({AcceptThreshold}) / must be ≤ AcceptThreshold.",
                nameof(ReviewThreshold));
        }

        Validator.ValidateObject(this, new ValidationContext(this), validateAllProperties: true);
    }
}
