using System.Security.Cryptography;
using OpenIddict.Abstractions;
using PartySchoolNet.Identity.Contracts;
using PartySchoolNet.Identity.Data;
using PartySchoolNet.Identity.Schools;
using PartySchoolNet.Identity.Security;
using PartySchoolNet.ServiceDefaults.Errors;
using PartySchoolNet.ServiceDefaults.Tenancy;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace PartySchoolNet.Identity.Accounts;

/// <summary>An integrator system gets client credentials bound to one school; it sees what that school sees.</summary>
internal sealed class RegisterIntegratorClient(IdentityDbContext db, IOpenIddictApplicationManager applications, TimeProvider clock)
{
    public async Task<IntegratorClientCredentials> HandleAsync(RegisterIntegratorClientRequest request, Caller caller, CancellationToken ct)
    {
        caller.EnsureInAnyRole(Roles.NetworkAdmin, Roles.SchoolAdmin);
        var errors = new FieldErrors();
        var displayName = request.DisplayName.Trim();
        errors.Required(displayName, "display_name", "接入系统名称")
            .When(displayName.Length > 50, "display_name", "接入系统名称不能超过50个字符");
        var schoolId = errors.Id(request.SchoolId, "school_id", "所属学校");
        errors.ThrowIfAny();

        var school = await db.GetVisibleSchoolAsync(schoolId, caller, ct);
        var credentials = new IntegratorClientCredentials
        {
            ClientId = $"int-{school.Code}-{RandomNumberGenerator.GetHexString(8, lowercase: true)}",
            ClientSecret = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_'),
            SchoolId = school.Id.ToString(),
        };
        var now = clock.GetUtcNow();
        db.Audit(SecurityEventKind.ClientRegistered, credentials.ClientId, school, caller.Name, "", displayName, now);
        await CreateAsync(db, applications, credentials.ClientId, credentials.ClientSecret, displayName, school.Id, now, ct);
        return credentials;
    }

    /// <summary>The OpenIddict application and the school binding commit together or not at all (in the caller's transaction if one is open).</summary>
    public static async Task CreateAsync(
        IdentityDbContext db, IOpenIddictApplicationManager applications,
        string clientId, string secret, string displayName, Guid schoolId, DateTimeOffset now, CancellationToken ct)
    {
        await using var tx = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
        db.IntegratorClients.Add(IntegratorClient.Create(clientId, displayName, schoolId, now));
        await db.SaveChangesAsync(ct);
        await applications.CreateAsync(new OpenIddictApplicationDescriptor
        {
            ClientId = clientId,
            ClientSecret = secret,
            ClientType = ClientTypes.Confidential,
            DisplayName = displayName,
            Permissions = { Permissions.Endpoints.Token, Permissions.GrantTypes.ClientCredentials },
        }, ct);
        if (tx is not null)
        {
            await tx.CommitAsync(ct);
        }
    }
}
