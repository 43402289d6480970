namespace Passerelle.HealthMap.Population;

/// <summary>Where a population figure comes from; say it wherever the figure is shown.</summary>
public enum PopulationMethod
{
    /// <summary>ANSD RGPH-5 census count (2023).</summary>
    Census,

    /// <summary>ANSD projection (2024–2030).</summary>
    Projection,

    /// <summary>A district that is a whole department: the department's ANSD figure, exact.</summary>
    DepartmentTotal,

    /// <summary>SYNTHETIC demo value: the department's figure split equally among its districts. Never an official figure.</summary>
    SyntheticEqualSplit,
}
