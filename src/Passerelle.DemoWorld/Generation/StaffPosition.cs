namespace Passerelle.DemoWorld.Generation;

/// <summary>One filled post of a facility's real staff (whether or not iHRIS holds the facility).</summary>
internal readonly record struct StaffPosition(string JobCode, string CadreCode);
