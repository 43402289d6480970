namespace Passerelle.Core.Workforce;

/// <summary>A national cadre: the unit staffing norms and DHIS2 disaggregations use.</summary>
/// <param name="Code">Stable code (e.g. <c>SFE</c>).</param>
/// <param name="French">Name in French, as the ministry writes it.</param>
/// <param name="English">Name in English.</param>
/// <param name="Isco08">ISCO-08 unit group (NHWA), e.g. 2221 for nursing professionals.</param>
/// <param name="NhwaGroup">The NHWA density group the cadre counts in, if any.</param>
public sealed record Cadre(string Code, string French, string English, string Isco08, NhwaGroup NhwaGroup);

/// <summary>The three groups WHO's NHWA density indicators count.</summary>
public enum NhwaGroup
{
    None = 0,
    Doctor,
    Nurse,
    Midwife,
}
