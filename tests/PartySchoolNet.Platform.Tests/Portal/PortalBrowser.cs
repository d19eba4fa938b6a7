using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using PartySchoolNet.Testing;
using Shouldly;

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
    private readonly List<(string Test, IBrowserContext Context)> _contexts = [];

    public async ValueTask InitializeAsync()
    {
        // A page that calls three services on a busy two-core machine (and renews the token before each call, see
        // PlatformFixture) may take longer than Playwright's five seconds to show; a person would wait too.
        Assertions.SetDefaultExpectTimeout(20_000);
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
        await CloseEarlierTestsPagesAsync();
        var context = await _browser!.NewContextAsync(new BrowserNewContextOptions
        {
            Locale = "zh-CN",
            ViewportSize = phone ? new ViewportSize { Width = 390, Height = 844 } : new ViewportSize { Width = 1280, Height = 800 },
            IsMobile = phone,
            HasTouch = phone,
        });
        context.SetDefaultTimeout(30_000);
        _contexts.Add((TestContext.Current.Test!.UniqueID, context));
        var page = await context.NewPageAsync();
        // What the browser saw go wrong goes to the test's output, beside a failure.
        var output = TestContext.Current.TestOutputHelper;
        void Log(string line)
        {
            try
            {
                output?.WriteLine(line);
            }
            catch (InvalidOperationException)
            {
                // The test that opened this page has ended while the page lives on (a Blazor circuit still talking); a
                // handler that throws would take down Playwright's connection for every test after it.
            }
        }
        page.Console += (_, message) => Log($"console {message.Type}: {message.Text} at {message.Location}");
        page.PageError += (_, error) => Log($"page error: {error}");
        page.RequestFailed += (_, request) => Log($"request failed: {request.Method} {request.Url} {request.Failure}");
        page.WebSocket += (_, socket) => socket.SocketError += (_, error) => Log($"websocket error: {socket.Url} {error}");
        page.Response += (_, response) =>
        {
            if (response.Status >= 400)
            {
                Log($"response {response.Status}: {response.Request.Method} {response.Url}");
            }
        };
        return page;
    }

    /// <summary>
    /// A class's tests run one after another: the pages an earlier test left open (each a live Blazor circuit) are closed
    /// before the next test opens its own, so they neither load the machine nor talk to a test that has ended.
    /// </summary>
    private async Task CloseEarlierTestsPagesAsync()
    {
        var current = TestContext.Current.Test!.UniqueID;
        foreach (var (test, context) in _contexts.Where(c => c.Test != current).ToList())
        {
            await context.CloseAsync();
            _contexts.Remove((test, context));
        }
    }

    /// <summary>A fresh page at the portal, signed in on Identity's page as this demo account, ready for clicks.</summary>
    public async Task<IPage> SignedInAsync(PlatformFixture platform, string userName, bool phone = false)
    {
        var page = await NewPageAsync(phone);
        await page.GotoAsync(platform.PublicUrl.AbsoluteUri);
        await SignInAsync(page, userName, Tokens.DemoPassword);
        await Assertions.Expect(page.GetByTestId("person")).Not.ToBeEmptyAsync();
        await UntilLiveAsync(page);
        return page;
    }

    /// <summary>Opens a portal address and waits until the page answers clicks (a prerendered page shows before it does).</summary>
    public static async Task GotoAsync(IPage page, string url)
    {
        await page.GotoAsync(url);
        await UntilLiveAsync(page);
    }

    public static Task UntilLiveAsync(IPage page) =>
        page.GetByTestId("live").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached });

    /// <summary>Fills in Identity's sign-in page, where the portal sends anyone not signed in.</summary>
    public static async Task SignInAsync(IPage page, string userName, string password)
    {
        await page.GetByLabel("用户名").FillAsync(userName);
        await page.GetByLabel("密码").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
    }

    /// <summary>axe on the page as it stands: no serious or critical violation (each named with its rule and first element).</summary>
    public static async Task ShouldBeAccessibleAsync(IPage page)
    {
        // On a settled page: a button fading back from its loading state is not what a person reads.
        await page.WaitForFunctionAsync("() => document.getAnimations().every(a => a.effect?.getComputedTiming().iterations === Infinity)");
        var result = await page.RunAxe();
        var grave = result.Violations.Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{v.Id} ({v.Impact}): {v.Help} — {v.Nodes.FirstOrDefault()?.Html}").ToList();
        grave.ShouldBeEmpty();
    }

    /// <summary>The whole page, or its top this many pixels high (a long list's first entries).</summary>
    public static Task ScreenshotAsync(IPage page, string name, int? top = null)
    {
        Directory.CreateDirectory(ScreenshotDirectory);
        return page.ScreenshotAsync(new PageScreenshotOptions
        {
            Path = Path.Combine(ScreenshotDirectory, name + ".png"), FullPage = true,
            Clip = top is { } height ? new Clip { X = 0, Y = 0, Width = page.ViewportSize!.Width, Height = height } : null,
        });
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
