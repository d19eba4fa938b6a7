using Microsoft.Playwright;

namespace PartySchoolNet.Platform.Tests.Portal;

/// <summary>
/// Debian's Chromium driven by Playwright (its own browser download cannot work here), headless, with the platform's public
/// host name mapped to this machine as a name server would. Screenshots go to <c>screenshots/</c> beside the test binaries.
/// </summary>
public sealed class PortalBrowser : IAsyncLifetime
{
    public static readonly string ScreenshotDirectory = Path.Combine(AppContext.BaseDirectory, "screenshots");

    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public async ValueTask InitializeAsync()
    {
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--host-resolver-rules=MAP psn.example.test 127.0.0.1",
            ],
        });
    }

    /// <summary>A fresh browser context (no cookies) and page: a desktop, or a phone's viewport.</summary>
    public async Task<IPage> NewPageAsync(bool phone = false)
    {
        var context = await _browser!.NewContextAsync(new BrowserNewContextOptions
        {
            Locale = "zh-CN",
            ViewportSize = phone ? new ViewportSize { Width = 390, Height = 844 } : new ViewportSize { Width = 1280, Height = 800 },
            IsMobile = phone,
            HasTouch = phone,
        });
        context.SetDefaultTimeout(30_000);
        var page = await context.NewPageAsync();
        // What the browser saw go wrong goes to the test's output, beside a failure.
        var output = TestContext.Current.TestOutputHelper;
        page.Console += (_, message) => output?.WriteLine($"console {message.Type}: {message.Text}");
        page.PageError += (_, error) => output?.WriteLine($"page error: {error}");
        page.RequestFailed += (_, request) => output?.WriteLine($"request failed: {request.Method} {request.Url} {request.Failure}");
        page.Response += (_, response) =>
        {
            if (response.Status >= 400)
            {
                output?.WriteLine($"response {response.Status}: {response.Request.Method} {response.Url}");
            }
        };
        return page;
    }

    public static Task ScreenshotAsync(IPage page, string name)
    {
        Directory.CreateDirectory(ScreenshotDirectory);
        return page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotDirectory, name + ".png"), FullPage = true });
    }

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }
        _playwright?.Dispose();
    }
}
