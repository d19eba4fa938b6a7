using Google.Protobuf.WellKnownTypes;
using Microsoft.EntityFrameworkCore;
using PartySchoolNet.Enrollment.Data;
using PartySchoolNet.ServiceKit;
using PartySchoolNet.ServiceDefaults.Tenancy;

namespace PartySchoolNet.Enrollment.Outreach;

/// <summary>One request, and the dispatch board: the requests of the caller's scope (or of one school in it), oldest first.</summary>
internal sealed class OutreachQueries(EnrollmentDbContext db, TimeProvider clock)
{
    public async Task<Contracts.OutreachRequest> GetAsync(string id, Caller caller, CancellationToken ct) =>
        await ToMessageAsync(await db.GetOutreachAsync(id, caller, ct), ct);

    public async Task<ListOutreachRequestsResponse> ListAsync(ListOutreachRequestsRequest request, Caller caller, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var schoolId = errors.Id(request.SchoolId, "school_id", "学校", required: false);
        var page = errors.Page(request.PageSize, request.PageToken, 50, 200);
        errors.ThrowIfAny();

        var scope = schoolId == Guid.Empty ? caller.ScopePath : (await db.GetSchoolInScopeAsync(schoolId, caller, ct)).Path;
        var query = db.OutreachRequests.AsNoTracking().WhereWithin(scope, r => r.TownshipPath);
        if (request.Statuses.Count > 0)
        {
            var statuses = request.Statuses.ToList();
            query = query.Where(r => statuses.Contains(r.Status));
        }
        var total = await query.CountAsync(ct);
        var rows = await query.OrderBy(r => r.RequestedAt).ThenBy(r => r.Id).Skip(page.Offset).Take(page.Size).ToListAsync(ct);
        var names = await TownshipNamesAsync(rows.Select(r => r.TownshipId), ct);
        var response = new ListOutreachRequestsResponse { TotalCount = total, NextPageToken = page.NextToken(total) };
        response.OutreachRequests.AddRange(rows.Select(r => ToMessage(r, names.GetValueOrDefault(r.TownshipId, ""))));
        return response;
    }

    public async Task<Contracts.OutreachRequest> ToMessageAsync(OutreachRequest request, CancellationToken ct) =>
        ToMessage(request, await db.SchoolNameAsync(request.TownshipId, ct));

    private Task<Dictionary<Guid, string>> TownshipNamesAsync(IEnumerable<Guid> ids, CancellationToken ct)
    {
        var wanted = ids.Distinct().ToList();
        return db.Schools.Where(s => wanted.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.Name, ct);
    }

    private Contracts.OutreachRequest ToMessage(OutreachRequest r, string townshipName)
    {
        var d = r.Details;
        var details = new OutreachDetails
        {
            Topic = d.Topic, Title = d.Title, Audience = d.Audience, AudienceSize = d.AudienceSize, Category = d.Category, Notes = d.Notes,
            Place = new OutreachPlace { Kind = d.PlaceKind, SiteId = d.SiteId?.ToString() ?? "", Name = d.PlaceName },
        };
        details.Windows.AddRange(d.Windows.Select(Window));
        return new Contracts.OutreachRequest
        {
            OutreachRequestId = r.Id.ToString(), TownshipId = r.TownshipId.ToString(), TownshipName = townshipName, CountyId = r.CountyId.ToString(),
            Details = details, Status = r.Status, StatusLabel = Labels.OutreachStatuses[r.Status], Reason = r.Reason,
            RequestedBy = r.RequestedBy, RequestedAt = Timestamp.FromDateTimeOffset(r.RequestedAt), ApprovedBy = r.ApprovedBy,
            ApprovedAt = Stamp(r.ApprovedAt), ScheduledAt = Stamp(r.ScheduledAt), DeliveredAt = Stamp(r.DeliveredAt),
            InstructorId = Text(r.InstructorId), AssignmentId = Text(r.AssignmentId), LendingRequestId = Text(r.LendingRequestId),
            SiteId = Text(r.SiteId), BookingId = Text(r.BookingId), PlaceName = r.PlaceName, ClassId = Text(r.ClassId),
            ScheduledWindow = r.Status is OutreachStatus.Scheduled or OutreachStatus.Delivered ? Window(r.Window!) : null,
            AttendanceCount = r.AttendanceCount, Rating = r.Rating, RatingComment = r.RatingComment,
            WaitingHours = Math.Round(((r.ApprovedAt ?? r.ClosedAt ?? clock.GetUtcNow()) - r.RequestedAt).TotalHours, 1),
            Version = r.Version,
        };
    }

    private static OutreachWindow Window(PreferredWindow w) =>
        new() { StartTime = Timestamp.FromDateTimeOffset(w.StartsAt), EndTime = Timestamp.FromDateTimeOffset(w.EndsAt) };

    private static Timestamp? Stamp(DateTimeOffset? at) => at is { } t ? Timestamp.FromDateTimeOffset(t) : null;

    private static string Text(Guid? id) => id?.ToString() ?? "";
}
