namespace Passerelle.DemoWorld.Naming;

/// <summary>The language a generated place or family name sounds like.</summary>
internal enum NameFlavour
{
    Wolof,
    Serer,
    Pulaar,
    Mandinka,
    Diola,
    UrbanDakar,
}
