using System.Net;
using Grpc.Core;
using PartySchoolNet.Identity.Contracts;
using PartySchoolNet.Testing;
using Shouldly;

namespace PartySchoolNet.Identity.Tests;

/// <summary>Wrong passwords lock the account against the guesser, and the city can read every attempt.</summary>
public sealed class PasswordGuessingTests(IdentityHost app) : IClassFixture<IdentityHost>
{
    private readonly SecurityWorld _world = new(app);

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_even_for_the_right_one_until_an_admin_enables_it()
    {
        var http = From(NewAddress());
        var (userName, accountId) = await _world.NewAccountAsync();
        for (var i = 0; i < 5; i++)
        {
            (await Tokens.RequestPasswordAsync(http, userName, $"Wrong#{i}x")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        }

        var right = await Tokens.RequestPasswordAsync(http, userName, SecurityWorld.Password);
        var listed = (await (await app.ClientFor("fn.admin")).ListAccountsAsync(new ListAccountsRequest())).Accounts.Single(a => a.AccountId == accountId);
        await (await app.ClientFor("fn.admin")).EnableAccountAsync(new EnableAccountRequest { AccountId = accountId });
        var afterUnlock = await Tokens.SignInAsync(http, userName, SecurityWorld.Password);

        (await right.Content.ReadAsStringAsync()).ShouldContain("临时锁定");
        listed.LockedUntil.ShouldNotBeNull();
        afterUnlock.AccessToken.ShouldNotBeNullOrEmpty();
        var events = await _world.EventsAsync(userName);
        events.Count(e => e == SecurityEventKind.SignInFailed).ShouldBe(5);
        events.ShouldContain(SecurityEventKind.LockedOut);
        events.ShouldContain(SecurityEventKind.SignInRefused);
        events.ShouldContain(SecurityEventKind.AccountEnabled);
    }

    [Fact]
    public async Task A_hundred_guesses_sent_at_once_get_only_five_password_checks()
    {
        var (userName, _) = await _world.NewAccountAsync();

        var answers = await Task.WhenAll(Enumerable.Range(0, 100).Select(i => Tokens.RequestPasswordAsync(From(NewAddress()), userName, $"Guess#{i}x")));

        answers.ShouldAllBe(a => a.StatusCode == HttpStatusCode.BadRequest);
        var events = await _world.EventsAsync(userName);
        events.Count(e => e == SecurityEventKind.SignInFailed).ShouldBe(5);
        events.Count(e => e == SecurityEventKind.SignInRefused).ShouldBe(95);
    }

    [Fact]
    public async Task The_city_reads_every_security_event_a_county_only_its_scope_and_a_dispatcher_none()
    {
        await Tokens.RequestPasswordAsync(From(NewAddress()), "nobody.at.all", "Wrong#2026");
        var (yzUser, _) = await _world.NewAccountAsync("yz");
        await Tokens.RequestPasswordAsync(From(NewAddress()), yzUser, "Wrong#2026");
        var (fnUser, _) = await _world.NewAccountAsync("fn");
        await Tokens.RequestPasswordAsync(From(NewAddress()), fnUser, "Wrong#2026");

        var city = (await (await app.ClientFor("fy.admin")).ListSecurityEventsAsync(new ListSecurityEventsRequest { PageSize = 500 })).Events;
        var county = (await (await app.ClientFor("fn.admin")).ListSecurityEventsAsync(new ListSecurityEventsRequest { PageSize = 500 })).Events;

        city.Select(e => e.UserName).ShouldContain("nobody.at.all");
        city.Select(e => e.UserName).ShouldContain(yzUser);
        county.Select(e => e.UserName).ShouldContain(fnUser);
        county.Select(e => e.UserName).ShouldNotContain(yzUser);
        county.Select(e => e.UserName).ShouldNotContain("nobody.at.all");
        city.ShouldContain(e => e.UserName == fnUser && e.Kind == SecurityEventKind.AccountCreated && e.Actor.Length > 0);
        await (await app.ClientFor("fn.dispatcher")).ListSecurityEventsAsync(new ListSecurityEventsRequest()).ShouldFailWith(StatusCode.PermissionDenied);
    }

    [Fact]
    public async Task A_sign_in_form_that_cannot_be_read_gets_a_clear_400_not_a_server_error()
    {
        var answer = await Tokens.RequestPasswordAsync(From(NewAddress()), "fn.admin\0", "Wrong#2026");

        answer.StatusCode.ShouldBe(HttpStatusCode.BadRequest, string.Join("\n", app.Problems.Lines));
        (await answer.Content.ReadAsStringAsync()).ShouldContain("请求格式不正确");
    }

    private static int _addresses;

    /// <summary>A made-up client address, as the gateway forwards it, so each test's failures count only against itself.</summary>
    private static string NewAddress() => $"198.51.100.{Interlocked.Increment(ref _addresses) % 250 + 1}";

    private HttpClient From(string address) => _world.From(address);
}
