using Hl7.Fhir.Model;

namespace Passerelle.Ihris.Fhir;

/// <summary>
/// Reads the job CodeSystem and its <c>cadre</c> and <c>classification</c> properties by property
/// code and value code only: the demo and generated CodeSystems write wrong systems (ihris.md §2.6).
/// Admins edit these lists, so they are re-read on every pull.
/// </summary>
internal static class JobCatalogReader
{
    public static JobCatalog Read(CodeSystem? jobs, CodeSystem? cadres)
    {
        var cadreNames = Flatten(cadres?.Concept ?? [])
            .Select(c => (Code: FhirValues.Text(c.CodeElement), Display: FhirValues.Text(c.DisplayElement)))
            .Where(c => c.Code is not null)
            .GroupBy(c => c.Code!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().Display, StringComparer.Ordinal);

        var definitions = Flatten(jobs?.Concept ?? [])
            .Select(concept => (Concept: concept, Code: FhirValues.Text(concept.CodeElement)))
            .Where(c => c.Code is not null)
            .Select(c =>
            {
                var cadre = PropertyCode(c.Concept, "cadre");
                return new JobDefinition(
                    c.Code!,
                    FhirValues.Text(c.Concept.DisplayElement),
                    cadre,
                    cadre is null ? null : cadreNames.GetValueOrDefault(cadre),
                    PropertyCode(c.Concept, "classification"));
            })
            .ToList();
        return new JobCatalog(definitions);
    }

    private static string? PropertyCode(CodeSystem.ConceptDefinitionComponent concept, string property) =>
        concept.Property
            .Where(p => string.Equals(FhirValues.Text(p.CodeElement), property, StringComparison.OrdinalIgnoreCase))
            .Select(p => p.Value switch
            {
                Coding coding => FhirValues.Text(coding.CodeElement),
                Code code => FhirValues.Text(code),
                FhirString text => FhirValues.Text(text),
                _ => null,
            })
            .FirstOrDefault(code => code is not null);

    private static IEnumerable<CodeSystem.ConceptDefinitionComponent> Flatten(IEnumerable<CodeSystem.ConceptDefinitionComponent> concepts) =>
        concepts.SelectMany(c => Flatten(c.Concept ?? []).Prepend(c));
}
