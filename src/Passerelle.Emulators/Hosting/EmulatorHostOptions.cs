using Microsoft.AspNetCore.Http;
using Passerelle.Emulators.Faults;

namespace Passerelle.Emulators.Hosting;

/// <summary>How an emulator host listens and misbehaves.</summary>
public sealed record EmulatorHostOptions
{
    /// <summary>TCP port on 127.0.0.1; 0 (default) picks a free one.</summary>
    public int Port { get; init; }

    /// <summary>Faults to inject; none by default.</summary>
    public FaultPlan? Faults { get; init; }

    /// <summary>Clock used for injected delays.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <summary>Writes an error response in the emulated system's own envelope (status, message).</summary>
    public Func<HttpContext, int, string, Task> ErrorWriter { get; init; } = WritePlainErrorAsync;

    private static Task WritePlainErrorAsync(HttpContext context, int status, string message)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "text/plain; charset=utf-8";
        return context.Response.WriteAsync(message);
    }
}
