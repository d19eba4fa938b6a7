using Microsoft.EntityFrameworkCore;
using PartySchoolNet.Messaging.Inbox;
using PartySchoolNet.QualityEvaluation.Contracts;
using PartySchoolNet.Reporting.EventLog;

namespace PartySchoolNet.Reporting.Evaluation;

public sealed class CampaignFinalizedConsumer(DbContext db, CommitGroups groups) : LoggedConsumer<CampaignFinalized>(db, groups)
{
    /// <summary>Each round is its own fact: a campaign reopened and finalized again publishes a new one.</summary>
    protected override string KeyOf(CampaignFinalized fact) => $"{fact.CampaignId}:{fact.Round}";

    protected override DateTimeOffset OccurredAt(CampaignFinalized fact) => fact.OccurredAt;

    protected override Task FoldAsync(CampaignFinalized fact, CancellationToken ct) => EvaluationFold.FinalizedAsync(Db, fact, ct);
}

public sealed class RectificationOpenedConsumer(DbContext db, CommitGroups groups) : LoggedConsumer<RectificationOpened>(db, groups)
{
    protected override string KeyOf(RectificationOpened fact) => fact.RectificationId.ToString();

    protected override DateTimeOffset OccurredAt(RectificationOpened fact) => fact.OccurredAt;

    protected override Task FoldAsync(RectificationOpened fact, CancellationToken ct) => EvaluationFold.OpenedAsync(Db, fact, ct);
}

public sealed class RectificationClosedConsumer(DbContext db, CommitGroups groups) : LoggedConsumer<RectificationClosed>(db, groups)
{
    protected override string KeyOf(RectificationClosed fact) => fact.RectificationId.ToString();

    protected override DateTimeOffset OccurredAt(RectificationClosed fact) => fact.OccurredAt;

    protected override Task FoldAsync(RectificationClosed fact, CancellationToken ct) => EvaluationFold.ClosedAsync(Db, fact, ct);
}
