using System.Text.Json.Nodes;

namespace Passerelle.Emulators.Dhis2.Api;

/// <summary>
/// DHIS2's asynchronous jobs (web-api.md §5.1, §6.3): an <c>async=true</c> import or an analytics table run is
/// started, answered with the job configuration, then followed through <c>/api/system/tasks/{type}/{id}</c> and
/// <c>/api/system/taskSummaries/{type}/{id}</c>. The work itself is done when the job starts; the job reports
/// itself completed only after <see cref="Dhis2EmulatorOptions.AsyncPollsBeforeCompletion"/> polls.
/// </summary>
internal sealed class AsyncJobs(Dhis2EmulatorState state)
{
    private readonly Dictionary<(string Type, string Id), Job> _jobs = [];
    private readonly Lock _gate = new();

    /// <summary>Registers a finished piece of work and returns the <c>Initiated …</c> WebMessage DHIS2 answers.</summary>
    /// <param name="jobType">e.g. <c>DATAVALUE_IMPORT</c>, <c>METADATA_IMPORT</c>, <c>ANALYTICS_TABLE</c>.</param>
    /// <param name="name">Job configuration name, e.g. <c>dataValueImport</c>.</param>
    /// <param name="summary">What <c>taskSummaries</c> returns (plain ImportSummary / ImportReport), or null.</param>
    public JsonObject Start(Dhis2Request request, string jobType, string name, JsonObject? summary)
    {
        var id = state.NewUid();
        var created = Dhis2Json.MetadataTimestamp(request.Now);
        lock (_gate)
        {
            _jobs[(jobType, id)] = new Job(id, jobType, created, summary);
        }

        request.Http.Response.Headers.Location = $"{request.ApiRoot}/system/tasks/{jobType}";
        return WebMessages.Create(200, "OK", "Initiated " + name, new JsonObject
        {
            ["name"] = name,
            ["id"] = id,
            ["created"] = created,
            ["jobType"] = jobType,
            ["jobStatus"] = "SCHEDULED",
            ["relativeNotifierEndpoint"] = $"/api/system/tasks/{jobType}/{id}",
        });
    }

    /// <summary>The job's notifications, newest first, as <c>GET /api/system/tasks/{type}/{id}</c> lists them; null if unknown.</summary>
    public JsonArray? Notifications(string jobType, string id, DateTimeOffset now)
    {
        Job? job;
        lock (_gate)
        {
            if (!_jobs.TryGetValue((jobType, id), out job))
            {
                return null;
            }

            job.Polls++;
        }

        var started = Notification(job, job.Created, "Process started", completed: false, uidSuffix: 'a');
        if (job.Polls <= state.Options.AsyncPollsBeforeCompletion)
        {
            return [started];
        }

        var message = jobType == "ANALYTICS_TABLE" ? "Analytics tables updated" : "Import done";
        return [Notification(job, Dhis2Json.MetadataTimestamp(now), message, completed: true, uidSuffix: 'b'), started];
    }

    /// <summary>What <c>GET /api/system/taskSummaries/{type}/{id}</c> returns; null if unknown or not finished yet.</summary>
    public JsonObject? Summary(string jobType, string id)
    {
        lock (_gate)
        {
            return _jobs.TryGetValue((jobType, id), out var job) && job.Polls >= state.Options.AsyncPollsBeforeCompletion
                ? job.Summary?.DeepClone() as JsonObject
                : null;
        }
    }

    private static JsonObject Notification(Job job, string time, string message, bool completed, char uidSuffix) => new()
    {
        ["uid"] = job.Id[..10] + uidSuffix,
        ["level"] = "INFO",
        ["category"] = job.Type,
        ["time"] = time,
        ["message"] = message,
        ["completed"] = completed,
    };

    private sealed class Job(string id, string type, string created, JsonObject? summary)
    {
        public string Id { get; } = id;

        public string Type { get; } = type;

        public string Created { get; } = created;

        public JsonObject? Summary { get; } = summary;

        public int Polls { get; set; }
    }
}
