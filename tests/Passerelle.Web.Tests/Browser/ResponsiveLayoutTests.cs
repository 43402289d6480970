using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Passerelle.Core.Storage;
using Passerelle.Testing;

namespace Passerelle.Web.Tests.Browser;

/// <summary>
/// The pages a ministry user opens most, in the Debian Chromium at a phone's width (390×844) and a laptop's
/// (1366×768): nothing wider than the window (no sideways scrolling), a screenshot of each kept in
/// <c>test-artifacts/web/screenshots</c>, and the overview's trend chart drawn.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class ResponsiveLayoutTests(WebTestWarehouse warehouse) : IAsyncLifetime
{
    private LoopbackApp? _app;

    private static string Screenshots
    {
        get
        {
            var dir = Path.Combine(RepositoryPaths.Artifacts, "web", "screenshots");
            Directory.CreateDirectory(dir);
            return dir;
        }
    }

    public async Task InitializeAsync()
    {
        if (!string.IsNullOrEmpty(Environment.GetEnvironmentVariable(TestServers.ChromiumVariable)) || TestServers.IsCi)
        {
            _app = await LoopbackApp.StartAsync(warehouse.NewCopy());
        }
    }

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }

    [ChromiumFact]
    public async Task KeyPages_AtPhoneAndLaptopWidth_HaveNoHorizontalOverflow()
    {
        // Given a reviewer signed in in Chromium, and a facility with a WISN and a match waiting for review
        var app = _app!;
        var store = app.App.Services.GetRequiredService<IWarehouse>();
        var facility = await store.Results.ReadIndicatorValuesAsync(new IndicatorQuery("PASS_WISN_RATIO_INF", OrgLevel: OrgLevel.Facility), CancellationToken.None).FirstAsync();
        var link = (await store.Crosswalk.ReadFacilityLinksAsync(null, CancellationToken.None)).First(l => l.Status == DecisionStatus.Review);
        var pages = new (string Name, string Path, string Ready)[]
        {
            ("apercu", "/", "#trend-chart[data-series]"),
            ("carte", "/map", "#map[data-markers]"),
            ("structure", "/facilities/" + Uri.EscapeDataString(facility.UnitId), "#wisn-table"),
            ("revue", "/matches", "#match-queue"),
            ("correspondance", $"/matches/{link.Source}/{Uri.EscapeDataString(link.SourceId)}/{Uri.EscapeDataString(link.GoldenId)}", "#signals"),
        };
        await using var session = await ChromiumSession.SignInAsync(app.BaseUrl, "reviewer");
        var page = session.Page;

        // When each page is opened at each size
        var overflows = new List<string>();
        foreach (var (width, height) in new[] { (390, 844), (1366, 768) })
        {
            await page.SetViewportSizeAsync(width, height);
            foreach (var (name, path, ready) in pages)
            {
                await page.GotoAsync(app.BaseUrl + path);
                await page.WaitForSelectorAsync(ready, new PageWaitForSelectorOptions { State = WaitForSelectorState.Attached });
                var widths = await page.EvaluateAsync<int[]>("() => [document.scrollingElement.scrollWidth, window.innerWidth]");
                if (widths[0] > widths[1])
                {
                    overflows.Add($"{path} at {width}×{height}: {widths[0]} px wide in a {widths[1]} px window");
                }

                await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Screenshots, $"{name}-{width}x{height}.png"), FullPage = true });
            }
        }

        // Then none scrolls sideways, and the browser logged no error
        Assert.Empty(overflows);
        Assert.Empty(session.Errors);
    }

    [ChromiumFact]
    public async Task Overview_InChromium_DrawsOneTrendLinePerDataElement()
    {
        // Given a viewer signed in in Chromium
        var app = _app!;
        await using var session = await ChromiumSession.SignInAsync(app.BaseUrl, "viewer");

        // When the overview has loaded its trend
        await session.Page.GotoAsync(app.BaseUrl + "/");
        await session.Page.WaitForSelectorAsync("#trend-chart[data-series]", new PageWaitForSelectorOptions { State = WaitForSelectorState.Attached });

        // Then Chart.js drew one series per data element the trend API returned, with French labels
        var series = await session.Page.EvaluateAsync<int>("() => Chart.getChart('trend-chart').data.datasets.length");
        var labels = await session.Page.EvaluateAsync<string[]>("() => Chart.getChart('trend-chart').data.datasets.map(d => d.label)");
        Assert.True(series >= 2, $"{series} series");
        Assert.Contains("Consultations curatives", labels);
        Assert.Empty(session.Errors);
    }
}
