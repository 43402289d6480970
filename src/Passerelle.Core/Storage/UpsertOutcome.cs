namespace Passerelle.Core.Storage;

/// <summary>What an upsert of proposals did.</summary>
/// <param name="Written">Rows inserted or updated.</param>
/// <param name="KeptHumanDecisions">Automatic proposals dropped because a person had already decided.</param>
public sealed record UpsertOutcome(int Written, int KeptHumanDecisions);
