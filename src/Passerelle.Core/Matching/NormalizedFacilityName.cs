namespace Passerelle.Core.Matching;

/// <summary>A facility name after French-aware normalisation.</summary>
/// <param name="Tokens">Name tokens without type words and stop words, in their original order.</param>
/// <param name="TypeSignal">What the type words said (« PS » → health post…), or none.</param>
/// <param name="AllTokens">Every folded token except stop words, type words included.</param>
/// <param name="IsTypeOnly">The name is made only of type words (« Referral Hospital »): its key is those words.</param>
public sealed record NormalizedFacilityName(IReadOnlyList<string> Tokens, FacilityTypeSignal TypeSignal, IReadOnlyList<string> AllTokens, bool IsTypeOnly = false)
{
    /// <summary>The name key: tokens joined in their original order.</summary>
    public string Key { get; } = string.Join(' ', Tokens);

    /// <summary>Tokens sorted, so that word swaps give the same key.</summary>
    public string SortedKey { get; } = string.Join(' ', Tokens.Order(StringComparer.Ordinal));

    /// <summary>The name without spaces, for character similarity.</summary>
    public string Compact { get; } = string.Concat(Tokens);

    /// <summary>Every token without spaces (type words included).</summary>
    public string AllCompact { get; } = string.Concat(AllTokens);
}
