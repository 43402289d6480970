using System.Net;
using System.Text;

namespace Passerelle.Dhis2.Tests.Support;

/// <summary>Answers requests from a script and records what was sent (method, URL, auth header, body).</summary>
internal sealed class FakeDhis2Handler(Func<HttpRequestMessage, int, HttpResponseMessage> respond) : HttpMessageHandler
{
    private readonly List<RecordedRequest> _requests = [];

    public IReadOnlyList<RecordedRequest> Requests
    {
        get
        {
            lock (_requests)
            {
                return [.. _requests];
            }
        }
    }

    public static FakeDhis2Handler Always(int status, string body) => new((_, _) => Json(status, body));

    public static HttpResponseMessage Json(int status, string body) => new((HttpStatusCode)status)
    {
        Content = new StringContent(body, Encoding.UTF8, "application/json"),
    };

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var body = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
        int index;
        lock (_requests)
        {
            index = _requests.Count;
            _requests.Add(new RecordedRequest(request.Method, request.RequestUri!, request.Headers.Authorization?.ToString(), body));
        }

        var response = respond(request, index);
        response.RequestMessage ??= request;
        return response;
    }
}

internal sealed record RecordedRequest(HttpMethod Method, Uri Url, string? Authorization, string? Body);
