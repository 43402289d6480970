using Passerelle.Emulators.Dhis2.Api;

namespace Passerelle.Emulators.Dhis2.Metadata;

/// <summary>The <c>/api/metadata</c> import parameters the emulator honours (web-api.md §5.1).</summary>
internal sealed record ImportOptions(bool Validate, string Strategy, bool Atomic, string Identifier, string ReportMode, bool Merge)
{
    public static ImportOptions From(Dhis2Request request)
    {
        string Upper(string name, string fallback) => (request.Query(name) ?? fallback).ToUpperInvariant();
        return new ImportOptions(
            Validate: Upper("importMode", "COMMIT") == "VALIDATE",
            Strategy: Upper("importStrategy", "CREATE_AND_UPDATE"),
            Atomic: Upper("atomicMode", "ALL") == "ALL",
            Identifier: Upper("identifier", "UID"),
            ReportMode: Upper("importReportMode", "ERRORS"),
            Merge: Upper("mergeMode", "REPLACE") == "MERGE");
    }
}
