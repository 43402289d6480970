namespace Passerelle.Ihris.Manage4;

/// <summary>Settings of the iHRIS Manage 4 reader over the <c>hippo_*</c> form-cache tables.</summary>
public sealed class HippoSqlOptions
{
    /// <summary>MySQL/MariaDB connection string of a read-only account on the iHRIS database (e.g. <c>ihris_manage_senegal</c>).</summary>
    public string ConnectionString { get; set; } = string.Empty;

    /// <summary>
    /// Password of that account, from <c>PASSERELLE_IHRIS_DB_PASSWORD</c> or a key file — never from the
    /// configuration file. When set, it replaces any password in <see cref="ConnectionString"/>.
    /// </summary>
    public string? Password { get; set; }

    /// <summary>Longest run of one query.</summary>
    public TimeSpan CommandTimeout { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>iHRIS facility type id, key or name (<c>facility_type|PS</c>, <c>PS</c>, <c>Poste de santé</c>) → Passerelle type code.</summary>
    public IDictionary<string, string> FacilityTypeMap { get; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);

    public IReadOnlyList<string> Validate() =>
        string.IsNullOrWhiteSpace(ConnectionString)
            ? ["ihris.manage4.connectionString est vide : donnez la chaîne de connexion MySQL/MariaDB d'un compte en lecture seule / "
                + "is empty: give the MySQL/MariaDB connection string of a read-only account"]
            : [];
}
