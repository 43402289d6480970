using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Passerelle.Reliability.Tests.Support;

/// <summary>What to break on the iHRIS emulator, which has no fault plan of its own: the first N matching requests.</summary>
internal sealed record IhrisFault(string PathContains, IhrisFaultKind Kind, int FirstN, int StatusCode = 503, int DelayMs = 0, string? Body = null);

internal enum IhrisFaultKind
{
    Status,
    Drop,
    SlowBody,
    Latency,

    /// <summary>Answers 200 with <see cref="IhrisFault.Body"/> as application/fhir+json.</summary>
    Body,
}

internal static class HttpFaultMiddleware
{
    public static Action<IApplicationBuilder> For(IReadOnlyList<IhrisFault> faults)
    {
        var counts = new int[faults.Count];
        return app => app.Use(async (context, next) =>
        {
            for (var i = 0; i < faults.Count; i++)
            {
                var fault = faults[i];
                if (!context.Request.Path.Value!.Contains(fault.PathContains, StringComparison.Ordinal) || Interlocked.Increment(ref counts[i]) > fault.FirstN)
                {
                    continue;
                }

                switch (fault.Kind)
                {
                    case IhrisFaultKind.Status:
                        context.Response.StatusCode = fault.StatusCode;
                        await context.Response.WriteAsync("injected fault");
                        return;
                    case IhrisFaultKind.Body:
                        context.Response.StatusCode = 200;
                        context.Response.ContentType = "application/fhir+json";
                        await context.Response.WriteAsync(fault.Body ?? "");
                        return;
                    case IhrisFaultKind.Drop:
                        context.Abort();
                        return;
                    case IhrisFaultKind.Latency:
                        await Task.Delay(fault.DelayMs, context.RequestAborted);
                        break;
                    case IhrisFaultKind.SlowBody:
                        await context.Response.Body.FlushAsync();
                        await Task.Delay(fault.DelayMs, context.RequestAborted);
                        break;
                }
            }

            await next(context);
        });
    }
}
