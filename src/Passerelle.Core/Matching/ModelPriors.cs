namespace Passerelle.Core.Matching;

/// <summary>
/// Starting m and u probabilities per signal and level. EM starts from the m values and the
/// random-pair estimate of u is pulled towards the u values when the sample is small, so that
/// tiny inputs still get sensible weights.
/// </summary>
internal static class ModelPriors
{
    public static readonly double[][] M =
    [
        [0.60, 0.20, 0.10, 0.06, 0.04],
        [0.88, 0.04, 0.03, 0.03, 0.02],
        [0.80, 0.10, 0.08, 0.02],
        [0.50, 0.35, 0.10, 0.03, 0.02],
        [0.97, 0.03],
    ];

    public static readonly double[][] U =
    [
        [0.0005, 0.002, 0.01, 0.08, 0.9075],
        [0.02, 0.005, 0.05, 0.20, 0.725],
        [0.25, 0.15, 0.30, 0.30],
        [0.0001, 0.002, 0.02, 0.10, 0.8779],
        [0.001, 0.999],
    ];
}
