using System.Net;
using Grpc.Core;
using PartySchoolNet.Identity.Contracts;
using PartySchoolNet.Testing;
using Shouldly;

namespace PartySchoolNet.Identity.Tests;

/// <summary>Staying signed in with refresh tokens, and what ends it: replay, disabling, a new password.</summary>
public sealed class SignInSecurityTests(IdentityHost app) : IClassFixture<IdentityHost>
{
    private readonly SecurityWorld _world = new(app);

    [Fact]
    public async Task A_person_gets_a_half_hour_access_token_and_a_refresh_token_that_rolls_over()
    {
        var http = app.CreateClient();
        var first = await Tokens.SignInAsync(http, "wjb.dispatcher");

        var second = await Tokens.RefreshAsync(http, first.RefreshToken!);

        first.ExpiresIn.ShouldBeInRange(1700, 1800);
        second.RefreshToken.ShouldNotBeNull();
        second.RefreshToken.ShouldNotBe(first.RefreshToken);
        (await app.Client(second.AccessToken).WhoAmIAsync(new WhoAmIRequest())).ScopePath.ShouldBe("fy.fn.wjb");
    }

    [Fact]
    public async Task A_refresh_token_used_twice_is_refused_and_revokes_the_tokens_issued_from_it()
    {
        var http = app.CreateClient();
        var (userName, _) = await _world.NewAccountAsync();
        var first = await Tokens.SignInAsync(http, userName, SecurityWorld.Password);
        var second = await Tokens.RefreshAsync(http, first.RefreshToken!);

        var replay = await Tokens.RequestRefreshAsync(http, first.RefreshToken!);
        var afterReplay = await Tokens.RequestRefreshAsync(http, second.RefreshToken!);

        replay.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await replay.Content.ReadAsStringAsync()).ShouldContain("invalid_grant");
        (await replay.Content.ReadAsStringAsync()).ShouldContain("登录已失效");
        afterReplay.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Disabling_an_account_ends_its_refreshes_and_sign_ins_until_it_is_enabled()
    {
        var http = app.CreateClient();
        var (userName, accountId) = await _world.NewAccountAsync();
        var session = await Tokens.SignInAsync(http, userName, SecurityWorld.Password);
        var admin = await app.ClientFor("fn.admin");

        var disabled = await admin.DisableAccountAsync(new DisableAccountRequest { AccountId = accountId, Reason = "调离" });
        var refresh = await Tokens.RequestRefreshAsync(http, session.RefreshToken!);
        var signIn = await Tokens.RequestPasswordAsync(http, userName, SecurityWorld.Password);
        await admin.EnableAccountAsync(new EnableAccountRequest { AccountId = accountId });
        var again = await Tokens.SignInAsync(http, userName, SecurityWorld.Password);

        disabled.Disabled.ShouldBeTrue();
        refresh.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await refresh.Content.ReadAsStringAsync()).ShouldContain("登录已失效");
        (await signIn.Content.ReadAsStringAsync()).ShouldContain("账户已停用");
        again.AccessToken.ShouldNotBeNullOrEmpty();
        (await _world.EventsAsync(userName)).ShouldContain(SecurityEventKind.AccountDisabled);
        (await _world.EventsAsync(userName)).ShouldContain(SecurityEventKind.SignInRefused);
    }

    [Fact]
    public async Task A_password_reset_by_an_admin_ends_the_old_sessions_and_the_new_password_signs_in()
    {
        var http = app.CreateClient();
        var (userName, accountId) = await _world.NewAccountAsync();
        var session = await Tokens.SignInAsync(http, userName, SecurityWorld.Password);

        await (await app.ClientFor("fy.admin")).ResetPasswordAsync(new ResetPasswordRequest { AccountId = accountId, NewPassword = "Reset#2026" });

        (await Tokens.RequestRefreshAsync(http, session.RefreshToken!)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await Tokens.RequestPasswordAsync(http, userName, SecurityWorld.Password)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await Tokens.SignInAsync(http, userName, "Reset#2026")).AccessToken.ShouldNotBeNullOrEmpty();
    }

    [Fact]
    public async Task A_person_changes_their_own_password_only_with_the_current_one_and_under_the_rules()
    {
        var http = app.CreateClient();
        var (userName, _) = await _world.NewAccountAsync();
        var session = await Tokens.SignInAsync(http, userName, SecurityWorld.Password);
        var me = app.Client(session.AccessToken);

        var wrongCurrent = await me.ChangePasswordAsync(new ChangePasswordRequest { CurrentPassword = "Guess#2026", NewPassword = "Better#2027" })
            .ShouldFailWith(StatusCode.InvalidArgument);
        var weak = await me.ChangePasswordAsync(new ChangePasswordRequest { CurrentPassword = SecurityWorld.Password, NewPassword = "alllowercase" })
            .ShouldFailWith(StatusCode.InvalidArgument);
        await me.ChangePasswordAsync(new ChangePasswordRequest { CurrentPassword = SecurityWorld.Password, NewPassword = "Better#2027" });

        wrongCurrent.FieldViolations().ShouldBe(["current_password"]);
        weak.Status.Detail.ShouldContain("三类");
        (await Tokens.RequestRefreshAsync(http, session.RefreshToken!)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await Tokens.SignInAsync(http, userName, "Better#2027")).AccessToken.ShouldNotBeNullOrEmpty();
    }

    [Fact]
    public async Task A_password_change_whose_session_ending_met_a_deadlock_is_run_again_whole_and_audited_once()
    {
        var http = app.CreateClient();
        var (userName, _) = await _world.NewAccountAsync();
        var me = app.Client((await Tokens.SignInAsync(http, userName, SecurityWorld.Password)).AccessToken);
        // The first revocation of tokens after this point is aborted as PostgreSQL aborts a deadlock's loser (a sequence,
        // not a row, counts it: a rolled-back transaction cannot take its count back).
        await TestInfrastructure.ExecuteAsync(app.ConnectionString, """
            CREATE SEQUENCE revocation_faults;
            CREATE FUNCTION abort_first_revocation() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
              IF nextval('revocation_faults') = 1 THEN RAISE EXCEPTION 'injected deadlock' USING ERRCODE = '40P01'; END IF;
              RETURN NULL;
            END $$;
            CREATE TRIGGER abort_first_revocation BEFORE UPDATE ON "OpenIddictTokens" FOR EACH STATEMENT EXECUTE FUNCTION abort_first_revocation();
            """);
        long revocations;
        try
        {
            await me.ChangePasswordAsync(new ChangePasswordRequest { CurrentPassword = SecurityWorld.Password, NewPassword = "Better#2027" });
            revocations = await TestInfrastructure.ScalarAsync<long>(app.ConnectionString, "SELECT last_value FROM revocation_faults");
        }
        finally
        {
            await TestInfrastructure.ExecuteAsync(app.ConnectionString,
                "DROP TRIGGER abort_first_revocation ON \"OpenIddictTokens\"; DROP FUNCTION abort_first_revocation(); DROP SEQUENCE revocation_faults;");
        }

        revocations.ShouldBe(2);
        (await _world.EventsAsync(userName)).Count(e => e == SecurityEventKind.PasswordChanged).ShouldBe(1);
        (await Tokens.SignInAsync(http, userName, "Better#2027")).AccessToken.ShouldNotBeNullOrEmpty();
    }

    [Fact]
    public async Task Admins_manage_accounts_only_within_their_scope_and_never_their_own_or_a_network_admin()
    {
        var county = await app.ClientFor("fn.admin");
        var (_, otherCounty) = await _world.NewAccountAsync("yz");
        var networkAdmin = await _world.AccountIdAsync("fy.admin");
        var self = await _world.AccountIdAsync("fn.admin");

        await county.DisableAccountAsync(new DisableAccountRequest { AccountId = otherCounty }).ShouldFailWith(StatusCode.PermissionDenied);
        await county.ResetPasswordAsync(new ResetPasswordRequest { AccountId = networkAdmin, NewPassword = "Takeover#2026" }).ShouldFailWith(StatusCode.PermissionDenied);
        await county.DisableAccountAsync(new DisableAccountRequest { AccountId = self }).ShouldFailWith(StatusCode.FailedPrecondition);
        await (await app.ClientFor("fn.dispatcher")).EnableAccountAsync(new EnableAccountRequest { AccountId = otherCounty }).ShouldFailWith(StatusCode.PermissionDenied);
    }
}
