namespace Passerelle.Emulators.Ihris.Worlds;

/// <summary>Canonical URLs of iHRIS 5 profiles, extensions and code systems (reference/ihris/ihris.md §2),
/// and the wrong variants real data carries.</summary>
internal static class IhrisUrls
{
    public const string StructureDefinition = "http://ihris.org/fhir/StructureDefinition/";
    public const string CodeSystem = "http://ihris.org/fhir/CodeSystem/";

    public const string JobSystem = CodeSystem + "ihris-job";
    public const string CadreSystem = CodeSystem + "ihris-cadre";
    public const string ClassificationSystem = CodeSystem + "ihris-classification";
    public const string FacilityTypeSystem = CodeSystem + "ihris-facility-type";
    public const string FacilityIdentifierSystem = CodeSystem + "ihris-Facility-identifier";
    public const string EmploymentStatusSystem = CodeSystem + "ihris-employment-status-codesystem";
    public const string JurisdictionTypeSystem = CodeSystem + "ihris-jurisdiction-type";

    /// <summary>The demo data's jurisdiction system (no "-type").</summary>
    public const string WrongJurisdictionTypeSystem = CodeSystem + "ihris-jurisdiction";

    /// <summary>A lower-cased variant of the facility identifier type system.</summary>
    public const string WrongFacilityIdentifierSystem = CodeSystem + "ihris-facility-identifier";

    public const string PhysicalTypeSystem = "http://terminology.hl7.org/CodeSystem/location-physical-type";

    /// <summary>The demo data's physicalType system, an HTML page address.</summary>
    public const string WrongPhysicalTypeSystem = "http://hl7.org/fhir/codesystem-location-physical-type.html";

    public const string IdentifierTypeSystem = "http://terminology.hl7.org/CodeSystem/v2-0203";

    /// <summary>The pre-R4 address of the v2-0203 identifier types.</summary>
    public const string WrongIdentifierTypeSystem = "http://hl7.org/fhir/v2/0203";

    public const string RelatedGroupExtension = StructureDefinition + "ihris-related-group";
    public const string EmploymentStatusExtension = StructureDefinition + "ihris-practitionerrole-employment-status";
    public const string NationalityExtension = StructureDefinition + "ihris-practitioner-nationality";
}
