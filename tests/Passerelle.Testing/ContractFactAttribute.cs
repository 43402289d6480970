using Xunit;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace Passerelle.Testing;

/// <summary>
/// A fact declared once in an abstract contract class and run by each concrete subclass. When the
/// subclass carries <see cref="RequiresServerAttribute"/> and the server is missing, the test is
/// skipped locally and runs (and fails) under <c>CI=true</c>, like <see cref="PostgresFactAttribute"/>.
/// </summary>
[XunitTestCaseDiscoverer("Passerelle.Testing.ContractFactDiscoverer", "Passerelle.Testing")]
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class ContractFactAttribute : FactAttribute;

/// <summary>Marks a contract subclass that needs a server whose connection string is in <see cref="Variable"/>.</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = true)]
public sealed class RequiresServerAttribute(string variable, string server) : Attribute
{
    public string Variable { get; } = variable;

    public string Server { get; } = server;

    /// <summary>Why a test needing this server is skipped, or null when it must run.</summary>
    public static string? SkipReason(string variable, string server) =>
        string.IsNullOrEmpty(Environment.GetEnvironmentVariable(variable)) && !TestServers.IsCi
            ? $"{server} not available: set {variable} or run ./test.sh"
            : null;
}

public sealed class ContractFactDiscoverer(IMessageSink diagnosticMessageSink) : IXunitTestCaseDiscoverer
{
    public IEnumerable<IXunitTestCase> Discover(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo factAttribute)
    {
        var requirement = testMethod.TestClass.Class.GetCustomAttributes(typeof(RequiresServerAttribute)).FirstOrDefault();
        var skip = requirement is null
            ? null
            : RequiresServerAttribute.SkipReason(
                requirement.GetNamedArgument<string>(nameof(RequiresServerAttribute.Variable)),
                requirement.GetNamedArgument<string>(nameof(RequiresServerAttribute.Server)));
        yield return new ContractTestCase(
            diagnosticMessageSink, discoveryOptions.MethodDisplayOrDefault(), discoveryOptions.MethodDisplayOptionsOrDefault(), testMethod, skip);
    }
}

/// <summary>A test case whose skip reason was decided at discovery from the concrete class.</summary>
public sealed class ContractTestCase : XunitTestCase
{
    private string? _skipReason;

    [Obsolete("Called by the de-serializer; should only be called by deriving classes for de-serialization purposes")]
    public ContractTestCase()
    {
    }

    public ContractTestCase(
        IMessageSink diagnosticMessageSink,
        TestMethodDisplay defaultMethodDisplay,
        TestMethodDisplayOptions defaultMethodDisplayOptions,
        ITestMethod testMethod,
        string? skipReason)
        : base(diagnosticMessageSink, defaultMethodDisplay, defaultMethodDisplayOptions, testMethod)
    {
        _skipReason = skipReason;
    }

    public override void Serialize(IXunitSerializationInfo data)
    {
        base.Serialize(data);
        data.AddValue("ContractSkipReason", _skipReason);
    }

    public override void Deserialize(IXunitSerializationInfo data)
    {
        _skipReason = data.GetValue<string?>("ContractSkipReason");
        base.Deserialize(data);
    }

    protected override string? GetSkipReason(IAttributeInfo factAttribute) => _skipReason ?? base.GetSkipReason(factAttribute);
}
