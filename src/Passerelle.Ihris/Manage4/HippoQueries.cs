namespace Passerelle.Ihris.Manage4;

/// <summary>
/// The SQL over iHRIS Manage 4's form caches (ihris.md §3.2–3.3). Ids are <c>form|key</c> strings.
/// No query selects a name, an identity number, a contact or a birth date: the year of birth is
/// computed by the server, so the full date never reaches Passerelle.
/// </summary>
internal static class HippoQueries
{
    /// <summary>Facilities with their type and the district and region above them (through a county when there is one).</summary>
    public const string Facilities = """
        SELECT f.id, f.name, f.facility_type, ft.name AS facility_type_name,
               COALESCE(d1.name, d2.name) AS district_name,
               COALESCE(r1.name, r2.name, r0.name) AS region_name
        FROM hippo_facility f
        LEFT JOIN hippo_facility_type ft ON ft.id = f.facility_type
        LEFT JOIN hippo_county c ON c.id = f.location
        LEFT JOIN hippo_district d1 ON d1.id = f.location
        LEFT JOIN hippo_district d2 ON d2.id = c.district
        LEFT JOIN hippo_region r1 ON r1.id = d1.region
        LEFT JOIN hippo_region r2 ON r2.id = d2.region
        LEFT JOIN hippo_region r0 ON r0.id = f.location
        WHERE COALESCE(f.i2ce_hidden, 0) = 0
        ORDER BY f.id
        """;

    /// <summary>Jobs and the cadre each belongs to.</summary>
    public const string Jobs = """
        SELECT j.id, j.code, j.title, j.cadre, ca.name AS cadre_name, j.classification
        FROM hippo_job j
        LEFT JOIN hippo_cadre ca ON ca.id = j.cadre
        ORDER BY j.id
        """;

    /// <summary>Every person_position with its position's job and facility, and the person's sex and year of birth.</summary>
    public const string Roles = """
        SELECT pp.id, pp.parent, pp.start_date, pp.end_date, p.facility, j.id AS job_id, j.code AS job_code, j.title AS job_title,
               j.cadre, j.classification, d.gender, d.birth_year
        FROM hippo_person_position pp
        LEFT JOIN hippo_position p ON p.id = pp.position
        LEFT JOIN hippo_job j ON j.id = p.job
        LEFT JOIN (
            SELECT parent, MAX(gender) AS gender, MIN(NULLIF(YEAR(birth_date), 0)) AS birth_year
            FROM hippo_demographic
            GROUP BY parent
        ) d ON d.parent = pp.parent
        ORDER BY pp.id
        """;
}
