using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using OpenIddict.Abstractions;
using PartySchoolNet.Identity.Accounts;
using PartySchoolNet.Identity.Contracts;
using PartySchoolNet.Identity.Data;
using PartySchoolNet.Identity.Schools;
using PartySchoolNet.Messaging.Outbox;
using PartySchoolNet.ServiceDefaults.Geo;

namespace PartySchoolNet.Identity.Seeding;

/// <summary>
/// Seeds the 阜阳 demo network when <c>Identity:SeedDemoNetwork</c> is true and no city school exists yet:
/// schools (with their SchoolRegistered events, so every service learns the tree), demo accounts for each role at
/// the city, 阜南 county and 王家坝 township, and a demo integrator client. One transaction: all or nothing.
/// </summary>
internal sealed class DemoNetwork(
    IdentityDbContext db, IPasswordHasher<Account> hasher, IOpenIddictApplicationManager applications, TimeProvider clock, ILogger<DemoNetwork> logger)
{
    private static readonly (string Suffix, string Label, string[] Roles)[] DemoRoles =
    [
        ("admin", "管理员", [Roles.SchoolAdmin]),
        ("dispatcher", "调度员", [Roles.Dispatcher]),
        ("evaluator", "评估专家", [Roles.Evaluator]),
        ("classmanager", "班主任", [Roles.ClassManager]),
        ("instructor", "教师", [Roles.Instructor]),
    ];

    public async Task SeedAsync(CancellationToken ct)
    {
        if (await db.Schools.AnyAsync(s => s.Tier == SchoolTier.City, ct))
        {
            return;
        }
        var now = clock.GetUtcNow();
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var city = Add(School.CreateCity(FuyangNetwork.CityCode, FuyangNetwork.CityName, "阜阳市", FuyangNetwork.CityLocation, now), now);
        var demoSchools = new List<School> { city };
        foreach (var (code, latitude, longitude, radiusKm, name, region, townships) in FuyangNetwork.Counties)
        {
            var seat = new GeoPoint(latitude, longitude);
            var county = Add(School.CreateUnder(city, code, name, SchoolTier.County, region, seat, now), now);
            foreach (var (township, index) in townships.Select((t, i) => (t.Split(':'), i)))
            {
                var location = township[1] == FuyangNetwork.DemoTownship
                    ? FuyangNetwork.DemoTownshipLocation
                    : FuyangNetwork.TownshipLocation(seat, radiusKm, index, townships.Length);
                var school = Add(School.CreateUnder(county, township[1], $"{township[0]}党校", SchoolTier.Township, region, location, now), now);
                if (school.Code == FuyangNetwork.DemoTownship)
                {
                    demoSchools.Add(school);
                }
            }
            if (code == FuyangNetwork.DemoCounty)
            {
                demoSchools.Add(county);
            }
        }
        foreach (var school in demoSchools)
        {
            AddDemoAccounts(school, now);
        }
        await db.SaveChangesAsync(ct);
        await RegisterIntegratorClient.CreateAsync(db, applications, FuyangNetwork.DemoIntegratorClientId,
            FuyangNetwork.DemoIntegratorSecret, "演示接入系统（组织部干部信息系统）", city.Id, now, ct);
        await tx.CommitAsync(ct);
        logger.LogInformation("Seeded the demo network: {Count} schools", await db.Schools.CountAsync(ct));
    }

    private School Add(School school, DateTimeOffset now)
    {
        db.Schools.Add(school);
        db.AddEvent(school.Registered(now), clock);
        return school;
    }

    private void AddDemoAccounts(School school, DateTimeOffset now)
    {
        foreach (var (suffix, label, roles) in DemoRoles)
        {
            var granted = school.Tier == SchoolTier.City && suffix == "admin" ? [Roles.NetworkAdmin, .. roles] : roles;
            var account = Account.Create($"{school.Code}.{suffix}", $"{school.Name}{label}", school.Id, granted, now);
            account.PasswordHash = hasher.HashPassword(account, FuyangNetwork.DemoPassword);
            db.Accounts.Add(account);
            db.AddEvent(account.Registered(), clock);
        }
    }
}

internal static class DemoNetworkExtensions
{
    public static async Task SeedDemoNetworkIfConfiguredAsync(this WebApplication app)
    {
        if (!app.Configuration.GetValue<bool>("Identity:SeedDemoNetwork"))
        {
            return;
        }
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DemoNetwork>().SeedAsync(app.Lifetime.ApplicationStopping);
    }
}
