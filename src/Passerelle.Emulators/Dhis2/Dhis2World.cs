using Passerelle.DemoWorld.Continental;
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

    /// <summary>
    /// A continental DHIS2 (issue 12): each country a root, about 100,000 facilities, and every monthly value of the world
    /// (50 million by default) in a read-only archive, exported with the values imported later.
    /// </summary>
    public static Dhis2World Continental(ContinentalWorld world) => new ContinentalDhis2World(world);

    /// <summary>"demo" needs a model and "continental" a world; "sierra-leone" and "empty" need nothing.</summary>
    public static Dhis2World Named(string name, Func<DemoWorldModel>? demo = null, Func<ContinentalWorld>? continental = null) => name.ToLowerInvariant() switch
    {
        "sierra-leone" or "sl" => SierraLeone,
        "empty" => Empty,
        "demo" when demo is not null => Demo(demo()),
        "continental" when continental is not null => Continental(continental()),
        _ => throw new ArgumentException(
            $"Monde inconnu / unknown world: '{name}' (demo, sierra-leone, empty, continental)", nameof(name)),
    };

    internal sealed record EmptyWorld : Dhis2World;

    internal sealed record SierraLeoneWorld : Dhis2World;

    internal sealed record DemoWorld(DemoWorldModel Model) : Dhis2World;

    internal sealed record ContinentalDhis2World(ContinentalWorld World) : Dhis2World;
}
