using Grpc.Core;
using PartySchoolNet.SiteResources.Contracts;
using PartySchoolNet.Testing;
using Shouldly;
using static PartySchoolNet.SiteResources.Tests.SiteResourcesHost;

namespace PartySchoolNet.SiteResources.Tests;

/// <summary>Every operation × caller × site: the city sees all, a county its subtree plus what is shared to it, a township itself plus what is shared to it.</summary>
public sealed class TenancyMatrixTests(TenancyWorld world) : IClassFixture<TenancyWorld>
{
    private const StatusCode Ok = StatusCode.OK;
    private const StatusCode Denied = StatusCode.PermissionDenied;
    private static readonly string[] Targets = ["wjb-own", "fn-county", "yz-own", "yz-city"];

    /// <summary>Expected outcome per target, in the order of <see cref="Targets"/>.</summary>
    private static readonly (string Operation, string User, StatusCode[] Expected)[] Matrix =
    [
        ("get", "fy.admin", [Ok, Ok, Ok, Ok]),
        ("get", "fn.admin", [Ok, Ok, Denied, Ok]),
        ("get", "fn.dispatcher", [Ok, Ok, Denied, Ok]),
        ("get", "wjb.admin", [Ok, Ok, Denied, Ok]),
        ("get", "wjb.instructor", [Ok, Ok, Denied, Ok]),
        ("availability", "fy.admin", [Ok, Ok, Ok, Ok]),
        ("availability", "fn.admin", [Ok, Ok, Denied, Ok]),
        ("availability", "wjb.admin", [Ok, Ok, Denied, Ok]),
        ("update", "fy.admin", [Ok, Ok, Ok, Ok]),
        ("update", "fn.admin", [Ok, Ok, Denied, Denied]),
        ("update", "fn.dispatcher", [Denied, Denied, Denied, Denied]),
        ("update", "wjb.admin", [Ok, Denied, Denied, Denied]),
        ("book", "fy.admin", [Denied, Denied, Denied, Ok]),
        ("book", "fn.admin", [Denied, Ok, Denied, Ok]),
        ("book", "fn.dispatcher", [Denied, Ok, Denied, Ok]),
        ("book", "wjb.admin", [Ok, Ok, Denied, Ok]),
        ("book", "wjb.classmanager", [Ok, Ok, Denied, Ok]),
        ("book", "wjb.instructor", [Denied, Denied, Denied, Denied]),
        ("utilization", "fy.admin", [Ok, Ok, Ok, Ok]),
        ("utilization", "fn.admin", [Ok, Ok, Denied, Denied]),
        ("utilization", "wjb.admin", [Ok, Denied, Denied, Denied]),
        ("search", "fy.admin", [Denied, Denied, Denied, Ok]),
        ("search", "fn.dispatcher", [Denied, Ok, Denied, Ok]),
        ("search", "wjb.admin", [Ok, Ok, Denied, Ok]),
    ];

    public static TheoryData<string, string, string, StatusCode> Cases() => TenancyMatrix.Cases(Matrix, Targets);

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Caller_reaches_exactly_the_sites_its_scope_owns_or_is_shared(string operation, string user, string target, StatusCode expected)
    {
        var client = await world.Host.ClientFor(user);
        var site = world.Sites[target];
        var outcome = operation == "search" ? await FoundBySearchAsync(client, site) : await TenancyMatrix.StatusOf(Act(client, operation, site));
        outcome.ShouldBe(expected, $"{user} {operation} {target}");
    }

    private Task Act(SiteResourcesService.SiteResourcesServiceClient client, string operation, Site site) => operation switch
    {
        "get" => client.GetSiteAsync(new GetSiteRequest { SiteId = site.SiteId }).ResponseAsync,
        "availability" => client.GetSiteAvailabilityAsync(new GetSiteAvailabilityRequest { SiteId = site.SiteId, From = At(Today, 0), Until = At(Today.AddDays(7), 0) }).ResponseAsync,
        "update" => UpdateAsync(client, site),
        "book" => BookAsync(client, site),
        "utilization" => client.ListSiteUtilizationAsync(new ListSiteUtilizationRequest { FromMonth = "2026-01", ToMonth = "2026-02", SiteId = site.SiteId }).ResponseAsync,
        _ => throw new ArgumentOutOfRangeException(nameof(operation)),
    };

