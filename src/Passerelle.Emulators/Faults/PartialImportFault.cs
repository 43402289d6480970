using Microsoft.AspNetCore.Http;

namespace Passerelle.Emulators.Faults;

/// <summary>Tells an import endpoint that this request must accept only its first values.</summary>
public static class PartialImportFault
{
    private static readonly object Key = new();

    internal static void Set(HttpContext context, int acceptFirst) => context.Items[Key] = acceptFirst;

    /// <summary>The number of values to accept, when a partial-import fault fired for this request.</summary>
    public static int? AcceptFirst(HttpContext context) =>
        context.Items.TryGetValue(Key, out var value) && value is int k ? k : null;
}
