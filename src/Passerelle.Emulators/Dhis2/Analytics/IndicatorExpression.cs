using System.Globalization;

namespace Passerelle.Emulators.Dhis2.Analytics;

/// <summary>
/// Evaluates an indicator numerator or denominator (web-api.md §5.4): <c>#{de}</c>, <c>#{de.coc}</c>,
/// <c>#{de.coc.aoc}</c>, <c>#{de.*.aoc}</c>, <c>C{constant}</c>, numbers, <c>+ - * / ( )</c>. Missing items count as 0;
/// the result is null when every item is missing (DHIS2's skip-if-all-values-missing).
/// </summary>
internal sealed class IndicatorExpression(string text, Func<string, double?> operand, Func<string, double?> constant)
{
    private int _position;
    private bool _anyValue;
    private bool _anyItem;

    public double? Evaluate()
    {
        _position = 0;
        var value = Sum();
        SkipSpaces();
        if (_position < text.Length)
        {
            throw new FormatException($"Unexpected `{text[_position]}` at {_position} in `{text}`");
        }

        return _anyItem && !_anyValue ? null : value;
    }

    private double Sum()
    {
        var value = Product();
        while (Next() is '+' or '-')
        {
            var op = text[_position++];
            var right = Product();
            value = op == '+' ? value + right : value - right;
        }

        return value;
    }

    private double Product()
    {
        var value = Unary();
        while (Next() is '*' or '/')
        {
            var op = text[_position++];
            var right = Unary();
            value = op == '*' ? value * right : value / right;
        }

        return value;
    }

    private double Unary()
    {
        if (Next() == '-')
        {
            _position++;
            return -Unary();
        }

        return Primary();
    }

    private double Primary()
    {
        var c = Next();
        if (c == '(')
        {
            _position++;
            var value = Sum();
            Expect(')');
            return value;
        }

        if (c is '#' or 'C')
        {
            _position++;
            Expect('{');
            var end = text.IndexOf('}', _position);
            var id = text[_position..end];
            _position = end + 1;
            _anyItem = true;
            var value = c == '#' ? operand(id) : constant(id);
            _anyValue |= value is not null;
            return value ?? 0;
        }

        var start = _position;
        while (_position < text.Length && (char.IsDigit(text[_position]) || text[_position] == '.'))
        {
            _position++;
        }

        if (start == _position)
        {
            throw new FormatException($"Unexpected `{(c == '\0' ? "end" : c.ToString())}` at {start} in `{text}`");
        }

        return double.Parse(text[start.._position], CultureInfo.InvariantCulture);
    }

    private char Next()
    {
        SkipSpaces();
        return _position < text.Length ? text[_position] : '\0';
    }

    private void SkipSpaces()
    {
        while (_position < text.Length && char.IsWhiteSpace(text[_position]))
        {
            _position++;
        }
    }

    private void Expect(char c)
    {
        if (Next() != c)
        {
            throw new FormatException($"Expected `{c}` at {_position} in `{text}`");
        }

        _position++;
    }
}
