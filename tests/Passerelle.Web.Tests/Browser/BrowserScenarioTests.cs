using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Passerelle.Core.Storage;
using Passerelle.Testing;
using Passerelle.Web.Hosting;

namespace Passerelle.Web.Tests.Browser;

/// <summary>
/// A ministry user in the Debian Chromium (headless, never a downloaded browser) against the app on Kestrel
/// over 127.0.0.1: sign in, see the map and its markers, open a facility, accept a match and see it kept.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class BrowserScenarioTests(WebTestWarehouse warehouse) : IAsyncLifetime
{
    private WebApplication? _app;
    private string _baseUrl = "";

    private static string Screenshots
    {
        get
        {
            var dir = Path.Combine(RepositoryPaths.Artifacts, "screenshots");
            Directory.CreateDirectory(dir);
            return dir;
        }
    }

    public async Task InitializeAsync()
    {
        if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable(TestServers.ChromiumVariable)) && !TestServers.IsCi)
        {
            return;
        }

        _app = PasserelleWebApp.Create([], new Dictionary<string, string?>
        {
            ["urls"] = "http://127.0.0.1:0",
            ["Passerelle:Warehouse"] = warehouse.NewCopy(),
            ["Logging:LogLevel:Default"] = "Warning",
        });
        await _app.StartAsync();
        _baseUrl = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
    }

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
    }

    [ChromiumFact]
    public async Task Reviewer_SignsInSeesMapOpensFacilityAndAcceptsAMatch_DecisionIsKept()
    {
        // Given the Debian Chromium, headless
        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = TestServers.Chromium,
            Headless = true,
            Args = ["--no-sandbox"],
        });
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1366, Height = 768 } });
        var errors = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                errors.Add(message.Text + " @ " + message.Location);
            }
        };

        // When a reviewer signs in
        await page.GotoAsync(_baseUrl + "/login");
        await page.FillAsync("input[name=login]", "reviewer");
        await page.FillAsync("input[name=password]", WebTestWarehouse.Password);
        await page.ClickAsync("button[type=submit]");
        await page.WaitForURLAsync(_baseUrl + "/");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Screenshots, "01-apercu.png"), FullPage = true });

        // Then the map shows the facilities as markers over the shipped polygons
        await page.GotoAsync(_baseUrl + "/map");
        await page.WaitForSelectorAsync("#map[data-markers]");
        var markers = await page.Locator("path.facility-marker").CountAsync();
        var facilities = (await _app!.Services.GetRequiredService<IWarehouse>().Dimensions.ReadFacilitiesAsync(CancellationToken.None)).Count(f => f.Location is not null);
        Assert.Equal(facilities, markers);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Screenshots, "02-carte.png") });

        // When a facility is opened from its marker
        await page.Locator("path.facility-marker").First.ClickAsync(new LocatorClickOptions { Force = true });
        await page.Locator(".map-popup a").ClickAsync();
        await page.WaitForSelectorAsync("#cadre-table");
        Assert.False(string.IsNullOrWhiteSpace(await page.TextContentAsync("#facility-name")));
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Screenshots, "03-structure.png"), FullPage = true });

        // And a match waiting for review is accepted
        await page.GotoAsync(_baseUrl + "/matches");
        await page.Locator("a.match-link").First.ClickAsync();
        await page.WaitForSelectorAsync("#signals");
        var url = page.Url.Split('?')[0];
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Screenshots, "04-correspondance.png"), FullPage = true });
        await page.ClickAsync("button.accept");
        await page.WaitForSelectorAsync(".notice");

        // Then, after a reload, the decision is still there
        await page.GotoAsync(url);
        Assert.Equal("manual-accepted", await page.Locator("[data-status]").First.GetAttributeAsync("data-status"));
        Assert.Empty(errors);

        // And the pages fit a laptop and a phone without horizontal scrolling
        foreach (var (width, height, name) in new[] { (1366, 768, "laptop"), (390, 844, "phone") })
        {
            await page.SetViewportSizeAsync(width, height);
            foreach (var path in new[] { "/", "/map", "/matches", url[_baseUrl.Length..], "/runs" })
            {
                await page.GotoAsync(_baseUrl + path);
                var overflow = await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > document.documentElement.clientWidth");
                Assert.False(overflow, $"{path} overflows at {width}×{height}");
            }

            await page.GotoAsync(_baseUrl + "/map");
            await page.WaitForSelectorAsync("#map[data-markers]");
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Screenshots, $"05-carte-{name}.png") });
        }
    }
}
