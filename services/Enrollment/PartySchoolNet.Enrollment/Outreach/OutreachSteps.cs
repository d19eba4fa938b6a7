using Google.Protobuf.WellKnownTypes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PartySchoolNet.Enrollment.Data;
using PartySchoolNet.ServiceDefaults.Tenancy;
using PartySchoolNet.Enrollment.Partners;
using Faculty = PartySchoolNet.FacultyPool.Contracts;
using Sites = PartySchoolNet.SiteResources.Contracts;

namespace PartySchoolNet.Enrollment.Outreach;

/// <summary>
/// The steps that talk to FacultyPool and SiteResources. Each changes the request in memory only; <see cref="OutreachProcess"/>
/// commits it. What a partner answers is the truth recorded: a step repeated with the same call id gets the first answer.
/// </summary>
internal sealed class OutreachSteps(
    EnrollmentDbContext db, PartnerCalls partners, OutreachScheduling scheduling, IOptions<OutreachOptions> options, TimeProvider clock)
{
    private const int MatchPage = 50;

    /// <summary>The current step; true when the next may follow at once.</summary>
    public Task<bool> TakeAsync(OutreachRequest request, CancellationToken ct) => request.Step switch
    {
        OutreachStep.Reserve => ReserveAsync(request, ct),
        OutreachStep.AwaitLending => CheckLendingAsync(request, ct),
        OutreachStep.Book => BookAsync(request, ct),
        OutreachStep.Schedule => scheduling.ScheduleAsync(request, ct),
        _ => Task.FromResult(false),
    };

    private async Task<bool> ReserveAsync(OutreachRequest request, CancellationToken ct)
    {
        var acting = Acting(request);
        Pick? pick;
        try
        {
            pick = await ChooseAsync(request, acting, ct);
        }
        catch (PartnerRefusedException ex) when (request.PreferredInstructorId is { } chosen)
        {
            request.LostInstructor(chosen, $"所选教师：{ex.Message}", clock.GetUtcNow());
            return true;
        }
        if (pick is null)
        {
            request.Return("在希望的时段内没有可安排的教师，请调整时段或改由其他教师", clock.GetUtcNow());
            return true;
        }
        var slot = Slot(request, request.Details.Windows[pick.Window]);
        try
        {
            if (pick.NeedsLending)
            {
                var lending = await partners.FacultyAsync(acting, (c, o) => c.RequestLendingAsync(new Faculty.RequestLendingRequest
                {
                    InstructorId = pick.InstructorId.ToString(), RequestingSchoolId = request.TownshipId.ToString(), Slot = slot,
                    Note = $"送教下基层：{request.Details.Title}", RequestId = request.CallId('l'),
                }, o), ct);
                request.AwaitLending(Guid.Parse(lending.InstructorId), WindowOf(request, lending.Slot), Guid.Parse(lending.LendingRequestId), clock.GetUtcNow());
                return true;
            }
            var assignment = await partners.FacultyAsync(acting, (c, o) => c.AssignInstructorAsync(new Faculty.AssignInstructorRequest
            {
                InstructorId = pick.InstructorId.ToString(), RequestingSchoolId = request.TownshipId.ToString(), Slot = slot, RequestId = request.CallId('a'),
            }, o), ct);
            request.Reserved(Guid.Parse(assignment.InstructorId), WindowOf(request, assignment.Slot), Guid.Parse(assignment.AssignmentId), clock.GetUtcNow());
        }
        catch (PartnerRefusedException ex)
        {
            request.LostInstructor(pick.InstructorId, $"{pick.Name}：{ex.Message}", clock.GetUtcNow());
        }
        return true;
    }

    /// <summary>An instructor to ask for one window, and whether the home school must lend them (they are not the county's).</summary>
    private sealed record Pick(Guid InstructorId, string Name, bool NeedsLending, int Window);

    /// <summary>
    /// The dispatcher's choice, asked directly so that FacultyPool's own reason comes back if they are not free; otherwise
    /// the best match not yet tried, in the preferred window or the first window that has one.
    /// </summary>
    private async Task<Pick?> ChooseAsync(OutreachRequest request, PartnerCalls.Acting acting, CancellationToken ct)
    {
        if (request.PreferredInstructorId is { } chosen && !request.TriedInstructors.Contains(chosen))
        {
            var instructor = await partners.FacultyAsync(acting, (c, o) => c.GetInstructorAsync(new Faculty.GetInstructorRequest { InstructorId = chosen.ToString() }, o), ct);
            var home = await db.Schools.AsNoTracking().Where(s => s.Id == Guid.Parse(instructor.HomeSchoolId)).Select(s => s.Path).SingleAsync(ct);
            var county = await db.Schools.AsNoTracking().Where(s => s.Id == request.CountyId).Select(s => s.Path).SingleAsync(ct);
            return new Pick(chosen, instructor.Details.Name, !SchoolPath.IsWithin(home, county), request.PreferredWindow ?? 0);
        }
        var windows = request.PreferredWindow is { } only ? [only] : Enumerable.Range(0, request.Details.Windows.Count);
        foreach (var index in windows)
        {
            var window = request.Details.Windows[index];
            var matches = await partners.FacultyAsync(acting, (c, o) => c.MatchInstructorsAsync(new Faculty.MatchInstructorsRequest
            {
                RequestingSchoolId = request.TownshipId.ToString(), Topic = request.Details.Topic, StartTime = Timestamp.FromDateTimeOffset(window.StartsAt),
                EndTime = Timestamp.FromDateTimeOffset(window.EndsAt), AudienceSize = request.Details.AudienceSize, PageSize = MatchPage,
            }, o), ct);
            var best = matches.Candidates.FirstOrDefault(c => !request.TriedInstructors.Contains(Guid.Parse(c.Instructor.InstructorId)));
            if (best is not null)
            {
                return new Pick(Guid.Parse(best.Instructor.InstructorId), best.Instructor.Details.Name, best.NeedsLending, index);
            }
        }
        return null;
    }

    private async Task<bool> CheckLendingAsync(OutreachRequest request, CancellationToken ct)
    {
        var lending = await partners.FacultyAsync(Acting(request),
            (c, o) => c.GetLendingRequestAsync(new Faculty.GetLendingRequestRequest { LendingRequestId = request.LendingRequestId.ToString() }, o), ct);
        var now = clock.GetUtcNow();
        switch (lending.Status)
        {
            case Faculty.LendingStatus.Approved:
                request.Reserved(request.InstructorId!.Value, request.WindowIndex!.Value, Guid.Parse(lending.AssignmentId), now);
                return true;
            case Faculty.LendingStatus.Pending:
                request.CheckAgainAt(now + options.Value.LendingPollInterval);
                return false;
            default:
                request.LostInstructor(request.InstructorId!.Value, $"{lending.InstructorName}：借调未获同意（{lending.DecisionNote}）", now);
                return true;
        }
    }

    private async Task<bool> BookAsync(OutreachRequest request, CancellationToken ct)
    {
        var acting = Acting(request);
        var window = request.Window!;
        var siteId = request.Details.SiteId ?? await FindSiteAsync(request, acting, window, ct);
        if (siteId is null)
        {
            request.Return(request.Details.PlaceKind == OutreachPlaceKind.OwnSite ? "本镇场地在所选时段均不可用" : "附近没有在所选时段可用的场地", clock.GetUtcNow());
            return true;
        }
        try
        {
            var booking = await partners.SitesAsync(acting, (c, o) => c.BookSiteAsync(new Sites.BookSiteRequest
            {
                SiteId = siteId.ToString(), RequestingSchoolId = request.TownshipId.ToString(), StartTime = Timestamp.FromDateTimeOffset(window.StartsAt),
                EndTime = Timestamp.FromDateTimeOffset(window.EndsAt), Purpose = Sites.BookingPurpose.Outreach, Title = request.Details.Title,
                AudienceSize = request.Details.AudienceSize, ReferenceId = request.Id.ToString(), RequestId = request.CallId('b'),
            }, o), ct);
            request.Booked(Guid.Parse(booking.SiteId), Guid.Parse(booking.BookingId), booking.SiteName, clock.GetUtcNow());
        }
        catch (PartnerRefusedException ex)
        {
            request.Return($"场地预约未成功：{ex.Message}", clock.GetUtcNow());
        }
        return true;
    }

    /// <summary>The township's own site, or the nearest one, free over the window and big enough.</summary>
    private async Task<Guid?> FindSiteAsync(OutreachRequest request, PartnerCalls.Acting acting, PreferredWindow window, CancellationToken ct)
    {
        var found = await partners.SitesAsync(acting, (c, o) => c.SearchSitesAsync(new Sites.SearchSitesRequest
        {
            RequestingSchoolId = request.TownshipId.ToString(), NearSchoolId = request.TownshipId.ToString(), MinCapacity = request.Details.AudienceSize,
            FreeFrom = Timestamp.FromDateTimeOffset(window.StartsAt), FreeUntil = Timestamp.FromDateTimeOffset(window.EndsAt), PageSize = 20,
        }, o), ct);
        var own = request.Details.PlaceKind == OutreachPlaceKind.OwnSite;
        var site = found.Sites.Select(m => m.Site).FirstOrDefault(s => !own || s.OwnerSchoolId == request.TownshipId.ToString());
        return site is null ? null : Guid.Parse(site.SiteId);
    }

    /// <summary>Releases whatever the request's attempts still hold at the partners (found by the request's id), then clears the mark.</summary>
    public async Task<bool> ReleaseAsync(OutreachRequest request, CancellationToken ct)
    {
        var acting = Acting(request);
        var (from, until) = request.Details.Span;
        var reason = $"送教申请{(request.Status == OutreachStatus.Withdrawn ? "已撤回" : "已退回")}：{request.Reason}";
        var reference = request.Id.ToString();
        if (request.LendingRequestId is { } lendingId)
        {
            await RefusalIsFine(partners.FacultyAsync(acting, (c, o) => c.CancelLendingAsync(new Faculty.CancelLendingRequest { LendingRequestId = lendingId.ToString(), Reason = reason }, o), ct));
        }
        var assignments = await partners.FacultyAsync(acting, (c, o) => c.ListAssignmentsAsync(new Faculty.ListAssignmentsRequest
        {
            RequestingSchoolId = request.TownshipId.ToString(), From = Timestamp.FromDateTimeOffset(from), Until = Timestamp.FromDateTimeOffset(until),
            Statuses = { Faculty.AssignmentStatus.Active }, PageSize = 500,
        }, o), ct);
        foreach (var held in assignments.Assignments.Where(a => a.Slot.ReferenceId == reference))
        {
            await RefusalIsFine(partners.FacultyAsync(acting, (c, o) => c.ReleaseAssignmentAsync(new Faculty.ReleaseAssignmentRequest { AssignmentId = held.AssignmentId, Reason = reason }, o), ct));
        }
        var bookings = await partners.SitesAsync(acting, (c, o) => c.ListBookingsAsync(new Sites.ListBookingsRequest
        {
            RequestingSchoolId = request.TownshipId.ToString(), From = Timestamp.FromDateTimeOffset(from), Until = Timestamp.FromDateTimeOffset(until),
            Statuses = { Sites.BookingStatus.Pending, Sites.BookingStatus.Confirmed }, PageSize = 500,
        }, o), ct);
        foreach (var held in bookings.Bookings.Where(b => b.ReferenceId == reference))
        {
            await RefusalIsFine(partners.SitesAsync(acting, (c, o) => c.CancelBookingAsync(new Sites.CancelBookingRequest { BookingId = held.BookingId, Reason = reason }, o), ct));
        }
        request.Released();
        return false;
    }

    /// <summary>Released or cancelled meanwhile, or already over: nothing is held any more either way.</summary>
    private static async Task RefusalIsFine<T>(Task<T> call)
    {
        try
        {
            await call;
        }
        catch (PartnerRefusedException)
        {
        }
    }

    private static PartnerCalls.Acting Acting(OutreachRequest request) => new(request.CountyId, request.ApprovedBy);

    private static Faculty.Slot Slot(OutreachRequest request, PreferredWindow window) => new()
    {
        StartTime = Timestamp.FromDateTimeOffset(window.StartsAt), EndTime = Timestamp.FromDateTimeOffset(window.EndsAt),
        Title = request.Details.Title, AudienceSize = request.Details.AudienceSize, ReferenceId = request.Id.ToString(),
        Place = new Faculty.Place { Name = request.Details.PlaceName is { Length: >= 2 } name ? name : "乡镇送教点" },
    };

    /// <summary>The window a partner's answer is for: a repeated call answers with the first call's slot.</summary>
    private static int WindowOf(OutreachRequest request, Faculty.Slot slot) =>
        Math.Max(0, request.Details.Windows.FindIndex(w => w.StartsAt == slot.StartTime.ToDateTimeOffset()));
}
