using Passerelle.Core.Norms;

namespace Passerelle.HealthMap.Norms;

/// <summary>A staffing norm with the rule id and evidence status it comes from.</summary>
/// <param name="Status">VERIFIED / REPORTED / ASSUMPTION… as the norms file states it.</param>
public sealed record StaffingRule(string RuleId, string Status, StaffingNorm Norm);
