using Microsoft.EntityFrameworkCore;
using PartySchoolNet.Enrollment.Classes;
using PartySchoolNet.Enrollment.Data;
using PartySchoolNet.ServiceDefaults.Tenancy;

namespace PartySchoolNet.Enrollment.Selection;

/// <summary>A class's list: the owner's side sees everyone; a sending school sees only the cadres of its own scope.</summary>
internal sealed class ListEnrollments(EnrollmentDbContext db)
{
    public async Task<ListEnrollmentsResponse> HandleAsync(ListEnrollmentsRequest request, Caller caller, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var classId = errors.Id(request.ClassId, "class_id", "班次");
        var unitId = errors.Id(request.UnitId, "unit_id", "单位", required: false);
        errors.When(request.Statuses.Any(s => !Labels.IsKnown(s)), "statuses", "报名状态不正确");
        var page = errors.Page(request.PageSize, request.PageToken, 100, 1000);
        errors.ThrowIfAny();

        var training = await db.GetReadableClassAsync(classId, caller, ct);
        var participants = db.Participants.AsNoTracking().Where(p => p.ClassId == classId);
        if (!caller.Runs(training))
        {
            participants = participants.WhereWithin(caller.ScopePath, p => p.SchoolPath);
        }
        if (unitId != Guid.Empty)
        {
            participants = participants.Where(p => p.UnitId == unitId);
        }
        if (request.Statuses.Count > 0)
        {
            var statuses = request.Statuses.ToList();
            participants = participants.Where(p => statuses.Contains(p.Status));
        }
        var total = await participants.CountAsync(ct);
        var rows = await participants.OrderBy(p => p.Status).ThenBy(p => p.WaitlistTicket).ThenBy(p => p.NominatedAt).ThenBy(p => p.Id)
            .Skip(page.Offset).Take(page.Size).ToListAsync(ct);
        var response = new ListEnrollmentsResponse { TotalCount = total, NextPageToken = page.NextToken(total) };
        response.Enrollments.AddRange(await db.ToMessagesAsync(rows, ct));
        return response;
    }
}
