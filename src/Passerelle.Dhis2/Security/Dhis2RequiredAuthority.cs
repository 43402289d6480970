namespace Passerelle.Dhis2.Security;

/// <summary>
/// An authority DHIS2 will check, with what it is needed for (French, English). Any of <see cref="AnyOf"/> suffices
/// (e.g. the public or private "add" authority of a metadata type); <c>ALL</c> always does.
/// </summary>
public sealed record Dhis2RequiredAuthority(IReadOnlyList<string> AnyOf, string PurposeFrench, string PurposeEnglish)
{
    /// <summary>The authority named in messages (the first one).</summary>
    public string Name => AnyOf[0];
}
