using Passerelle.Sync.Configuration;

namespace Passerelle.Sync.Operations;

/// <summary>Whether secrets are present and where they come from, and whether secret files are private. Never their value.</summary>
internal static class SecretChecks
{
    public static IReadOnlyList<DoctorCheck> Dhis2(PasserelleConfig config, out string? password, out string? token)
    {
        password = null;
        token = null;
        try
        {
            password = SecretSource.Read(config.Dhis2.PasswordFile, "PASSERELLE_DHIS2_PASSWORD");
            token = SecretSource.Read(config.Dhis2.TokenFile, "PASSERELLE_DHIS2_TOKEN");
        }
        catch (ConfigurationException e)
        {
            return [DoctorCheck.Fail("dhis2 secret", e.Message, "créez le fichier ou corrigez le chemin / create the file or fix the path")];
        }

        if (token is not null)
        {
            return [DoctorCheck.Ok("dhis2 secret", $"jeton présent / token present ({Where(config.Dhis2.TokenFile, "PASSERELLE_DHIS2_TOKEN")})")];
        }

        return password is not null
            ? [DoctorCheck.Ok("dhis2 secret", $"mot de passe présent / password present ({Where(config.Dhis2.PasswordFile, "PASSERELLE_DHIS2_PASSWORD")})")]
            : [DoctorCheck.Fail("dhis2 secret", "absent : ni mot de passe ni jeton / absent: neither password nor token",
                "définissez / set PASSERELLE_DHIS2_PASSWORD ou / or PASSERELLE_DHIS2_TOKEN, ou / or dhis2.passwordFile / dhis2.tokenFile")];
    }

    /// <summary>Secret files readable by others than their owner are a leak waiting to happen.</summary>
    public static IEnumerable<DoctorCheck> FilePermissions(PasserelleConfig config)
    {
        if (OperatingSystem.IsWindows())
        {
            yield break;
        }

        foreach (var file in new[] { config.Dhis2.PasswordFile, config.Dhis2.TokenFile, config.Ihris.PasswordFile, config.Ihris.DbPasswordFile, config.Privacy.PseudonymKeyFile })
        {
            if (string.IsNullOrWhiteSpace(file) || !File.Exists(file))
            {
                continue;
            }

            yield return IsPrivate(file)
                ? DoctorCheck.Ok("secret file", $"droits 600 / mode 600: {file}")
                : DoctorCheck.Fail("secret file", $"lisible par d'autres / readable by others: {file}", $"chmod 600 {file}");
        }
    }

    public static bool IsPrivate(string file)
    {
        if (OperatingSystem.IsWindows())
        {
            return true;
        }

        const UnixFileMode Others = UnixFileMode.GroupRead | UnixFileMode.GroupWrite | UnixFileMode.GroupExecute
            | UnixFileMode.OtherRead | UnixFileMode.OtherWrite | UnixFileMode.OtherExecute;
        return (File.GetUnixFileMode(file) & Others) == 0;
    }

    private static string Where(string? file, string variable) => string.IsNullOrWhiteSpace(file) ? $"variable {variable}" : $"fichier / file {file}";
}
