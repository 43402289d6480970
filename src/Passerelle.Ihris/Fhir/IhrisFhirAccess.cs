namespace Passerelle.Ihris.Fhir;

/// <summary>How Passerelle reaches iHRIS 5's FHIR store (reference/ihris/ihris.md §2.1).</summary>
public enum IhrisFhirAccess
{
    /// <summary>Straight to the HAPI server (internal link, no iHRIS login), base e.g. <c>http://hapi:8080/fhir</c>.</summary>
    DirectHapi,

    /// <summary>Through the iHRIS backend, base e.g. <c>https://ihris.example/fhir</c>, with a token from <c>POST /auth/token</c>.</summary>
    Backend,
}
