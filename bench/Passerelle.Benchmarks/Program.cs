using BenchmarkDotNet.Running;

// dotnet run -c Release --project bench/Passerelle.Benchmarks -- --filter '*'
// Each class names its baseline; BenchmarkDotNet prints the ratio to it.
BenchmarkSwitcher.FromAssembly(typeof(Passerelle.Benchmarks.NationalWorld).Assembly).Run(args);
