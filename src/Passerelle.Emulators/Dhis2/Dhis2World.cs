using Passerelle.DemoWorld.Model;

namespace Passerelle.Emulators.Dhis2;

/// <summary>What the emulator's database holds at start, beside the default category model.</summary>
public abstract record Dhis2World
{
    private protected Dhis2World()
    {
    }

    /// <summary>Only the default category model.</summary>
    public static Dhis2World Empty { get; } = new EmptyWorld();

    /// <summary>The Sierra Leone demo database, as recorded from real DHIS2 servers (see <c>Worlds/PROVENANCE.md</c>).</summary>
    public static Dhis2World SierraLeone { get; } = new SierraLeoneWorld();

    /// <summary>The Passerelle demo world: its org units, service data elements and monthly values.</summary>
    public static Dhis2World Demo(DemoWorldModel model) => new DemoWorld(model);

    /// <summary>"demo" needs a model; "sierra-leone" and "empty" do not.</summary>
    public static Dhis2World Named(string name, Func<DemoWorldModel>? demo = null) => name.ToLowerInvariant() switch
    {
        "sierra-leone" or "sl" => SierraLeone,
        "empty" => Empty,
        "demo" when demo is not null => Demo(demo()),
        _ => throw new ArgumentException(
            $"Monde inconnu / unknown world: '{name}' (demo, sierra-leone, empty)", nameof(name)),
    };

    internal sealed record EmptyWorld : Dhis2World;

    internal sealed record SierraLeoneWorld : Dhis2World;

    internal sealed record DemoWorld(DemoWorldModel Model) : Dhis2World;
}