    private static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow);

    private Task<Contracts.Booking> BookAsync(SiteResourcesService.SiteResourcesServiceClient client, Site site)
    {
        var day = world.Host.FreshMonday();
        return client.BookSiteAsync(Booking(site, At(day, 9), At(day, 10))).ResponseAsync;
    }

    private async Task UpdateAsync(SiteResourcesService.SiteResourcesServiceClient client, Site site)
    {
        var current = await (await world.Host.ClientFor("fy.admin")).GetSiteAsync(new GetSiteRequest { SiteId = site.SiteId });
        var details = Details(current.Name, current.BookableBy);
        details.Capacity = current.Capacity + 1;
        await client.UpdateSiteAsync(new UpdateSiteRequest { SiteId = site.SiteId, ExpectedVersion = current.Version, Details = details });
    }

    /// <summary>Search never refuses; a site outside the caller's reach simply is not among the results.</summary>
    private static async Task<StatusCode> FoundBySearchAsync(SiteResourcesService.SiteResourcesServiceClient client, Site site)
    {
        var found = await client.SearchSitesAsync(new SearchSitesRequest { Near = site.Location, MaxDistanceKm = 0.01, PageSize = 200 });
        return found.Sites.Any(m => m.Site.SiteId == site.SiteId) ? Ok : Denied;
    }

    [Fact]
    public async Task A_county_dispatcher_books_for_its_township_but_a_township_cannot_book_for_its_neighbour()
    {
        var (fn, wjb) = (await world.Host.ClientFor("fn.dispatcher"), await world.Host.ClientFor("wjb.admin"));
        var day = world.Host.FreshMonday();
        var forWjb = Booking(world.Sites["wjb-own"], At(day, 9), At(day, 10));
        forWjb.RequestingSchoolId = (await world.Host.SchoolIdAsync("wjb")).ToString();
        var forNeighbour = Booking(world.Sites["fn-county"], At(day, 9), At(day, 10));
        forNeighbour.RequestingSchoolId = (await world.Host.SchoolIdAsync("lc")).ToString();

        (await fn.BookSiteAsync(forWjb)).RequestingSchoolName.ShouldBe("王家坝镇党校");
        await wjb.BookSiteAsync(forNeighbour).ShouldFailWith(StatusCode.PermissionDenied);
    }

    [Fact]
    public async Task Registering_a_site_is_for_admins_over_the_owner_school()
    {
        var (fn, wjb, dispatcher) = (await world.Host.ClientFor("fn.admin"), await world.Host.ClientFor("wjb.admin"), await world.Host.ClientFor("fn.dispatcher"));
        RegisterSiteRequest For(string ownerId, string name) => new() { OwnerSchoolId = ownerId, Details = Details(name) };
        var (wjbId, yzId, fnId) = ((await world.Host.SchoolIdAsync("wjb")).ToString(), (await world.Host.SchoolIdAsync("yz")).ToString(), (await world.Host.SchoolIdAsync("fn")).ToString());

        (await fn.RegisterSiteAsync(For(wjbId, "县为乡镇登记的场地"))).OwnerSchoolName.ShouldBe("王家坝镇党校");
        await fn.RegisterSiteAsync(For(yzId, "跨县登记的场地")).ShouldFailWith(StatusCode.PermissionDenied);
        await wjb.RegisterSiteAsync(For(fnId, "乡镇为县登记的场地")).ShouldFailWith(StatusCode.PermissionDenied);
        await dispatcher.RegisterSiteAsync(For(fnId, "调度员登记的场地")).ShouldFailWith(StatusCode.PermissionDenied);
    }

    [Fact]
    public async Task Another_county_s_booking_of_a_shared_site_is_invisible_and_untouchable_to_a_township()
    {
        var city = await world.Host.ClientFor("fy.admin");
        var day = world.Host.FreshMonday();
        var byYz = Booking(world.Sites["yz-city"], At(day, 14), At(day, 15));
        byYz.RequestingSchoolId = (await world.Host.SchoolIdAsync("yz")).ToString();
        var booking = await city.BookSiteAsync(byYz);
        var (wjb, fn) = (await world.Host.ClientFor("wjb.admin"), await world.Host.ClientFor("fn.admin"));

        await wjb.GetBookingAsync(new GetBookingRequest { BookingId = booking.BookingId }).ShouldFailWith(StatusCode.PermissionDenied);
        await fn.CancelBookingAsync(new CancelBookingRequest { BookingId = booking.BookingId }).ShouldFailWith(StatusCode.PermissionDenied);
        (await wjb.ListBookingsAsync(new ListBookingsRequest { SiteId = world.Sites["yz-city"].SiteId })).Bookings
            .ShouldNotContain(b => b.BookingId == booking.BookingId);
        (await city.ListBookingsAsync(new ListBookingsRequest { SiteId = world.Sites["yz-city"].SiteId })).Bookings
            .ShouldContain(b => b.BookingId == booking.BookingId);
    }

    [Fact]
    public async Task Searching_for_a_school_outside_the_caller_s_scope_is_refused()
    {
        var fn = await world.Host.ClientFor("fn.admin");
        var request = new SearchSitesRequest { RequestingSchoolId = (await world.Host.SchoolIdAsync("yz")).ToString() };

        await fn.SearchSitesAsync(request).ShouldFailWith(StatusCode.PermissionDenied);
    }
}
