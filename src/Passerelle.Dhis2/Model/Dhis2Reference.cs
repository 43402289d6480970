namespace Passerelle.Dhis2.Model;

/// <summary>A reference to another DHIS2 object, as DHIS2 writes it: <c>{"id":"…"}</c>.</summary>
public sealed record Dhis2Reference(string Id);
