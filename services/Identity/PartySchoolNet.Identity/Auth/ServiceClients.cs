using Microsoft.EntityFrameworkCore;
using OpenIddict.Abstractions;
using PartySchoolNet.Identity.Contracts;
using PartySchoolNet.Identity.Data;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace PartySchoolNet.Identity.Auth;

/// <summary>
/// The platform's own services (e.g. Enrollment dispatching 送教下基层) sign in with client credentials from configuration
/// (<c>Identity:ServiceClients:{client id}</c> = secret) and act for one school at a time: the token names the school in
/// <c>acting_school_id</c>, so FacultyPool and SiteResources apply that school's tenancy, not a platform-wide one.
/// </summary>
internal static class ServiceClients
{
    public const string ActingSchoolParameter = "acting_school_id";
    public const string ActingNameParameter = "acting_name";

    /// <summary>A service dispatches: it reserves instructors and books sites, as a school's dispatcher does.</summary>
    private static readonly string[] ServiceRoles = [Roles.Dispatcher];

    public static IReadOnlyDictionary<string, string> Configured(IConfiguration configuration) =>
        configuration.GetSection("Identity:ServiceClients").GetChildren()
            .Where(c => !string.IsNullOrEmpty(c.Value)).ToDictionary(c => c.Key, c => c.Value!);

    /// <summary>Creates each configured client, or gives it the configured secret: the configuration is the one authority.</summary>
    public static async Task EnsureServiceClientsAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var applications = scope.ServiceProvider.GetRequiredService<IOpenIddictApplicationManager>();
        foreach (var (clientId, secret) in Configured(app.Configuration))
        {
            var descriptor = new OpenIddictApplicationDescriptor
            {
                ClientId = clientId, ClientSecret = secret, ClientType = ClientTypes.Confidential, DisplayName = clientId,
                Permissions = { Permissions.Endpoints.Token, Permissions.GrantTypes.ClientCredentials },
            };
            await applications.SaveAsync(descriptor);
        }
    }

    /// <summary>Creates the client, or makes the stored one what the descriptor says.</summary>
    public static async Task SaveAsync(this IOpenIddictApplicationManager applications, OpenIddictApplicationDescriptor descriptor)
    {
        if (await applications.FindByClientIdAsync(descriptor.ClientId!) is { } existing)
        {
            await applications.UpdateAsync(existing, descriptor);
        }
        else
        {
            await applications.CreateAsync(descriptor);
        }
    }

    /// <summary>A token for the configured service acting for the school the request names, carrying who acted when given.</summary>
    public static async Task<IResult> IssueAsync(OpenIddictRequest request, IdentityDbContext db, CancellationToken ct)
    {
        if (!Guid.TryParse((string?)request.GetParameter(ActingSchoolParameter), out var schoolId)
            || await db.Schools.AsNoTracking().SingleOrDefaultAsync(s => s.Id == schoolId, ct) is not { } school)
        {
            return TokenResults.Reject(Errors.InvalidRequest, "服务令牌须指明所代表的学校（acting_school_id）");
        }
        var acting = ((string?)request.GetParameter(ActingNameParameter))?.Trim() ?? "";
        var name = acting.Length is > 0 and <= 50 ? $"{acting}（{request.ClientId}）" : request.ClientId!;
        return TokenResults.Issue(request.ClientId!, name, school, ServiceRoles);
    }
}
