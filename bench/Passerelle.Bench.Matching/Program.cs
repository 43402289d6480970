using System.Diagnostics;
using System.Globalization;
using Passerelle.Bench.Matching;
using Passerelle.Core.Matching;

// Quality and speed of the facility matcher. Usage:
//   dotnet run -c Release --project bench/Passerelle.Bench.Matching -- [--sizes 1000,10000,100000] [--out docs/matching-quality.md]
//   … -- --sizes 10000 --write-csv DIR   (writes the synthetic lists and their truth as CSV, and stops)
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
var sizes = ArgValue("--sizes")?.Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToArray() ?? [1_000, 10_000, 100_000];
var output = ArgValue("--out");
if (ArgValue("--write-csv") is { } csvDirectory)
{
    // Lists for timing `passerelle match` from outside: synthetic-SIZE-{left,right,truth}.csv.
    foreach (var size in sizes)
    {
        ListCsvWriter.Write(SyntheticLists.Build(size), csvDirectory, $"synthetic-{size}");
    }

    Console.WriteLine($"Écrit / written: {csvDirectory}");
    return 0;
}

var reference = Environment.GetEnvironmentVariable("PASSERELLE_REFERENCE_DIR") is { Length: > 0 } dir ? dir : FindReference();

var quality = new List<QualityFigures>();
quality.AddRange(DemoWorldLists.Build().Select(Run));
quality.Add(Run(SierraLeoneLists.Build(reference)));
quality.Add(Run(FakelandLists.Build(reference)));
var speed = sizes.Select(size => Run(SyntheticLists.Build(size))).ToList();
var load = File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "?";
var report = BenchReport.Render(quality, speed, Environment.ProcessorCount, load);
Console.WriteLine(report);
if (output is not null)
{
    File.WriteAllText(output, BenchReport.Document(report));
    Console.WriteLine($"Écrit / written: {output}");
}

return 0;

QualityFigures Run(LabelledLists lists)
{
    GC.Collect();
    using var process = Process.GetCurrentProcess();
    var cpuBefore = process.TotalProcessorTime;
    var stopwatch = Stopwatch.StartNew();
    var result = new FacilityMatcher().Match(lists.Left, lists.Right);
    stopwatch.Stop();
    process.Refresh();
    var cpu = (process.TotalProcessorTime - cpuBefore).TotalSeconds;
    var figures = QualityFigures.Measure(lists, result, stopwatch.Elapsed.TotalSeconds) with { CpuSeconds = cpu };
    BenchReport.RecordPeak(figures);
    if (Environment.GetEnvironmentVariable("BENCH_DEBUG") is { Length: > 0 })
    {
        var rights = lists.Right.ToDictionary(r => r.SourceId);
        var lefts = lists.Left.ToDictionary(r => r.SourceId);
        var errors = result.Matches.Where(m => lists.TruePairs.TryGetValue(m.LeftId, out var t) ? !(m.Status == MatchStatus.Matched && t == m.RightId) : m.Status != MatchStatus.Unmatched).ToList();
        foreach (var g in errors.GroupBy(m => (m.Status, Right: m.RightId is null ? "none" : lists.TruePairs.TryGetValue(m.LeftId, out var t) ? (t == m.RightId ? "true" : "wrong") : "no-truth")))
        {
            Console.Error.WriteLine($"ERR {g.Key.Status} proposal={g.Key.Right}: {g.Count()}");
        }

        var limit = int.TryParse(Environment.GetEnvironmentVariable("BENCH_DEBUG"), out var n) ? n : 25;
        foreach (var m in errors.OrderBy(_ => Random.Shared.Next()).Take(limit))
        {
            lists.TruePairs.TryGetValue(m.LeftId, out var truth);
            Console.Error.WriteLine($"{m.Status} {m.Flags} {m.Score:F3} L[{lefts[m.LeftId].Name}|{lefts[m.LeftId].District}|{lefts[m.LeftId].Type}] R[{(m.RightId is null ? "-" : rights[m.RightId].Name + "|" + rights[m.RightId].District + "|" + rights[m.RightId].Type)}] T[{(truth is null ? "-" : rights[truth].Name)}] {m.ExplanationEnglish}");
        }
        for (var s = 0; s < result.Model.M.Count; s++)
        {
            Console.Error.WriteLine($"{(MatchSignal)s}: m=[{string.Join(", ", result.Model.M[s].Select(x => x.ToString("F4")))}] u=[{string.Join(", ", result.Model.U[s].Select(x => x.ToString("F4")))}]");
        }
    }

    Console.Error.WriteLine($"{lists.Name}: {stopwatch.Elapsed.TotalSeconds:F2} s (CPU {cpu:F2} s), F1 {figures.F1:F3}, review/100 {figures.ReviewPer100:F1}, λ {result.Model.Lambda:F4}, EM {result.Model.EmIterations} it");
    return figures;
}

string? ArgValue(string name)
{
    var index = Array.IndexOf(args, name);
    return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
}

static string FindReference()
{
    for (var d = new DirectoryInfo(AppContext.BaseDirectory); d is not null; d = d.Parent)
    {
        if (File.Exists(Path.Combine(d.FullName, "Passerelle.slnx")))
        {
            return Path.GetFullPath(Path.Combine(d.FullName, "..", "shared", "reference"));
        }
    }

    throw new InvalidOperationException("Passerelle.slnx introuvable / not found; set PASSERELLE_REFERENCE_DIR.");
}
