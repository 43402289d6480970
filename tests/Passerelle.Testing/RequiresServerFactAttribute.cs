using Xunit;

namespace Passerelle.Testing;

/// <summary>
/// A fact that needs a server started by <c>./test.sh</c>. Outside CI it is skipped when the server
/// is missing; under <c>CI=true</c> it runs and fails, so a broken test set-up can never pass as green.
/// </summary>
public abstract class RequiresServerFactAttribute : FactAttribute
{
    protected RequiresServerFactAttribute(string variable, string server)
    {
        if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable(variable)) && !TestServers.IsCi)
        {
            Skip = $"{server} not available: set {variable} or run ./test.sh";
        }
    }
}

public sealed class PostgresFactAttribute() : RequiresServerFactAttribute(TestServers.PostgresVariable, "PostgreSQL");

public sealed class MariaDbFactAttribute() : RequiresServerFactAttribute(TestServers.MariaDbVariable, "MariaDB");

public sealed class ChromiumFactAttribute() : RequiresServerFactAttribute(TestServers.ChromiumVariable, "Chromium");

/// <summary>Connection settings that <c>./test.sh</c> exports for the throwaway servers.</summary>
public static class TestServers
{
    public const string PostgresVariable = "PASSERELLE_TEST_POSTGRES";
    public const string MariaDbVariable = "PASSERELLE_TEST_MARIADB";
    public const string ChromiumVariable = "PASSERELLE_TEST_CHROMIUM";

    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    public static string Postgres => Require(PostgresVariable, "PostgreSQL");

    public static string MariaDb => Require(MariaDbVariable, "MariaDB");

    public static string Chromium => Require(ChromiumVariable, "Chromium");

    private static string Require(string variable, string server) =>
        Environment.GetEnvironmentVariable(variable) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException($"{server} is required (CI=true) but {variable} is not set: ./test.sh must start it.");
}
