using Microsoft.EntityFrameworkCore;
using PartySchoolNet.Enrollment.Contracts;
using PartySchoolNet.Messaging.Inbox;
using PartySchoolNet.Reporting.EventLog;

namespace PartySchoolNet.Reporting.Outreach;

/// <summary>Every outreach event folds the same way: by the stage it tells.</summary>
public abstract class OutreachConsumer<TEvent>(DbContext db, CommitGroups groups) : LoggedConsumer<TEvent>(db, groups) where TEvent : class
{
    protected abstract OutreachStage StageOf(TEvent fact);

    protected override string KeyOf(TEvent fact) => StageOf(fact).Key;

    protected override DateTimeOffset OccurredAt(TEvent fact) => StageOf(fact).At;

    protected override Task FoldAsync(TEvent fact, CancellationToken ct) => OutreachFold.ApplyAsync(Db, StageOf(fact), ct);
}

public sealed class OutreachRequestedConsumer(DbContext db, CommitGroups groups) : OutreachConsumer<OutreachRequested>(db, groups)
{
    protected override OutreachStage StageOf(OutreachRequested fact) => OutreachStage.Of(fact);
}

public sealed class OutreachApprovedConsumer(DbContext db, CommitGroups groups) : OutreachConsumer<OutreachApproved>(db, groups)
{
    protected override OutreachStage StageOf(OutreachApproved fact) => OutreachStage.Of(fact);
}

public sealed class OutreachScheduledConsumer(DbContext db, CommitGroups groups) : OutreachConsumer<OutreachScheduled>(db, groups)
{
    protected override OutreachStage StageOf(OutreachScheduled fact) => OutreachStage.Of(fact);
}

public sealed class OutreachDeliveredConsumer(DbContext db, CommitGroups groups) : OutreachConsumer<OutreachDelivered>(db, groups)
{
    protected override OutreachStage StageOf(OutreachDelivered fact) => OutreachStage.Of(fact);
}

public sealed class OutreachDeclinedConsumer(DbContext db, CommitGroups groups) : OutreachConsumer<OutreachDeclined>(db, groups)
{
    protected override OutreachStage StageOf(OutreachDeclined fact) => OutreachStage.Of(fact);
}

public sealed class OutreachWithdrawnConsumer(DbContext db, CommitGroups groups) : OutreachConsumer<OutreachWithdrawn>(db, groups)
{
    protected override OutreachStage StageOf(OutreachWithdrawn fact) => OutreachStage.Of(fact);
}
