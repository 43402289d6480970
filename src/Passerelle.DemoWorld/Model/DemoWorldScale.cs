namespace Passerelle.DemoWorld.Model;

/// <summary>
/// How complete the first level of the pyramid is. Postes de santé, centres de santé and hospitals follow
/// the coverage norms in both scales; the scales differ in cases de santé and private structures, which
/// are most of a national list but add little to a demonstration.
/// </summary>
public enum DemoWorldScale
{
    /// <summary>A few cases de santé per rural district and the main private structures (default 3 regions: about 500 facilities).</summary>
    ProofOfConcept = 0,

    /// <summary>Cases de santé and private structures at national density (14 regions: about 4,800 facilities, 25,000 workers).</summary>
    Complete,
}
