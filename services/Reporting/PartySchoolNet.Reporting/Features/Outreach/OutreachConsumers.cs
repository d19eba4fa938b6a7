using Microsoft.EntityFrameworkCore;
using PartySchoolNet.Enrollment.Contracts;
using PartySchoolNet.Reporting.Features.EventLog;

namespace PartySchoolNet.Reporting.Features.Outreach;

/// <summary>Every outreach event folds the same way: by the stage it tells.</summary>
public abstract class OutreachConsumer<TEvent>(DbContext db) : LoggedConsumer<TEvent>(db) where TEvent : class
{
    protected abstract OutreachStage StageOf(TEvent fact);

    protected override string KeyOf(TEvent fact) => StageOf(fact).Key;

    protected override DateTimeOffset OccurredAt(TEvent fact) => StageOf(fact).At;

    protected override Task FoldAsync(TEvent fact, CancellationToken ct) => OutreachFold.ApplyAsync(Db, StageOf(fact), ct);
}

public sealed class OutreachRequestedConsumer(DbContext db) : OutreachConsumer<OutreachRequested>(db)
{
    protected override OutreachStage StageOf(OutreachRequested fact) => OutreachStage.Of(fact);
}

public sealed class OutreachApprovedConsumer(DbContext db) : OutreachConsumer<OutreachApproved>(db)
{
    protected override OutreachStage StageOf(OutreachApproved fact) => OutreachStage.Of(fact);
}

public sealed class OutreachScheduledConsumer(DbContext db) : OutreachConsumer<OutreachScheduled>(db)
{
    protected override OutreachStage StageOf(OutreachScheduled fact) => OutreachStage.Of(fact);
}

public sealed class OutreachDeliveredConsumer(DbContext db) : OutreachConsumer<OutreachDelivered>(db)
{
    protected override OutreachStage StageOf(OutreachDelivered fact) => OutreachStage.Of(fact);
}

public sealed class OutreachDeclinedConsumer(DbContext db) : OutreachConsumer<OutreachDeclined>(db)
{
    protected override OutreachStage StageOf(OutreachDeclined fact) => OutreachStage.Of(fact);
}

public sealed class OutreachWithdrawnConsumer(DbContext db) : OutreachConsumer<OutreachWithdrawn>(db)
{
    protected override OutreachStage StageOf(OutreachWithdrawn fact) => OutreachStage.Of(fact);
}
