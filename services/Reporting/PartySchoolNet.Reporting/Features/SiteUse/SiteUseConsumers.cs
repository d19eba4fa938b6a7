using Microsoft.EntityFrameworkCore;
using PartySchoolNet.Reporting.Features.EventLog;
using PartySchoolNet.SiteResources.Contracts;

namespace PartySchoolNet.Reporting.Features.SiteUse;

public sealed class SiteRegisteredConsumer(DbContext db) : LoggedConsumer<SiteRegistered>(db)
{
    protected override string KeyOf(SiteRegistered fact) => $"{fact.Site.SiteId}:{fact.Site.Version}";

    protected override DateTimeOffset OccurredAt(SiteRegistered fact) => fact.OccurredAt;

    protected override Task FoldAsync(SiteRegistered fact, CancellationToken ct) => SiteUseFold.RememberAsync(Db, fact.Site, ct);
}

public sealed class SiteChangedConsumer(DbContext db) : LoggedConsumer<SiteChanged>(db)
{
    protected override string KeyOf(SiteChanged fact) => $"{fact.Site.SiteId}:{fact.Site.Version}";

    protected override DateTimeOffset OccurredAt(SiteChanged fact) => fact.OccurredAt;

    protected override Task FoldAsync(SiteChanged fact, CancellationToken ct) => SiteUseFold.RememberAsync(Db, fact.Site, ct);
}

public sealed class SiteBookedConsumer(DbContext db) : LoggedConsumer<SiteBooked>(db)
{
    protected override string KeyOf(SiteBooked fact) => fact.Booking.BookingId.ToString();

    protected override DateTimeOffset OccurredAt(SiteBooked fact) => fact.OccurredAt;

    protected override Task FoldAsync(SiteBooked fact, CancellationToken ct) => SiteUseFold.BookedAsync(Db, fact.Booking, ct);
}

public sealed class SiteBookingCancelledConsumer(DbContext db) : LoggedConsumer<SiteBookingCancelled>(db)
{
    protected override string KeyOf(SiteBookingCancelled fact) => fact.Booking.BookingId.ToString();

    protected override DateTimeOffset OccurredAt(SiteBookingCancelled fact) => fact.OccurredAt;

    protected override Task FoldAsync(SiteBookingCancelled fact, CancellationToken ct) => SiteUseFold.CancelledAsync(Db, fact.Booking, ct);
}
