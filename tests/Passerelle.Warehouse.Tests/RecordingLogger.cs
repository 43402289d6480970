using Microsoft.Extensions.Logging;

namespace Passerelle.Warehouse.Tests;

/// <summary>A logger that keeps formatted messages, for asserting on what was logged.</summary>
internal sealed class RecordingLogger : ILogger
{
    public List<(LogLevel Level, EventId Event, string Message)> Entries { get; } = [];

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
        Entries.Add((logLevel, eventId, formatter(state, exception)));
}
