namespace Passerelle.Cli.Commands.Bench;

/// <summary>One measured sync: wall time, the stages, what was pushed, and the process's memory after it.</summary>
internal sealed record BenchRun(
    string Label,
    TimeSpan Wall,
    TimeSpan Cpu,
    IReadOnlyList<StageTiming> Stages,
    int ValuesSent,
    int ValuesUnchanged,
    long PeakWorkingSetBytes,
    long AllocatedBytes);
