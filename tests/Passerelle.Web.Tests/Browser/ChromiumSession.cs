using Microsoft.Playwright;
using Passerelle.Testing;

namespace Passerelle.Web.Tests.Browser;

/// <summary>The Debian Chromium (headless, never a downloaded browser) with one page signed in; console errors are collected.</summary>
internal sealed class ChromiumSession : IAsyncDisposable
{
    private readonly IPlaywright _playwright;
    private readonly IBrowser _browser;

    private ChromiumSession(IPlaywright playwright, IBrowser browser, IPage page)
    {
        _playwright = playwright;
        _browser = browser;
        Page = page;
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                Errors.Add(message.Text + " @ " + message.Location);
            }
        };
    }

    public IPage Page { get; }

    public List<string> Errors { get; } = [];

    public static async Task<ChromiumSession> SignInAsync(string baseUrl, string login)
    {
        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = TestServers.Chromium,
            Headless = true,
            Args = ["--no-sandbox"],
        });
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1366, Height = 768 } });
        var session = new ChromiumSession(playwright, browser, page);
        await page.GotoAsync(baseUrl + "/login");
        await page.FillAsync("input[name=login]", login);
        await page.FillAsync("input[name=password]", WebTestWarehouse.Password);
        await page.ClickAsync("button[type=submit]");
        // The overview's first load (charts, map) can take over the 30 s default on a loaded CI machine.
        await page.WaitForURLAsync(baseUrl + "/", new PageWaitForURLOptions { Timeout = 90_000 });
        return session;
    }

    public async ValueTask DisposeAsync()
    {
        await _browser.DisposeAsync();
        _playwright.Dispose();
    }
}
