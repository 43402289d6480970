namespace Passerelle.Dhis2.Metadata;

/// <summary>A publication plan that cannot become a valid DHIS2 package; lists every problem found.</summary>
public sealed class Dhis2PublicationPlanException(IReadOnlyList<string> errors)
    : Exception("Plan de publication DHIS2 invalide / invalid DHIS2 publication plan:\n - " + string.Join("\n - ", errors))
{
    public IReadOnlyList<string> Errors { get; } = errors;
}
