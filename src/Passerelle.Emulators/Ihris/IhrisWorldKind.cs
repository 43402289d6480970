namespace Passerelle.Emulators.Ihris;

/// <summary>What the standalone emulator serves (<c>--world demo|ihris-demo</c>).</summary>
public enum IhrisWorldKind
{
    /// <summary>The generated Senegal demo world (<c>demo</c>).</summary>
    Demo,

    /// <summary>iHRIS 5's own demo bundles, country Taifafeki (<c>ihris-demo</c>).</summary>
    IhrisDemo,
}

public static class IhrisWorldKinds
{
    /// <summary>Reads <c>demo</c> or <c>ihris-demo</c>; anything else fails with the accepted values.</summary>
    public static IhrisWorldKind Parse(string text) => text.Trim().ToLowerInvariant() switch
    {
        "demo" => IhrisWorldKind.Demo,
        "ihris-demo" => IhrisWorldKind.IhrisDemo,
        _ => throw new ArgumentException(
            $"Monde inconnu / unknown world: '{text}'. Valeurs acceptées / accepted values: demo, ihris-demo.", nameof(text)),
    };
}
