using System.Text;
using Passerelle.Testing;
using Xunit.Abstractions;

namespace Passerelle.Reliability.Tests.Support;

/// <summary>What a suite tried and what survived: printed to the test output and kept under test-artifacts/reliability/.</summary>
internal sealed class SuiteReport(string suite, ITestOutputHelper output)
{
    private readonly StringBuilder _text = new();
    private readonly Lock _gate = new();

    public void Line(string line)
    {
        lock (_gate)
        {
            _text.AppendLine(line);
        }

        output.WriteLine(line);
    }

    /// <summary>Writes <c>test-artifacts/reliability/&lt;suite&gt;-&lt;case&gt;.txt</c>.</summary>
    public void Save(string testCase)
    {
        var folder = Path.Combine(RepositoryPaths.Artifacts, "reliability");
        Directory.CreateDirectory(folder);
        lock (_gate)
        {
            File.WriteAllText(Path.Combine(folder, $"{suite}-{testCase}.txt"), $"# {suite} — {testCase}\n{_text}");
        }
    }
}
