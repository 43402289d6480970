using System.Text.Json;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;

namespace Passerelle.Ihris.Fhir;

/// <summary>
/// Reads FHIR JSON straight off its UTF-8 bytes with <see cref="Utf8JsonReader"/>, filling Firely's model
/// with only the fields Passerelle maps: Bundle paging and entry bookkeeping, and the PractitionerRole,
/// Practitioner and Location fields the mappers read. Every other property is skipped unread (names,
/// identifiers, telecom and addresses of workers never become strings), which is what makes ingestion
/// cheap. Other resource types (CodeSystem, OperationOutcome…) go through Firely's own deserializer in its
/// forgiving mode. Like that mode, a value of the wrong JSON kind is kept raw or left out, never fatal;
/// only a broken document or a Bundle whose structure cannot be walked fails, saying what and where.
/// </summary>
internal static class FhirFieldReader
{
    private static readonly FhirJsonDeserializer Firely =
        new(new DeserializerSettings().UsingMode(DeserializationMode.Ostrich));

    /// <summary>The resource in <paramref name="json"/>; throws <see cref="FhirShapeException"/> when it cannot be read.</summary>
    public static Resource Read(ReadOnlySpan<byte> json)
    {
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip });
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                throw new FhirShapeException("pas un objet JSON / not a JSON object");
            }

            return ReadResource(ref reader, json, "$");
        }
        catch (JsonException e)
        {
            throw new FhirShapeException(
                $"JSON invalide ligne {e.LineNumber + 1}, position {e.BytePositionInLine + 1} / invalid JSON at line {e.LineNumber + 1}, position {e.BytePositionInLine + 1}",
                e);
        }
    }

    private static Resource ReadResource(ref Utf8JsonReader reader, ReadOnlySpan<byte> json, string path)
    {
        var type = ResourceType(reader) ?? throw new FhirShapeException(
            $"{path} : « resourceType » absent, pas une ressource FHIR / no \"resourceType\", not a FHIR resource");
        return type switch
        {
            "Bundle" => ReadBundle(ref reader, json),
            "PractitionerRole" => ReadRole(ref reader),
            "Practitioner" => ReadPractitioner(ref reader),
            "Location" => ReadLocation(ref reader),
            _ => ReadWithFirely(ref reader, json, type, path),
        };
    }

    /// <summary>The resourceType of the object the reader is on, looked up on a copy so the reader does not move.</summary>
    private static string? ResourceType(Utf8JsonReader scout)
    {
        var depth = scout.CurrentDepth;
        while (scout.Read() && scout.CurrentDepth > depth)
        {
            if (scout.TokenType == JsonTokenType.PropertyName && scout.ValueTextEquals("resourceType"u8))
            {
                scout.Read();
                return scout.TokenType == JsonTokenType.String ? scout.GetString() : null;
            }

            scout.Read();
            scout.Skip();
        }

        return null;
    }

    private static Resource ReadWithFirely(ref Utf8JsonReader reader, ReadOnlySpan<byte> json, string type, string path)
    {
        var start = (int)reader.TokenStartIndex;
        reader.Skip();
        var slice = new Utf8JsonReader(json[start..(int)reader.BytesConsumed]);
        try
        {
            Firely.TryDeserializeResource(ref slice, out var resource, out _);
            return resource ?? throw new FhirShapeException($"{path} : ressource {type} illisible / unreadable {type} resource");
        }
        catch (Exception e) when (e is JsonException or DeserializationFailedException or Hl7.Fhir.Validation.CodedValidationException)
        {
            throw new FhirShapeException($"{path} : ressource {type} illisible / unreadable {type} resource ({e.Message})", e);
        }
    }

    private static Bundle ReadBundle(ref Utf8JsonReader reader, ReadOnlySpan<byte> json)
    {
        var bundle = new Bundle();
        while (NextProperty(ref reader))
        {
            if (reader.ValueTextEquals("entry"u8))
            {
                Expect(ref reader, JsonTokenType.StartArray, "entry", "un tableau / an array");
                for (var index = 0; reader.Read() && reader.TokenType != JsonTokenType.EndArray; index++)
                {
                    var path = $"entry[{index}]";
                    if (reader.TokenType != JsonTokenType.StartObject)
                    {
                        throw NotOfKind(path, "un objet / an object", reader.TokenType);
                    }

                    bundle.Entry.Add(ReadEntry(ref reader, json, path));
                }
            }
            else if (reader.ValueTextEquals("link"u8))
            {
                Expect(ref reader, JsonTokenType.StartArray, "link", "un tableau / an array");
                for (var index = 0; reader.Read() && reader.TokenType != JsonTokenType.EndArray; index++)
                {
                    if (reader.TokenType != JsonTokenType.StartObject)
                    {
                        throw NotOfKind($"link[{index}]", "un objet / an object", reader.TokenType);
                    }

                    bundle.Link.Add(ReadLink(ref reader));
                }
            }
            else
            {
                SkipValue(ref reader);
            }
        }

        return bundle;
    }

    private static Bundle.LinkComponent ReadLink(ref Utf8JsonReader reader)
    {
        var link = new Bundle.LinkComponent();
        while (NextProperty(ref reader))
        {
            if (reader.ValueTextEquals("relation"u8))
            {
                if (Primitive<FhirString>(ref reader) is { } value)
                {
                    link.RelationElement = value;
                }
            }
            else if (reader.ValueTextEquals("url"u8))
            {
                if (Primitive<FhirUri>(ref reader) is { } value)
                {
                    link.UrlElement = value;
                }
            }
            else
            {
                SkipValue(ref reader);
            }
        }

        return link;
    }

    private static Bundle.EntryComponent ReadEntry(ref Utf8JsonReader reader, ReadOnlySpan<byte> json, string path)
    {
        var entry = new Bundle.EntryComponent();
        while (NextProperty(ref reader))
        {
            if (reader.ValueTextEquals("resource"u8))
            {
                Expect(ref reader, JsonTokenType.StartObject, $"{path}.resource", "un objet / an object");
                entry.Resource = ReadResource(ref reader, json, $"{path}.resource");
            }
            else if (reader.ValueTextEquals("fullUrl"u8))
            {
                entry.FullUrlElement = Primitive<FhirUri>(ref reader);
            }
            else if (reader.ValueTextEquals("search"u8))
            {
                entry.Search = ReadObject(ref reader, ReadSearch);
            }
            else if (reader.ValueTextEquals("request"u8))
            {
                entry.Request = ReadObject(ref reader, ReadRequest);
            }
            else if (reader.ValueTextEquals("response"u8))
            {
                entry.Response = ReadObject(ref reader, ReadResponse);
            }
            else
            {
                SkipValue(ref reader);
            }
        }

        return entry;
    }

    private static Bundle.SearchComponent ReadSearch(ref Utf8JsonReader reader)
    {
        var search = new Bundle.SearchComponent();
        while (NextProperty(ref reader))
        {
            if (reader.ValueTextEquals("mode"u8) && Text(ref reader) is { } mode)
            {
                search.Mode = mode switch
                {
                    "match" => Bundle.SearchEntryMode.Match,
                    "include" => Bundle.SearchEntryMode.Include,
                    "outcome" => Bundle.SearchEntryMode.Outcome,
                    _ => null,
                };
            }
            else
            {
                SkipValue(ref reader);
            }
        }

        return search;
    }

    private static Bundle.RequestComponent ReadRequest(ref Utf8JsonReader reader)
    {
        var request = new Bundle.RequestComponent();
        while (NextProperty(ref reader))
        {
            if (reader.ValueTextEquals("method"u8) && Text(ref reader) is { } method)
            {
                request.Method = method.ToUpperInvariant() switch
                {
                    "GET" => Bundle.HTTPVerb.GET,
                    "HEAD" => Bundle.HTTPVerb.HEAD,
                    "POST" => Bundle.HTTPVerb.POST,
                    "PUT" => Bundle.HTTPVerb.PUT,
                    "DELETE" => Bundle.HTTPVerb.DELETE,
                    "PATCH" => Bundle.HTTPVerb.PATCH,
                    _ => null,
                };
            }
            else if (reader.ValueTextEquals("url"u8))
            {
                if (Primitive<FhirUri>(ref reader) is { } value)
                {
                    request.UrlElement = value;
                }
            }
            else
            {
                SkipValue(ref reader);
            }
        }

        return request;
    }

    private static Bundle.ResponseComponent ReadResponse(ref Utf8JsonReader reader)
    {
        var response = new Bundle.ResponseComponent();
        while (NextProperty(ref reader))
        {
            if (reader.ValueTextEquals("lastModified"u8))
            {
                response.LastModifiedElement = Primitive<Instant>(ref reader);
            }
            else
            {
                SkipValue(ref reader);
            }
        }

        return response;
    }

    private static PractitionerRole ReadRole(ref Utf8JsonReader reader)
    {
        var role = new PractitionerRole();
        while (NextProperty(ref reader))
        {
            if (ReadCommon(ref reader, role))
            {
                continue;
            }

            if (reader.ValueTextEquals("practitioner"u8))
            {
                role.Practitioner = ReadObject(ref reader, ReadReference);
            }
            else if (reader.ValueTextEquals("location"u8))
            {
                ReadList(ref reader, role.Location, ReadReference);
            }
            else if (reader.ValueTextEquals("code"u8))
            {
                ReadList(ref reader, role.Code, ReadConcept);
            }
            else if (reader.ValueTextEquals("period"u8))
            {
                role.Period = ReadObject(ref reader, ReadPeriod);
            }
            else if (reader.ValueTextEquals("active"u8))
            {
                role.ActiveElement = Primitive<FhirBoolean>(ref reader);
            }
            else if (reader.ValueTextEquals("extension"u8))
            {
                ReadList(ref reader, role.Extension, ReadExtension);
            }
            else
            {
                SkipValue(ref reader);
            }
        }

        return role;
    }

    private static Practitioner ReadPractitioner(ref Utf8JsonReader reader)
    {
        var practitioner = new Practitioner();
        while (NextProperty(ref reader))
        {
            if (ReadCommon(ref reader, practitioner))
            {
                continue;
            }

            if (reader.ValueTextEquals("gender"u8))
            {
                practitioner.GenderElement = Primitive<Code<AdministrativeGender>>(ref reader);
            }
            else if (reader.ValueTextEquals("birthDate"u8))
            {
                practitioner.BirthDateElement = Primitive<Date>(ref reader);
            }
            else
            {
                SkipValue(ref reader);
            }
        }

        return practitioner;
    }

    private static Location ReadLocation(ref Utf8JsonReader reader)
    {
        var location = new Location();
        while (NextProperty(ref reader))
        {
            if (ReadCommon(ref reader, location))
            {
                continue;
            }

            if (reader.ValueTextEquals("name"u8))
            {
                location.NameElement = Primitive<FhirString>(ref reader);
            }
            else if (reader.ValueTextEquals("partOf"u8))
            {
                location.PartOf = ReadObject(ref reader, ReadReference);
            }
            else if (reader.ValueTextEquals("type"u8))
            {
                ReadList(ref reader, location.Type, ReadConcept);
            }
            else if (reader.ValueTextEquals("physicalType"u8))
            {
                location.PhysicalType = ReadObject(ref reader, ReadConcept);
            }
            else if (reader.ValueTextEquals("identifier"u8))
            {
                ReadList(ref reader, location.Identifier, ReadIdentifier);
            }
            else if (reader.ValueTextEquals("position"u8))
            {
                location.Position = ReadObject(ref reader, ReadPosition);
            }
            else
            {
                SkipValue(ref reader);
            }
        }

        return location;
    }

    /// <summary>Reads <c>id</c> and <c>meta</c>, which every mapped resource has; false for any other property.</summary>
    private static bool ReadCommon(ref Utf8JsonReader reader, Resource resource)
    {
        if (reader.ValueTextEquals("id"u8))
        {
            resource.IdElement = Primitive<Id>(ref reader);
            return true;
        }

        if (reader.ValueTextEquals("meta"u8))
        {
            resource.Meta = ReadObject(ref reader, ReadMeta);
            return true;
        }

        return false;
    }

    private static Meta ReadMeta(ref Utf8JsonReader reader)
    {
        var meta = new Meta();
        while (NextProperty(ref reader))
        {
            if (reader.ValueTextEquals("lastUpdated"u8))
            {
                meta.LastUpdatedElement = Primitive<Instant>(ref reader);
            }
            else if (reader.ValueTextEquals("profile"u8))
            {
                ReadPrimitiveList<Canonical>(ref reader, meta.ProfileElement);
            }
            else
            {
                SkipValue(ref reader);
            }
        }

        return meta;
    }

    private static ResourceReference ReadReference(ref Utf8JsonReader reader)
    {
        var reference = new ResourceReference();
        while (NextProperty(ref reader))
        {
            if (reader.ValueTextEquals("reference"u8))
            {
                reference.ReferenceElement = Primitive<FhirString>(ref reader);
            }
            else
            {
                SkipValue(ref reader);
            }
        }

        return reference;
    }

    private static CodeableConcept ReadConcept(ref Utf8JsonReader reader)
    {
        var concept = new CodeableConcept();
        while (NextProperty(ref reader))
        {
            if (reader.ValueTextEquals("coding"u8))
            {
                ReadList(ref reader, concept.Coding, ReadCoding);
            }
            else if (reader.ValueTextEquals("text"u8))
            {
                concept.TextElement = Primitive<FhirString>(ref reader);
            }
            else
            {
                SkipValue(ref reader);
            }
        }

        return concept;
    }

    private static Coding ReadCoding(ref Utf8JsonReader reader)
    {
        var coding = new Coding();
        while (NextProperty(ref reader))
        {
            if (reader.ValueTextEquals("system"u8))
            {
                coding.SystemElement = Primitive<FhirUri>(ref reader);
            }
            else if (reader.ValueTextEquals("code"u8))
            {
                coding.CodeElement = Primitive<Code>(ref reader);
            }
            else if (reader.ValueTextEquals("display"u8))
            {
                coding.DisplayElement = Primitive<FhirString>(ref reader);
            }
            else
            {
                SkipValue(ref reader);
            }
        }

        return coding;
    }

    private static Period ReadPeriod(ref Utf8JsonReader reader)
    {
        var period = new Period();
        while (NextProperty(ref reader))
        {
            if (reader.ValueTextEquals("start"u8))
            {
                period.StartElement = Primitive<FhirDateTime>(ref reader);
            }
            else if (reader.ValueTextEquals("end"u8))
            {
                period.EndElement = Primitive<FhirDateTime>(ref reader);
            }
            else
            {
                SkipValue(ref reader);
            }
        }

        return period;
    }

    /// <summary>An extension's URL and its <c>valueCoding</c> or <c>valueCode</c>; nested extensions are not mapped.</summary>
    private static Extension ReadExtension(ref Utf8JsonReader reader)
    {
        var extension = new Extension();
        while (NextProperty(ref reader))
        {
            if (reader.ValueTextEquals("url"u8))
            {
                extension.Url = Text(ref reader);
            }
            else if (reader.ValueTextEquals("valueCoding"u8))
            {
                extension.Value = ReadObject(ref reader, ReadCoding);
            }
            else if (reader.ValueTextEquals("valueCode"u8))
            {
                extension.Value = Primitive<Code>(ref reader);
            }
            else
            {
                SkipValue(ref reader);
            }
        }

        return extension;
    }

    private static Identifier ReadIdentifier(ref Utf8JsonReader reader)
    {
        var identifier = new Identifier();
        while (NextProperty(ref reader))
        {
            if (reader.ValueTextEquals("type"u8))
            {
                identifier.Type = ReadObject(ref reader, ReadConcept);
            }
            else if (reader.ValueTextEquals("value"u8))
            {
                identifier.ValueElement = Primitive<FhirString>(ref reader);
            }
            else
            {
                SkipValue(ref reader);
            }
        }

        return identifier;
    }

    private static Location.PositionComponent ReadPosition(ref Utf8JsonReader reader)
    {
        var position = new Location.PositionComponent();
        while (NextProperty(ref reader))
        {
            if (reader.ValueTextEquals("latitude"u8))
            {
                if (Primitive<FhirDecimal>(ref reader) is { } value)
                {
                    position.LatitudeElement = value;
                }
            }
            else if (reader.ValueTextEquals("longitude"u8))
            {
                if (Primitive<FhirDecimal>(ref reader) is { } value)
                {
                    position.LongitudeElement = value;
                }
            }
            else
            {
                SkipValue(ref reader);
            }
        }

        return position;
    }

    private delegate T ObjectReader<out T>(ref Utf8JsonReader reader);

    /// <summary>Moves to the next property name of the current object; false at its end.</summary>
    private static bool NextProperty(ref Utf8JsonReader reader) =>
        reader.Read() && reader.TokenType == JsonTokenType.PropertyName;

    private static void SkipValue(ref Utf8JsonReader reader)
    {
        reader.Read();
        reader.Skip();
    }

    /// <summary>The object value of the current property, or null (skipped) when it is not an object.</summary>
    private static T? ReadObject<T>(ref Utf8JsonReader reader, ObjectReader<T> read)
        where T : class
    {
        reader.Read();
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            reader.Skip();
            return null;
        }

        return read(ref reader);
    }

    /// <summary>The objects of an array property into <paramref name="list"/>; a lone object counts as a list of one, anything else is skipped.</summary>
    private static void ReadList<T>(ref Utf8JsonReader reader, List<T> list, ObjectReader<T> read)
    {
        reader.Read();
        if (reader.TokenType == JsonTokenType.StartObject)
        {
            list.Add(read(ref reader));
            return;
        }

        if (reader.TokenType != JsonTokenType.StartArray)
        {
            reader.Skip();
            return;
        }

        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (reader.TokenType == JsonTokenType.StartObject)
            {
                list.Add(read(ref reader));
            }
            else
            {
                reader.Skip();
            }
        }
    }

    private static void ReadPrimitiveList<T>(ref Utf8JsonReader reader, List<PrimitiveType> list)
        where T : PrimitiveType, new()
    {
        reader.Read();
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            if (Value(ref reader) is { } single)
            {
                list.Add(new T { JsonValue = single });
            }

            return;
        }

        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (Value(ref reader) is { } value)
            {
                list.Add(new T { JsonValue = value });
            }
        }
    }

    /// <summary>The primitive value of the current property as given (a string, a boolean or a number), wrong kinds included.</summary>
    private static T? Primitive<T>(ref Utf8JsonReader reader)
        where T : PrimitiveType, new()
    {
        reader.Read();
        return Value(ref reader) is { } value ? new T { JsonValue = value } : null;
    }

    private static string? Text(ref Utf8JsonReader reader)
    {
        reader.Read();
        return Value(ref reader)?.ToString();
    }

    private static object? Value(ref Utf8JsonReader reader)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.String:
                return reader.GetString();
            case JsonTokenType.True:
                return true;
            case JsonTokenType.False:
                return false;
            case JsonTokenType.Number:
                return reader.TryGetDecimal(out var number) ? number : System.Text.Encoding.UTF8.GetString(reader.ValueSpan);
            default:
                reader.Skip();
                return null;
        }
    }

    private static void Expect(ref Utf8JsonReader reader, JsonTokenType kind, string path, string expected)
    {
        reader.Read();
        if (reader.TokenType != kind)
        {
            throw NotOfKind(path, expected, reader.TokenType);
        }
    }

    private static FhirShapeException NotOfKind(string path, string expected, JsonTokenType found) =>
        new($"Bundle mal formé : « {path} » devrait être {expected.Split(" / ")[0]}, trouvé {Kind(found)} / malformed Bundle: \"{path}\" should be {expected.Split(" / ")[1]}, found {Kind(found)}");

    private static string Kind(JsonTokenType token) => token switch
    {
        JsonTokenType.String => "string",
        JsonTokenType.Number => "number",
        JsonTokenType.True or JsonTokenType.False => "boolean",
        JsonTokenType.Null => "null",
        JsonTokenType.StartArray => "array",
        JsonTokenType.StartObject => "object",
        _ => token.ToString(),
    };
}
