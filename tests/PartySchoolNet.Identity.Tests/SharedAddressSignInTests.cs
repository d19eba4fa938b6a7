using System.Diagnostics;
using System.Net;
using Grpc.Core;
using PartySchoolNet.Identity.Contracts;
using PartySchoolNet.Identity.Security;
using PartySchoolNet.Testing;
using Shouldly;

namespace PartySchoolNet.Identity.Tests;

/// <summary>
/// A school's office signs everyone in from one address (NAT): guessing from an address is slowed by the shape of its
/// failures, never walled off by their number, and guessing at an account does not lock its owner out of their office.
/// </summary>
public sealed class SharedAddressSignInTests(IdentityHost app) : IClassFixture<IdentityHost>
{
    private const int Desks = 8;
    private static readonly SignInPolicy Policy = new();
    private readonly SecurityWorld _world = new(app);

    [Fact]
    public async Task Two_hundred_cadres_signing_in_from_one_county_hall_all_get_in_though_thirty_mistype_first()
    {
        const string hall = "203.0.113.10";
        var cadres = await _world.NewAccountsAsync("hall.", 200);

        // Eight desks sign their queues in; the first four people mistype their name, the next twenty-six their password once or twice.
        var desks = await Task.WhenAll(cadres.Select((name, i) => (name, i)).GroupBy(c => c.i % Desks).Select(async desk =>
        {
            var http = _world.From(hall);
            var (mistakes, tokens) = (0, new List<string?>());
            foreach (var (name, i) in desk)
            {
                for (var wrong = i < 4 ? 1 : i < 30 ? 1 + i % 2 : 0; wrong > 0; wrong--, mistakes++)
                {
                    (await Tokens.RequestPasswordAsync(http, i < 4 ? name + "x" : name, i < 4 ? SecurityWorld.Password : "Start#2025")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
                }
                tokens.Add((await Tokens.SignInAsync(http, name, SecurityWorld.Password)).AccessToken);
            }
            return (mistakes, tokens);
        }));

        desks.SelectMany(d => d.tokens).Count(t => !string.IsNullOrEmpty(t)).ShouldBe(200);
        (await EventsFromAsync(hall, SecurityEventKind.SignInFailed)).ShouldBe(desks.Sum(d => d.mistakes));
        (await EventsFromAsync(hall, SecurityEventKind.SignInSlowed)).ShouldBe(0);
        (await EventsFromAsync(hall, SecurityEventKind.SignedIn)).ShouldBe(200);
    }

    [Fact]
    public async Task An_address_trying_five_hundred_user_names_is_slowed_to_a_few_checks_a_minute_and_nobody_else_is()
    {
        const string guesser = "203.0.113.66";
        var real = await _world.NewAccountsAsync("target.", 10);
        var (regular, _) = await _world.NewAccountAsync();
        (await Tokens.SignInAsync(_world.From(guesser), regular, SecurityWorld.Password)).AccessToken.ShouldNotBeNullOrEmpty();
        var names = Enumerable.Range(0, 500).Select(i => i % 50 == 0 ? real[i / 50] : $"guess{i:000}").ToList();

        var started = Stopwatch.GetTimestamp();
        var answers = await Task.WhenAll(names.Chunk(names.Count / Desks + 1).Select(async chunk =>
        {
            var http = _world.From(guesser);
            var bodies = new List<(HttpStatusCode, string)>();
            foreach (var name in chunk)
            {
                var answer = await Tokens.RequestPasswordAsync(http, name, "Guess#2026");
                bodies.Add((answer.StatusCode, await answer.Content.ReadAsStringAsync()));
            }
            return bodies;
        }));
        var minutes = (int)Math.Ceiling(Stopwatch.GetElapsedTime(started).TotalMinutes);
        var (newcomer, _) = await _world.NewAccountAsync();
        var elsewhere = await Tokens.SignInAsync(_world.From("203.0.113.67"), newcomer, SecurityWorld.Password);
        var regularAgain = await Tokens.SignInAsync(_world.From(guesser), regular, SecurityWorld.Password);
        var city = await app.ClientFor("fy.admin");
        var status = await city.GetAddressSlowdownAsync(new GetAddressSlowdownRequest { Address = guesser });
        var audit = await city.ListSecurityEventsAsync(new ListSecurityEventsRequest { Kind = SecurityEventKind.SignInSlowed, PageSize = 500 });

        var checks = await EventsFromAsync(guesser, SecurityEventKind.SignInFailed);
        checks.ShouldBeLessThanOrEqualTo(Policy.SuspectNames + Desks + Policy.SlowedChecksPerMinute * minutes);
        (await EventsFromAsync(guesser, SecurityEventKind.SignInSlowed)).ShouldBe(500 - checks);
        answers.SelectMany(a => a).ShouldAllBe(a => a.Item1 == HttpStatusCode.BadRequest);
        answers.SelectMany(a => a).ShouldContain(a => a.Item2.Contains("秒后再试"));
        elsewhere.AccessToken.ShouldNotBeNullOrEmpty();
        regularAgain.AccessToken.ShouldNotBeNullOrEmpty();
        status.Slowed.ShouldBeTrue();
        status.FailedNames.ShouldBeGreaterThanOrEqualTo(Policy.SuspectNames);
        audit.Events.ShouldContain(e => e.Address == guesser && e.Detail.StartsWith("failed_names=", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_account_guessed_at_from_fifty_addresses_stays_locked_to_them_while_its_owner_signs_in_from_the_office()
    {
        const string office = "203.0.113.20";
        var (owner, accountId) = await _world.NewAccountAsync();
        (await Tokens.SignInAsync(_world.From(office), owner, SecurityWorld.Password)).AccessToken.ShouldNotBeNullOrEmpty();

        await Task.WhenAll(Enumerable.Range(1, 50).Select(async n =>
        {
            var http = _world.From($"198.18.0.{n}");
            for (var i = 0; i < 3; i++)
            {
                await Tokens.RequestPasswordAsync(http, owner, $"Guess#{n}.{i}");
            }
        }));
        var rightFromElsewhere = await Tokens.RequestPasswordAsync(_world.From("198.18.1.1"), owner, SecurityWorld.Password);
        var ownerAtTheOffice = await Tokens.SignInAsync(_world.From(office), owner, SecurityWorld.Password);
        var listed = (await (await app.ClientFor("fn.admin")).ListAccountsAsync(new ListAccountsRequest())).Accounts.Single(a => a.AccountId == accountId);

        var events = await _world.EventsAsync(owner);
        events.Count(e => e == SecurityEventKind.SignInFailed).ShouldBe(Policy.MaxFailures);
        events.Count(e => e == SecurityEventKind.SignInRefused).ShouldBe(150 - Policy.MaxFailures + 1);
        rightFromElsewhere.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await rightFromElsewhere.Content.ReadAsStringAsync()).ShouldContain("分钟后再试");
        ownerAtTheOffice.AccessToken.ShouldNotBeNullOrEmpty();
        listed.LockedUntil.ShouldNotBeNull();
    }

    [Fact]
    public async Task A_guesser_in_the_owners_office_locks_only_that_offices_lane_until_an_admin_unlocks_it()
    {
        const string office = "203.0.113.30";
        var (owner, accountId) = await _world.NewAccountAsync();
        await Tokens.SignInAsync(_world.From(office), owner, SecurityWorld.Password);

        for (var i = 0; i < Policy.MaxFailures; i++)
        {
            await Tokens.RequestPasswordAsync(_world.From(office), owner, $"Guess#{i}x");
        }
        var lockedHere = await Tokens.RequestPasswordAsync(_world.From(office), owner, SecurityWorld.Password);
        await (await app.ClientFor("fn.admin")).EnableAccountAsync(new EnableAccountRequest { AccountId = accountId });
        var afterUnlock = await Tokens.SignInAsync(_world.From(office), owner, SecurityWorld.Password);

        (await lockedHere.Content.ReadAsStringAsync()).ShouldContain("临时锁定");
        afterUnlock.AccessToken.ShouldNotBeNullOrEmpty();
    }

    [Fact]
    public async Task A_network_admin_reads_why_an_address_is_slowed_and_clears_it_and_a_county_admin_may_not()
    {
        const string address = "203.0.113.90";
        for (var i = 0; i < Policy.SuspectNames; i++)
        {
            await Tokens.RequestPasswordAsync(_world.From(address), $"nobody{i}", "Wrong#2026");
        }
        var city = await app.ClientFor("fy.admin");

        var before = await city.GetAddressSlowdownAsync(new GetAddressSlowdownRequest { Address = address });
        await (await app.ClientFor("fn.admin")).ClearAddressSlowdownAsync(new ClearAddressSlowdownRequest { Address = address })
            .ShouldFailWith(StatusCode.PermissionDenied);
        var badAddress = await city.ClearAddressSlowdownAsync(new ClearAddressSlowdownRequest { Address = "office-7" }).ShouldFailWith(StatusCode.InvalidArgument);
        var cleared = await city.ClearAddressSlowdownAsync(new ClearAddressSlowdownRequest { Address = address });
        var after = await city.GetAddressSlowdownAsync(new GetAddressSlowdownRequest { Address = address });
        var audit = await city.ListSecurityEventsAsync(new ListSecurityEventsRequest { Kind = SecurityEventKind.AddressCleared });

        before.Slowed.ShouldBeTrue();
        before.FailedNames.ShouldBe(Policy.SuspectNames);
        badAddress.FieldViolations().ShouldBe(["address"]);
        cleared.Slowed.ShouldBeFalse();
        after.FailedNames.ShouldBe(0);
        audit.Events.ShouldContain(e => e.Address == address && e.Actor.Length > 0 && e.Detail.StartsWith($"failed_names={Policy.SuspectNames}", StringComparison.Ordinal));
    }

    private Task<long> EventsFromAsync(string address, SecurityEventKind kind) =>
        TestInfrastructure.ScalarAsync<long>(app.ConnectionString, $"SELECT count(*) FROM security_events WHERE address = '{address}' AND kind = '{kind}'");
}
