using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace Passerelle.Dhis2.Configuration;

/// <summary>Rejects a bad DHIS2 configuration at start, naming the key and the fix (French, then English).</summary>
internal sealed partial class Dhis2ClientOptionsValidator : IValidateOptions<Dhis2ClientOptions>
{
    public ValidateOptionsResult Validate(string? name, Dhis2ClientOptions options)
    {
        var failures = new List<string>();
        ValidateBaseUrl(options, failures);
        ValidateCredentials(options, failures);
        ValidateNumbers(options, failures);
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void ValidateBaseUrl(Dhis2ClientOptions options, List<string> failures)
    {
        var url = options.BaseUrl;
        if (url is null)
        {
            failures.Add(Key("BaseUrl") + " manquant : indiquez l'adresse du serveur DHIS2, p. ex. https://dhis2.exemple.sn"
                + " / missing: give the DHIS2 server address, e.g. https://dhis2.example.org");
        }
        else if (!url.IsAbsoluteUri || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps))
        {
            failures.Add(Key("BaseUrl") + $" invalide « {url} » : adresse http(s) absolue attendue"
                + $" / invalid '{url}': an absolute http(s) address is expected");
        }
        else if (!string.IsNullOrEmpty(url.UserInfo))
        {
            failures.Add(Key("BaseUrl") + " contient des identifiants : retirez-les et utilisez Username/Password ou PersonalAccessToken"
                + " / contains credentials: remove them and use Username/Password or PersonalAccessToken");
        }
        else if (url.AbsolutePath.TrimEnd('/').EndsWith("/api", StringComparison.OrdinalIgnoreCase))
        {
            failures.Add(Key("BaseUrl") + $" « {url} » se termine par /api : donnez la racine du serveur, sans /api"
                + $" / '{url}' ends with /api: give the server root, without /api");
        }
    }

    private static void ValidateCredentials(Dhis2ClientOptions options, List<string> failures)
    {
        var hasToken = Has(options.PersonalAccessToken) || Has(options.TokenFile);
        var hasBasic = Has(options.Username) || Has(options.Password) || Has(options.PasswordFile);
        if (hasToken && hasBasic)
        {
            failures.Add(Key("PersonalAccessToken") + " et " + Key("Username") + " sont tous deux renseignés : gardez l'un des deux"
                + " / both set: keep only one authentication method");
            return;
        }

        if (!hasToken && !hasBasic)
        {
            failures.Add(Key("Username") + "/" + Key("Password") + " ou " + Key("PersonalAccessToken")
                + " manquant : renseignez un compte DHIS2 ou un jeton (variables PASSERELLE_DHIS2_PASSWORD / PASSERELLE_DHIS2_TOKEN)"
                + " / missing: give a DHIS2 account or a personal access token");
            return;
        }

        if (hasToken)
        {
            CheckOneOf(options.PersonalAccessToken, options.TokenFile, "PersonalAccessToken", "TokenFile", failures);
            if (Has(options.PersonalAccessToken) && !TokenPattern().IsMatch(options.PersonalAccessToken!))
            {
                failures.Add(Key("PersonalAccessToken") + " mal formé : un jeton DHIS2 commence par d2pat_ ou d2p_ et ne contient que lettres et chiffres"
                    + " / malformed: a DHIS2 token starts with d2pat_ or d2p_ and holds only letters and digits");
            }

            return;
        }

        if (!Has(options.Username))
        {
            failures.Add(Key("Username") + " manquant : indiquez le compte DHIS2 / missing: give the DHIS2 user name");
        }

        CheckOneOf(options.Password, options.PasswordFile, "Password", "PasswordFile", failures);
    }

    private static void CheckOneOf(string? value, string? file, string valueKey, string fileKey, List<string> failures)
    {
        if (Has(value) && Has(file))
        {
            failures.Add(Key(valueKey) + " et " + Key(fileKey) + " sont tous deux renseignés : gardez l'un des deux"
                + " / both set: keep only one");
        }
        else if (!Has(value) && !Has(file))
        {
            failures.Add(Key(valueKey) + " ou " + Key(fileKey) + " manquant / missing");
        }
        else if (Has(file) && !File.Exists(file))
        {
            failures.Add(Key(fileKey) + $" : fichier introuvable « {file} » / file not found: '{file}'");
        }
    }

    private static void ValidateNumbers(Dhis2ClientOptions options, List<string> failures)
    {
        if (options.PageSize is < 1 or > 10_000)
        {
            failures.Add(Key("PageSize") + $" = {options.PageSize} : choisissez entre 1 et 10000 / choose between 1 and 10000");
        }

        if (options.ChunkSize is < 1 or > 100_000)
        {
            failures.Add(Key("ChunkSize") + $" = {options.ChunkSize} : choisissez entre 1 et 100000 / choose between 1 and 100000");
        }

        if (options.ApiVersion is < 28 or > 99)
        {
            failures.Add(Key("ApiVersion") + $" = {options.ApiVersion} : choisissez entre 28 et 99, ou rien / choose between 28 and 99, or none");
        }

        if (options.AsyncPollInitialDelay <= TimeSpan.Zero || options.AsyncPollMaxDelay < options.AsyncPollInitialDelay)
        {
            failures.Add(Key("AsyncPollInitialDelay") + " : doit être > 0 et ≤ AsyncPollMaxDelay / must be > 0 and ≤ AsyncPollMaxDelay");
        }

        if (options.ReadRetries is < 0 or > 10)
        {
            failures.Add(Key("ReadRetries") + $" = {options.ReadRetries} : choisissez entre 0 et 10 / choose between 0 and 10");
        }

        CheckPositive(options.ReadTimeout, "ReadTimeout", failures);
        CheckPositive(options.ImportTimeout, "ImportTimeout", failures);
        CheckPositive(options.ReadRetryBaseDelay, "ReadRetryBaseDelay", failures);
    }

    private static void CheckPositive(TimeSpan value, string key, List<string> failures)
    {
        if (value <= TimeSpan.Zero)
        {
            failures.Add(Key(key) + $" = {value} : une durée positive est attendue, p. ex. 00:00:30 / a positive duration is expected, e.g. 00:00:30");
        }
    }

    private static bool Has(string? value) => !string.IsNullOrWhiteSpace(value);

    private static string Key(string property) => Dhis2ClientOptions.SectionName + ":" + property;

    [GeneratedRegex("^(d2pat|d2p)_[A-Za-z0-9]+$")]
    private static partial Regex TokenPattern();
}
