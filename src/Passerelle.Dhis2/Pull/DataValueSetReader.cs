using System.Runtime.CompilerServices;
using System.Text.Json;
using Passerelle.Dhis2.Http;
using Passerelle.Dhis2.Json;
using Passerelle.Dhis2.Model;

namespace Passerelle.Dhis2.Pull;

/// <summary>Streams <c>GET /api/dataValueSets</c> value by value, whatever the size of the export.</summary>
internal sealed class DataValueSetReader(Dhis2Transport transport)
{
    public async IAsyncEnumerable<Dhis2DataValue> ReadAsync(
        Dhis2DataValueQuery query, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var url = transport.ApiUrl(query.ToRelativeUrl());
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Accept.ParseAdd("application/json");
        using var response = await transport.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        await transport.EnsureSuccessAsync(url, response, cancellationToken);
        Dhis2Transport.EnsureNotHtml(url, response);
        await using var body = await response.Content.ReadAsStreamAsync(cancellationToken);
        var values = JsonArrayStreamer.ReadAsync<Dhis2DataValue>(body, "dataValues", Dhis2Json.Options, cancellationToken);
        await using var enumerator = values.GetAsyncEnumerator(cancellationToken);
        while (true)
        {
            try
            {
                if (!await enumerator.MoveNextAsync())
                {
                    yield break;
                }
            }
            catch (JsonException e)
            {
                throw Dhis2Transport.InvalidResponse(url, JsonBodyProblem.Describe(e), e);
            }
            catch (HttpRequestException e)
            {
                throw new Dhis2Exception(Dhis2ErrorKind.Unreachable, url,
                    $"Connexion coupée pendant la lecture des valeurs / connection dropped while reading values: {url}", e);
            }

            yield return enumerator.Current;
        }
    }
}
