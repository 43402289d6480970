using Passerelle.Emulators.Dhis2;

namespace Passerelle.Emulators.Tests.Dhis2;

/// <summary>One Sierra Leone emulator shared by read-only tests of a class.</summary>
public sealed class SierraLeoneEmulatorFixture : IAsyncLifetime
{
    internal EmulatorSession Session { get; private set; } = null!;

    public async Task InitializeAsync() => Session = await EmulatorSession.StartAsync(Dhis2World.SierraLeone);

    public async Task DisposeAsync() => await Session.DisposeAsync();
}
