namespace Passerelle.Emulators.Ihris;

/// <summary>
/// Data quirks observed in real iHRIS 5 installations (reference/ihris/ihris.md §2.5, §2.6, §2.11),
/// which the emulator reproduces so that readers are tested against them.
/// </summary>
[Flags]
public enum IhrisQuirks
{
    None = 0,

    /// <summary>
    /// Wrong or inconsistent system URIs, as in the iHRIS demo data: jurisdiction types under
    /// <c>ihris-jurisdiction</c> (no "-type"), the <c>physicalType</c> system ending in <c>.html</c>,
    /// the job <c>cadre</c> property coded under <c>ihris-classification</c>, and identifier type
    /// systems that differ from the canonical ones. Readers must match on codes only.
    /// </summary>
    WrongSystemUris = 1,

    /// <summary>
    /// Empty strings in place of absent values (<c>"partOf":{"reference":""}</c>, <c>"longitude":""</c>),
    /// as in iHRIS's <c>sample_facilty.json</c>.
    /// </summary>
    EmptyStrings = 2,

    All = WrongSystemUris | EmptyStrings,
}
