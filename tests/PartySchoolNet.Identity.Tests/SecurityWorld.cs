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

    public async Task<string> AccountIdAsync(string userName) =>
        (await TestInfrastructure.ScalarAsync<Guid>(app.ConnectionString, $"SELECT id FROM accounts WHERE user_name = '{userName}'")).ToString();

    public async Task<IReadOnlyList<SecurityEventKind>> EventsAsync(string userName)
    {
        var city = await app.ClientFor("fy.admin");
        var events = await city.ListSecurityEventsAsync(new ListSecurityEventsRequest { PageSize = 500 });
        return [.. events.Events.Where(e => e.UserName == userName).Select(e => e.Kind)];
    }
}
