using Google.Protobuf.WellKnownTypes;
using Microsoft.EntityFrameworkCore;
using PartySchoolNet.Identity.Contracts;
using PartySchoolNet.Identity.Data;
using PartySchoolNet.Identity.Schools;
using PartySchoolNet.ServiceDefaults.Errors;
using PartySchoolNet.ServiceDefaults.Grpc;
using PartySchoolNet.ServiceDefaults.Tenancy;

namespace PartySchoolNet.Identity.Security;

/// <summary>
/// The security audit, newest first, for network and school admins within their scope. Attempts under names that match
/// no account belong to no school: only the city sees them.
/// </summary>
internal sealed class ListSecurityEvents(IdentityDbContext db)
{
    public async Task<ListSecurityEventsResponse> HandleAsync(ListSecurityEventsRequest request, Caller caller, CancellationToken ct)
    {
        caller.EnsureInAnyRole(Roles.NetworkAdmin, Roles.SchoolAdmin);
        var errors = new FieldErrors();
        var schoolId = errors.Id(request.SchoolId, "school_id", "学校", required: false);
        var page = errors.Page(request.PageSize, request.PageToken, defaultSize: 50, maxSize: 500);
        errors.When(!System.Enum.IsDefined(request.Kind), "kind", "事件类型无效").ThrowIfAny();

        var events = db.SecurityEvents.AsNoTracking();
        if (schoolId != Guid.Empty)
        {
            await db.GetVisibleSchoolAsync(schoolId, caller, ct);
            events = events.Where(e => e.SchoolId == schoolId);
        }
        else if (caller.Tier != SchoolTier.City)
        {
            events = events.WhereWithin(caller.ScopePath, e => e.SchoolPath);
        }
        if (request.Kind != SecurityEventKind.Unspecified)
        {
            events = events.Where(e => e.Kind == request.Kind);
        }
        var rows = await events.OrderByDescending(e => e.OccurredAt).ThenByDescending(e => e.Id)
            .Skip(page.Offset).Take(page.Size + 1).ToListAsync(ct);

        var response = new ListSecurityEventsResponse { NextPageToken = rows.Count > page.Size ? (page.Offset + page.Size).ToString(System.Globalization.CultureInfo.InvariantCulture) : "" };
        response.Events.AddRange(rows.Take(page.Size).Select(e => new Contracts.SecurityEvent
        {
            EventId = e.Id.ToString(), OccurredAt = Timestamp.FromDateTimeOffset(e.OccurredAt), Kind = e.Kind, UserName = e.UserName,
            SchoolId = e.SchoolId?.ToString() ?? "", Actor = e.Actor, Address = e.Address, Detail = e.Detail,
        }));
        return response;
    }
}
