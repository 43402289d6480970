using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.Serialization;

namespace Passerelle.Sync.Configuration;

/// <summary>Reads and writes <see cref="DateOnly"/> as ISO dates (yyyy-MM-dd).</summary>
internal sealed class DateOnlyYamlConverter : IYamlTypeConverter
{
    public bool Accepts(Type type) => type == typeof(DateOnly) || type == typeof(DateOnly?);

    public object? ReadYaml(IParser parser, Type type, ObjectDeserializer rootDeserializer)
    {
        var scalar = parser.Consume<Scalar>();
        if (string.IsNullOrWhiteSpace(scalar.Value) && type == typeof(DateOnly?))
        {
            return null;
        }

        if (DateOnly.TryParseExact(scalar.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        throw new YamlException(scalar.Start, scalar.End, $"« {scalar.Value} » n'est pas une date AAAA-MM-JJ / is not a yyyy-MM-dd date");
    }

    public void WriteYaml(IEmitter emitter, object? value, Type type, ObjectSerializer serializer) =>
        emitter.Emit(new Scalar(value is DateOnly d ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : ""));
}
