using Microsoft.EntityFrameworkCore;
using PartySchoolNet.FacultyPool.Assignments;
using PartySchoolNet.FacultyPool.Contracts;
using PartySchoolNet.FacultyPool.Data;
using PartySchoolNet.FacultyPool.Instructors;
using PartySchoolNet.ServiceKit;
using PartySchoolNet.ServiceDefaults.Geo;
using PartySchoolNet.ServiceDefaults.Tenancy;

namespace PartySchoolNet.FacultyPool.Matching;

/// <summary>
/// Who could teach this slot for the requesting school: shared with it, teaching the topic, willing that weekday and hour,
/// not blacked out, free of overlapping and too-close assignments, under the monthly load — all decided in one SQL
/// query — then scored (<see cref="Scoring"/>) and ranked, ties broken by id.
/// </summary>
internal sealed class MatchInstructors(FacultyPoolDbContext db, Scheduler scheduler)
{
    public async Task<MatchInstructorsResponse> HandleAsync(MatchInstructorsRequest request, Caller caller, CancellationToken ct)
    {
        var criteria = MatchCriteria.Read(request, await db.TopicChoicesAsync(ct));
        var requester = await db.GetActingSchoolAsync(criteria.RequesterId, caller, ct);
        var origin = criteria.Slot.PlaceLocation ?? requester.Location;

        var rows = await Candidates(criteria, requester).ToListAsync(ct);
        var lent = await LentByCountyAsync(criteria.Slot.StartsAt, ct);
        var maxLent = lent.Count == 0 ? 0 : lent.Values.Max();
        var requesterCounty = County(requester.Path);
        var ranked = rows
            .Select(r =>
            {
                var location = GeoPoint.From(r.Latitude, r.Longitude) ?? GeoPoint.From(r.HomeLatitude, r.HomeLongitude);
                var county = County(r.HomePath);
                var facts = new CandidateFacts(r.Id, r.Topics[0] == criteria.Topic, r.RatingSum, r.RatingCount,
                    origin is { } o && location is { } l ? o.DistanceKmTo(l) : null, r.Load, r.MonthlyLoadLimit,
                    county == requesterCounty, lent.GetValueOrDefault(county));
                var parts = Scoring.Parts(facts, maxLent);
                return (Facts: facts, Parts: parts, Score: Scoring.Total(parts));
            })
            .OrderByDescending(c => c.Score).ThenBy(c => c.Facts.InstructorId)
            .Take(criteria.PageSize)
            .ToList();

        var ids = ranked.Select(c => c.Facts.InstructorId).ToList();
        var instructors = await db.Instructors.AsNoTracking().AsSplitQuery().Where(i => ids.Contains(i.Id))
            .Join(db.Schools, i => i.HomeSchoolId, s => s.Id, (i, s) => new { Instructor = i, HomeName = s.Name })
            .ToDictionaryAsync(x => x.Instructor.Id, ct);
        var response = new MatchInstructorsResponse { TotalCount = rows.Count };
        response.Candidates.AddRange(ranked.Select(c =>
        {
            var found = instructors[c.Facts.InstructorId];
            var candidate = new Candidate
            {
                Instructor = found.Instructor.ToMessage(found.HomeName, caller), Score = c.Score, DistanceKm = Math.Round(c.Facts.DistanceKm ?? 0, 2),
                AssignmentsThisMonth = c.Facts.Load, NeedsLending = !caller.Manages(found.Instructor),
            };
            candidate.Parts.AddRange(c.Parts);
            return candidate;
        }));
        return response;
    }

    private IQueryable<CandidateRow> Candidates(MatchCriteria criteria, SchoolReplica requester)
    {
        var shareScopes = SchoolPath.SelfAndAncestors(requester.Path).ToList();
        var slot = criteria.Slot;
        var (start, end, key, topic, audience) = (slot.StartsAt, slot.EndsAt, slot.PlaceKey, criteria.Topic, slot.AudienceSize);
        var (travelStart, travelEnd) = (start - scheduler.TravelGap / 2, end + scheduler.TravelGap / 2);
        var (weekday, from, until, day) = (criteria.Weekday, criteria.From, criteria.Until, criteria.Day);
        var active = db.Assignments.Where(a => a.Status == AssignmentStatus.Active);
        var activeThisMonth = db.Assignments.ActiveIn(start);

        var instructors = db.Instructors.AsNoTracking()
            .Where(i => !i.Retired && shareScopes.Contains(i.SharePath) && i.Topics.Contains(topic))
            .Where(i => i.MaxAudience == 0 || i.MaxAudience >= audience)
            .Where(i => i.Availability.Any(w => w.Weekday == weekday && w.From <= from && w.Until >= until))
            .Where(i => !i.Blackouts.Any(b => b.FirstDay <= day && b.LastDay >= day))
            .Where(i => !active.Any(a => a.InstructorId == i.Id
                && ((a.StartsAt < end && a.EndsAt > start) || (a.PlaceKey != key && a.TravelFrom < travelEnd && a.TravelUntil > travelStart))));
        if (criteria.Kinds.Count > 0)
        {
            var kinds = criteria.Kinds;
            instructors = instructors.Where(i => kinds.Contains(i.Kind));
        }
        return instructors
            .Join(db.Schools, i => i.HomeSchoolId, s => s.Id, (i, s) => new CandidateRow
            {
                Id = i.Id, HomePath = i.HomePath, Topics = i.Topics, Latitude = i.Latitude, Longitude = i.Longitude,
                HomeLatitude = s.Latitude, HomeLongitude = s.Longitude, RatingSum = i.RatingSum, RatingCount = i.RatingCount,
                MonthlyLoadLimit = i.MonthlyLoadLimit,
                Load = activeThisMonth.Count(a => a.InstructorId == i.Id),
            })
            .Where(r => r.Load < r.MonthlyLoadLimit);
    }

    /// <summary>This month's active assignments per lending county, counting only those for a school of another county.</summary>
    private async Task<Dictionary<string, int>> LentByCountyAsync(DateTimeOffset month, CancellationToken ct)
    {
        var pairs = await db.Assignments.ActiveIn(month)
            .GroupBy(a => new { a.HomePath, a.RequestingPath })
            .Select(g => new { g.Key.HomePath, g.Key.RequestingPath, Count = g.Count() })
            .ToListAsync(ct);
        return pairs.Where(p => County(p.HomePath) != County(p.RequestingPath))
            .GroupBy(p => County(p.HomePath))
            .ToDictionary(g => g.Key, g => g.Sum(p => p.Count), StringComparer.Ordinal);
    }

    /// <summary>The county a school belongs to (the city school counts as its own).</summary>
    private static string County(string path) => SchoolPath.Truncate(path, 2);

    private sealed class CandidateRow
    {
        public Guid Id { get; init; }
        public string HomePath { get; init; } = "";
        public List<string> Topics { get; init; } = [];
        public double? Latitude { get; init; }
        public double? Longitude { get; init; }
        public double? HomeLatitude { get; init; }
        public double? HomeLongitude { get; init; }
        public double RatingSum { get; init; }
        public int RatingCount { get; init; }
        public int MonthlyLoadLimit { get; init; }
        public int Load { get; init; }
    }
}
