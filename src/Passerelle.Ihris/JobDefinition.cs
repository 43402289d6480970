namespace Passerelle.Ihris;

/// <summary>A job of the source's catalogue.</summary>
/// <param name="Code">The job code roles carry (iHRIS 5 <c>ihris-job</c> code, iHRIS 4 job code or id).</param>
/// <param name="Display">The job title as the source writes it.</param>
/// <param name="CadreCode">The cadre the source attaches to the job, or null when it states none.</param>
/// <param name="CadreDisplay">The cadre's name in the source, when known.</param>
/// <param name="ClassificationCode">The job classification (iHRIS 5 property <c>classification</c>), when present.</param>
public sealed record JobDefinition(
    string Code,
    string? Display,
    string? CadreCode,
    string? CadreDisplay,
    string? ClassificationCode);
