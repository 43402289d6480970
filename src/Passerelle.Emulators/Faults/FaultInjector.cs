using Microsoft.AspNetCore.Http;

namespace Passerelle.Emulators.Faults;

/// <summary>The middleware that applies a <see cref="FaultPlan"/> to each request, in rule order.</summary>
internal sealed class FaultInjector
{
    private readonly IReadOnlyList<RuleState> _rules;
    private readonly TimeProvider _time;
    private readonly Func<HttpContext, int, string, Task> _writeError;
    private readonly Random _random;
    private readonly Lock _randomGate = new();

    public FaultInjector(FaultPlan plan, TimeProvider time, Func<HttpContext, int, string, Task> writeError)
    {
        _rules = plan.Rules.Select(r => new RuleState(r)).ToList();
        _time = time;
        _writeError = writeError;
        _random = new Random(plan.Seed);
    }

    public async Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        foreach (var state in _rules)
        {
            if (!Matches(state.Rule, context.Request) || !Fires(state))
            {
                continue;
            }

            var rule = state.Rule;
            switch (rule.Kind)
            {
                case FaultKind.Latency:
                    await Task.Delay(TimeSpan.FromMilliseconds(rule.DelayMs), _time, context.RequestAborted).ConfigureAwait(false);
                    break;
                case FaultKind.Status:
                    await _writeError(context, rule.StatusCode, "Injected fault").ConfigureAwait(false);
                    return;
                case FaultKind.Drop:
                    context.Abort();
                    return;
                case FaultKind.ExpiredAuth:
                    await _writeError(context, StatusCodes.Status401Unauthorized, "Unauthorized").ConfigureAwait(false);
                    return;
                case FaultKind.SlowBody:
                    context.Response.Body = new TrickleStream(context.Response.Body, rule.ChunkBytes, TimeSpan.FromMilliseconds(rule.DelayMs), _time);
                    break;
                case FaultKind.PartialImport:
                    PartialImportFault.Set(context, rule.AcceptFirst);
                    break;
                case FaultKind.Body:
                    context.Response.StatusCode = rule.BodyStatusCode;
                    context.Response.ContentType = rule.ContentType;
                    await context.Response.WriteAsync(rule.Body, context.RequestAborted).ConfigureAwait(false);
                    return;
                default:
                    throw new InvalidOperationException("Unknown fault kind " + rule.Kind);
            }
        }

        await next(context).ConfigureAwait(false);
    }

    private static bool Matches(FaultRule rule, HttpRequest request) =>
        (request.PathBase + request.Path).Value!.StartsWith(rule.PathPrefix, StringComparison.OrdinalIgnoreCase)
        && (rule.Method is null || string.Equals(rule.Method, request.Method, StringComparison.OrdinalIgnoreCase));

    private bool Fires(RuleState state)
    {
        var rule = state.Rule;
        var count = Interlocked.Increment(ref state.Count);
        if (rule.Kind == FaultKind.ExpiredAuth)
        {
            return count > rule.AfterRequests;
        }

        if (rule.FirstN is { } first && count > first)
        {
            return false;
        }

        if (rule.EveryNth is { } nth && (nth <= 0 || count % nth != 0))
        {
            return false;
        }

        if (rule.Probability is { } p)
        {
            lock (_randomGate)
            {
                return _random.NextDouble() < p;
            }
        }

        return true;
    }

    private sealed class RuleState(FaultRule rule)
    {
        public FaultRule Rule { get; } = rule;

#pragma warning disable SA1401, CA1051 // Interlocked needs a field.
        public long Count;
#pragma warning restore SA1401, CA1051
    }
}
