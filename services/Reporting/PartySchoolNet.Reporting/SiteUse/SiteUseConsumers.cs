using Microsoft.EntityFrameworkCore;
using PartySchoolNet.Messaging.Inbox;
using PartySchoolNet.Reporting.EventLog;
using PartySchoolNet.SiteResources.Contracts;

namespace PartySchoolNet.Reporting.SiteUse;

public sealed class SiteRegisteredConsumer(DbContext db, CommitGroups groups) : LoggedConsumer<SiteRegistered>(db, groups)
{
    protected override string KeyOf(SiteRegistered fact) => $"{fact.Site.SiteId}:{fact.Site.Version}";

    protected override DateTimeOffset OccurredAt(SiteRegistered fact) => fact.OccurredAt;

    protected override Task FoldAsync(SiteRegistered fact, CancellationToken ct) => SiteUseFold.RememberAsync(Db, fact.Site, ct);
}

public sealed class SiteChangedConsumer(DbContext db, CommitGroups groups) : LoggedConsumer<SiteChanged>(db, groups)
{
    protected override string KeyOf(SiteChanged fact) => $"{fact.Site.SiteId}:{fact.Site.Version}";

    protected override DateTimeOffset OccurredAt(SiteChanged fact) => fact.OccurredAt;

    protected override Task FoldAsync(SiteChanged fact, CancellationToken ct) => SiteUseFold.RememberAsync(Db, fact.Site, ct);
}

public sealed class SiteBookedConsumer(DbContext db, CommitGroups groups) : LoggedConsumer<SiteBooked>(db, groups)
{
    protected override string KeyOf(SiteBooked fact) => fact.Booking.BookingId.ToString();

    protected override DateTimeOffset OccurredAt(SiteBooked fact) => fact.OccurredAt;

    protected override Task FoldAsync(SiteBooked fact, CancellationToken ct) => SiteUseFold.BookedAsync(Db, fact.Booking, ct);
}

public sealed class SiteBookingCancelledConsumer(DbContext db, CommitGroups groups) : LoggedConsumer<SiteBookingCancelled>(db, groups)
{
    protected override string KeyOf(SiteBookingCancelled fact) => fact.Booking.BookingId.ToString();

    protected override DateTimeOffset OccurredAt(SiteBookingCancelled fact) => fact.OccurredAt;

    protected override Task FoldAsync(SiteBookingCancelled fact, CancellationToken ct) => SiteUseFold.CancelledAsync(Db, fact.Booking, ct);
}
