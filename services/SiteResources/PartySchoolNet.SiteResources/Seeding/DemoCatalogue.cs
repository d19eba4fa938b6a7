using PartySchoolNet.Identity.Contracts;
using PartySchoolNet.ServiceKit;
using PartySchoolNet.ServiceDefaults.Geo;
using PartySchoolNet.SiteResources.Bookings;
using PartySchoolNet.SiteResources.Contracts;
using PartySchoolNet.SiteResources.Sites;
using static PartySchoolNet.SiteResources.Seeding.DemoPlaces;

namespace PartySchoolNet.SiteResources.Seeding;

/// <summary>
/// The demo sites of one school, decided by its code alone so every run builds the same catalogue: the city's
/// classrooms and bases, each county's classrooms and practice centre, each township's practice station, culture
/// station, village remote-education terminals (206 in 阜南: 11 in each of its 18 townships and 8 at the county school,
/// as the seeds count for one county)
/// and, for some, a field classroom. Past and coming months carry the school's own sessions.
/// </summary>
internal sealed class DemoCatalogue(SchoolReplica school, GeoPoint seat, DateTimeOffset now)
{
    private const string DemoCounty = "fn";
    private const int DemoCountyTerminals = 206;
    private const int DemoCountyTownships = 18;
    private const int TerminalsPerDemoTownship = 11;

    private readonly Random _random = DemoRandom.For(school.Code);
    private readonly List<Site> _sites = [];

    public IReadOnlyList<Site> Sites => _sites;

    public DemoCatalogue Build()
    {
        switch (school.Tier)
        {
            case SchoolTier.City:
                AddClassrooms(["第一教室", "第二教室", "学术报告厅"], SharingScope.City);
                foreach (var place in CityBases)
                {
                    Add(place, SharingScope.City, approval: true, DemoHours.Daily, ["dining", "parking", "exhibition"]);
                }
                break;
            case SchoolTier.County:
                AddClassrooms(["教室", "报告厅"], SharingScope.County);
                if (school.Code == DemoCounty)
                {
                    AddTerminals(Enumerable.Range(1, DemoCountyTerminals - DemoCountyTownships * TerminalsPerDemoTownship).Select(i => $"{ShortName}远程教学站第{i}"));
                }
                Add(Nearby($"{ShortName}新时代文明实践中心", SiteKind.PracticeStation, 150, ["文明实践", "理论宣讲"]), SharingScope.County, false, DemoHours.Station, ["projector", "parking"]);
                break;
            case SchoolTier.Township:
                AddTownshipSites();
                break;
        }
        return this;
    }

    /// <summary>Each site's own sessions: a few a month from six months back to next month, on days it is open.</summary>
    public IEnumerable<Booking> Sessions()
    {
        var thisMonth = ChinaTime.MonthOf(now);
        foreach (var site in _sites)
        {
            var perMonth = site.Kind == SiteKind.RemoteTerminal ? 2 : 3;
            for (var month = thisMonth.AddMonths(-6); month <= thisMonth.AddMonths(1); month = month.AddMonths(1))
            {
                foreach (var day in Enumerable.Range(1, 28).OrderBy(_ => _random.Next()).Take(perMonth))
                {
                    if (Session(site, month.AddDays(day - 1)) is { } booking)
                    {
                        yield return booking;
                    }
                }
            }
        }
    }

    private string ShortName => school.Name.Replace("党校", "", StringComparison.Ordinal).Replace("中共", "", StringComparison.Ordinal).Replace("委", "", StringComparison.Ordinal);

    private void AddTownshipSites()
    {
        var town = school.Name.Replace("党校", "", StringComparison.Ordinal);
        Add(Nearby($"{town}新时代文明实践所", SiteKind.PracticeStation, _random.Next(6, 13) * 10, ["文明实践", "理论宣讲", "基层治理"]), SharingScope.County, false, DemoHours.Station, ["projector", "remote_link"]);
        Add(Nearby($"{town}综合文化站", SiteKind.CultureStation, _random.Next(4, 9) * 10, ["文明实践", "群众工作"]), SharingScope.County, false, DemoHours.Station, ["projector"]);
        if (_random.Next(3) == 0)
        {
            Add(Nearby($"{town}田园课堂", SiteKind.FieldClassroom, 60, ["乡村振兴", "生态农业"]), SharingScope.City, true, DemoHours.Daily, ["parking"]);
        }
        if (school.Path.EndsWith(".wjb", StringComparison.Ordinal))
        {
            foreach (var place in Wangjiaba)
            {
                Add(place, SharingScope.City, approval: true, DemoHours.Daily, ["exhibition", "parking", "accessible"]);
            }
        }
        var inDemoCounty = school.Path.StartsWith($"fy.{DemoCounty}.", StringComparison.Ordinal);
        AddTerminals(Villages(inDemoCounty ? TerminalsPerDemoTownship : _random.Next(6, 9)).Select(village => $"{village}村"));
    }

    private void AddTerminals(IEnumerable<string> places)
    {
        foreach (var place in places)
        {
            Add(Nearby($"{place}远程教育终端站点", SiteKind.RemoteTerminal, _random.Next(2, 6) * 10, ["理论宣讲", "乡村振兴"]), SharingScope.OwnSchool, false, DemoHours.Terminal, ["remote_link", "projector"]);
        }
    }

    private IEnumerable<string> Villages(int count) => DemoNames.Villages(_random, count);

    private void AddClassrooms(string[] rooms, SharingScope scope)
    {
        foreach (var (room, i) in rooms.Select((r, i) => (r, i)))
        {
            Add(new Place($"{school.Name}{room}", SiteKind.Classroom, seat.Latitude, seat.Longitude, i == rooms.Length - 1 ? 300 : 80,
                ["理论宣讲", "党史学习教育"], school.Name), scope, approval: scope == SharingScope.City, DemoHours.Office, ["projector", "accessible", "remote_link"]);
        }
    }

    private Place Nearby(string name, SiteKind kind, int capacity, string[] themes) =>
        new(name, kind, Math.Round(seat.Latitude + (_random.NextDouble() - 0.5) * 0.05, 5), Math.Round(seat.Longitude + (_random.NextDouble() - 0.5) * 0.06, 5),
            capacity, themes, school.Name.Replace("党校", "", StringComparison.Ordinal));

    private void Add(Place place, SharingScope scope, bool approval, IReadOnlyList<OpeningWindow> hours, string[] facilities) =>
        _sites.Add(Site.Register(school, new SiteSpec(place.Name, place.Kind, place.Address, new GeoPoint(place.Latitude, place.Longitude),
            place.Capacity, facilities, place.Themes, (SiteGrade)_random.Next(0, 4), hours, scope, approval, ""), now));

    private Booking? Session(Site site, DateOnly day)
    {
        var window = site.OpeningHours.FirstOrDefault(w => w.Weekday == ChinaTime.Weekday(day));
        if (window is null)
        {
            return null;
        }
        var start = ChinaTime.Instant(day, window.Opens.AddMinutes(30));
        var end = start.AddHours(Math.Min(2, window.Length.TotalHours - 0.5));
        var purpose = site.Kind == SiteKind.Classroom ? BookingPurpose.Class : BookingPurpose.Outreach;
        var spec = new BookingSpec(start, end, purpose, SessionTitles[_random.Next(SessionTitles.Length)],
            Math.Max(10, site.Capacity * _random.Next(5, 10) / 10), "", null);
        return Booking.Request(site, school, spec, needsApproval: false, "演示数据", now);
    }
}
