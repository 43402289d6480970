namespace Passerelle.Core.Matching;

/// <summary>
/// The comparison level reached on each signal (-1 when a side lacks the signal), packed into one
/// pattern number so that EM works on pattern counts rather than on millions of pairs.
/// </summary>
internal readonly record struct ComparisonVector(sbyte Name, sbyte Hierarchy, sbyte Type, sbyte Distance, sbyte Codes)
{
    public const int Base = 7;
    public const int PatternCount = Base * Base * Base * Base * Base;

    public int Level(MatchSignal signal) => signal switch
    {
        MatchSignal.Name => Name,
        MatchSignal.Hierarchy => Hierarchy,
        MatchSignal.Type => Type,
        MatchSignal.Distance => Distance,
        _ => Codes,
    };

    public int Pattern => Name + 1 + (Base * (Hierarchy + 1 + (Base * (Type + 1 + (Base * (Distance + 1 + (Base * (Codes + 1))))))));

    public static int LevelInPattern(int pattern, int signalIndex)
    {
        for (var i = 0; i < signalIndex; i++)
        {
            pattern /= Base;
        }

        return (pattern % Base) - 1;
    }

    public static ComparisonVector FromPattern(int pattern) => new(
        (sbyte)LevelInPattern(pattern, 0),
        (sbyte)LevelInPattern(pattern, 1),
        (sbyte)LevelInPattern(pattern, 2),
        (sbyte)LevelInPattern(pattern, 3),
        (sbyte)LevelInPattern(pattern, 4));
}
