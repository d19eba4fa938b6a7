using Grpc.Core;
using PartySchoolNet.ServiceDefaults.Tenancy;
using PartySchoolNet.SiteResources.Bookings;
using PartySchoolNet.SiteResources.Contracts;
using PartySchoolNet.SiteResources.Search;
using PartySchoolNet.SiteResources.Sites;
using PartySchoolNet.SiteResources.Utilization;

namespace PartySchoolNet.SiteResources.Grpc;

/// <summary>Maps the gRPC API onto the use cases; refusals become statuses in the shared interceptor.</summary>
internal sealed class SiteResourcesGrpcService(IServiceProvider services) : SiteResourcesService.SiteResourcesServiceBase
{
    private T Use<T>() where T : notnull => services.GetRequiredService<T>();

    public override Task<Vocabulary> GetVocabulary(GetVocabularyRequest request, ServerCallContext context) =>
        Task.FromResult(SiteVocabulary.ToMessage());

    public override Task<Contracts.Site> RegisterSite(RegisterSiteRequest request, ServerCallContext context) =>
        Use<RegisterSite>().HandleAsync(request, context.GetCaller(), context.CancellationToken);

    public override Task<Contracts.Site> UpdateSite(UpdateSiteRequest request, ServerCallContext context) =>
        Use<UpdateSite>().HandleAsync(request, context.GetCaller(), context.CancellationToken);

    public override Task<Contracts.Site> GetSite(GetSiteRequest request, ServerCallContext context) =>
        Use<GetSite>().HandleAsync(request, context.GetCaller(), context.CancellationToken);

    public override Task<SearchSitesResponse> SearchSites(SearchSitesRequest request, ServerCallContext context) =>
        Use<SearchSites>().HandleAsync(request, context.GetCaller(), context.CancellationToken);

    public override Task<SiteAvailability> GetSiteAvailability(GetSiteAvailabilityRequest request, ServerCallContext context) =>
        Use<GetSiteAvailability>().HandleAsync(request, context.GetCaller(), context.CancellationToken);

    public override Task<Contracts.Booking> BookSite(BookSiteRequest request, ServerCallContext context) =>
        Use<BookSite>().HandleAsync(request, context.GetCaller(), context.CancellationToken);

    public override Task<Contracts.Booking> GetBooking(GetBookingRequest request, ServerCallContext context) =>
        Use<GetBooking>().HandleAsync(request, context.GetCaller(), context.CancellationToken);

    public override Task<ListBookingsResponse> ListBookings(ListBookingsRequest request, ServerCallContext context) =>
        Use<ListBookings>().HandleAsync(request, context.GetCaller(), context.CancellationToken);

    public override Task<Contracts.Booking> ApproveBooking(ApproveBookingRequest request, ServerCallContext context) =>
        Use<BookingDecisions>().ApproveAsync(request, context.GetCaller(), context.CancellationToken);

    public override Task<Contracts.Booking> DeclineBooking(DeclineBookingRequest request, ServerCallContext context) =>
        Use<BookingDecisions>().DeclineAsync(request, context.GetCaller(), context.CancellationToken);

    public override Task<Contracts.Booking> CancelBooking(CancelBookingRequest request, ServerCallContext context) =>
        Use<CancelBooking>().HandleAsync(request, context.GetCaller(), context.CancellationToken);

    public override Task<ListSiteUtilizationResponse> ListSiteUtilization(ListSiteUtilizationRequest request, ServerCallContext context) =>
        Use<ListSiteUtilization>().HandleAsync(request, context.GetCaller(), context.CancellationToken);
}
