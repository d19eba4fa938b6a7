using PartySchoolNet.Identity.Contracts;
using PartySchoolNet.Testing;

namespace PartySchoolNet.Identity.Tests;

/// <summary>Fresh accounts for tests that lock, disable or re-password them, so no other test's demo account is touched.</summary>
internal sealed class SecurityWorld(IdentityHost app)
{
    public const string Password = "Start#2026";

    public async Task<(string UserName, string AccountId)> NewAccountAsync(string school = "fn")
    {
        var userName = $"sec.{Guid.NewGuid():N}"[..16];
        var admin = await app.ClientFor("fy.admin");
        var account = await admin.CreateAccountAsync(new CreateAccountRequest
        {
            UserName = userName, DisplayName = "安全测试", Password = Password, SchoolId = (await app.SchoolIdAsync(school)).ToString(), Roles = { Roles.ClassManager },
        });
        return (userName, account.AccountId);
    }

    /// <summary>
    /// <paramref name="count"/> more accounts with <see cref="Password"/>, named <c>{prefix}{n}</c> (1 to count) at the school:
    /// copies of a fresh account, so the test pays for one password hash, not hundreds.
    /// </summary>
    public async Task<IReadOnlyList<string>> NewAccountsAsync(string prefix, int count, string school = "fn")
    {
        var (template, _) = await NewAccountAsync(school);
        await TestInfrastructure.ExecuteAsync(app.ConnectionString, $"""
            CREATE TEMP TABLE cohort AS SELECT a.* FROM accounts a, generate_series(1, {count}) WHERE a.user_name = '{template}';
            ALTER TABLE cohort ADD COLUMN n serial;
            UPDATE cohort SET id = gen_random_uuid(), security_stamp = gen_random_uuid(), user_name = '{prefix}' || n;
            ALTER TABLE cohort DROP COLUMN n;
            INSERT INTO accounts SELECT * FROM cohort;
            """);
        return [.. Enumerable.Range(1, count).Select(n => $"{prefix}{n}")];
    }

    /// <summary>A client whose calls come from <paramref name="address"/>, as the gateway forwards a person's address.</summary>
    public HttpClient From(string address)
    {
        var http = app.CreateClient();
        http.DefaultRequestHeaders.Add("X-Forwarded-For", address);
        return http;
    }

    public async Task<string> AccountIdAsync(string userName) =>
        (await TestInfrastructure.ScalarAsync<Guid>(app.ConnectionString, $"SELECT id FROM accounts WHERE user_name = '{userName}'")).ToString();

    public async Task<IReadOnlyList<SecurityEventKind>> EventsAsync(string userName)
    {
        var city = await app.ClientFor("fy.admin");
        var events = await city.ListSecurityEventsAsync(new ListSecurityEventsRequest { PageSize = 500 });
        return [.. events.Events.Where(e => e.UserName == userName).Select(e => e.Kind)];
    }
}
