using System.Collections.Concurrent;
using System.Globalization;
using Grpc.Core;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using PartySchoolNet.Enrollment.Contracts;
using PartySchoolNet.Reporting.Contracts;
using PartySchoolNet.Testing;
using Shouldly;

namespace PartySchoolNet.Reporting.Tests;

/// <summary>培训人次 / 班次 / 学时 from Enrollment's completions, through the real broker, against a sum computed here over the same facts.</summary>
public sealed class TrainingVolumeTests(ReportingHost host) : IClassFixture<ReportingHost>
{
    private static readonly VolumeDimension[] Everything = [VolumeDimension.School, VolumeDimension.Month, VolumeDimension.Category, VolumeDimension.Mode];

    [Fact]
    public async Task The_citys_figures_by_school_month_category_and_mode_are_the_sums_of_the_completed_classes()
    {
        var facts = await new Completions(host, 2031).ManyAsync(60, "fy", "fy.fn", "fy.fn.wjb", "fy.lq", "fy.lq.tq");
        await host.PublishAsync(facts);

        var volume = await VolumeAsync("fy.admin", 2031, Everything);

        Lines(volume).ShouldBe(Expected(facts, f => $"{f.Class.OwnerSchoolId} {f.Class.EndDate:yyyy-MM} {f.Class.Category} {f.Class.Mode}"));
        volume.Total.TraineeTimes.ShouldBe(facts.Sum(f => f.Trainees.Count));
        volume.Rows.Where(r => r.SchoolName.Length == 0 || r.CategoryLabel.Length == 0 || r.ModeLabel.Length == 0).ShouldBeEmpty();
    }

    [Fact]
    public async Task Completions_delivered_twice_and_out_of_order_count_once()
    {
        var facts = await new Completions(host, 2032).ManyAsync(30, "fy.fn", "fy.fn.wjb");
        var redelivered = facts.Concat(facts.Take(12)).OrderBy(_ => Random.Shared.Next()).ToList();
        await host.PublishAsync(redelivered);

        var volume = await VolumeAsync("fy.admin", 2032, [VolumeDimension.Month]);

        Lines(volume).ShouldBe(Expected(facts, f => $"{f.Class.EndDate:yyyy-MM}"));
        (await host.CountAsync("event_log", "occurred_at >= '2032-01-01' AND occurred_at < '2033-01-01'")).ShouldBe(facts.Count);
    }

    [Fact]
    public async Task Completions_that_cannot_be_stored_fail_alone_and_the_completions_arriving_with_them_all_count()
    {
        var completions = new Completions(host, 2038);
        var facts = await completions.ManyAsync(90, "fy.fn", "fy.fn.wjb", "fy.lq");
        var school = await completions.SchoolAsync("fy.fn");
        var poisons = Enumerable.Range(0, 3).Select(_ => completions.One(school) with
        {
            Trainees = [new TraineeCredit(Guid.NewGuid(), Guid.NewGuid(), school.Id, school.Path, PositionLevel.GeneralStaff, 100_000_000m, 100_000_000m, 0)],
        }).ToList();
        var faults = new Faults();
        var bus = host.Services.GetRequiredService<IBus>();
        using var observing = bus.ConnectConsumeMessageObserver(faults);
        var handled = await host.CountAsync("inbox_messages", "consumer = 'ClassCompletedConsumer'");

        await Task.WhenAll(facts.Chunk(30).SelectMany((chunk, i) => chunk.Append(poisons[i])).Select(f => bus.Publish(f)));

        await Eventually.Until(() => Task.FromResult(poisons.Count(p => faults.Of(p.Class.ClassId))), n => n == poisons.Count,
            TimeSpan.FromSeconds(60), "every poison refused after its retries");
        (await host.CountAsync("inbox_messages", "consumer = 'ClassCompletedConsumer'")).ShouldBe(handled + facts.Count);
        facts.Where(f => faults.Of(f.Class.ClassId)).ShouldBeEmpty();
        Lines(await VolumeAsync("fy.admin", 2038, [VolumeDimension.School, VolumeDimension.Month]))
            .ShouldBe(Expected(facts, f => $"{f.Class.OwnerSchoolId} {f.Class.EndDate:yyyy-MM}"));
    }

    /// <summary>Which completions a consumer failed to handle, its retries spent.</summary>
    private sealed class Faults : IConsumeMessageObserver<ClassCompleted>
    {
        private readonly ConcurrentDictionary<Guid, bool> _faulted = new();

        public bool Of(Guid classId) => _faulted.ContainsKey(classId);

        public Task PreConsume(ConsumeContext<ClassCompleted> context) => Task.CompletedTask;

        public Task PostConsume(ConsumeContext<ClassCompleted> context) => Task.CompletedTask;

        public Task ConsumeFault(ConsumeContext<ClassCompleted> context, Exception exception)
        {
            _faulted[context.Message.Class.ClassId] = true;
            return Task.CompletedTask;
        }
    }

    [Fact]
    public async Task Rebuilding_the_volume_from_the_event_log_gives_the_same_figures_and_only_the_network_admin_may()
    {
        var facts = await new Completions(host, 2033).ManyAsync(25, "fy", "fy.fn.wjb", "fy.lq");
        await host.PublishAsync(facts);
        var before = await VolumeAsync("fy.admin", 2033, Everything);

        var refused = await Should.ThrowAsync<RpcException>(async () =>
            await (await host.ClientFor("fn.admin")).RebuildReportAsync(new RebuildReportRequest { Report = "training_volume" }));
        var rebuilt = await (await host.ClientFor("fy.admin")).RebuildReportAsync(new RebuildReportRequest { Report = "training_volume" });

        refused.StatusCode.ShouldBe(StatusCode.PermissionDenied);
        rebuilt.Events.ShouldBeGreaterThanOrEqualTo(facts.Count);
        (await VolumeAsync("fy.admin", 2033, Everything)).ShouldBe(before);
    }

    [Fact]
    public async Task A_county_sees_itself_and_its_townships_a_township_itself_and_neither_another_county()
    {
        var completions = new Completions(host, 2034);
        var (fn, wjb, lq) = (await completions.SchoolAsync("fy.fn"), await completions.SchoolAsync("fy.fn.wjb"), await completions.SchoolAsync("fy.lq"));
        var facts = new[] { completions.One(fn, 3), completions.One(wjb, 3), completions.One(wjb, 4), completions.One(lq, 3) };
        await host.PublishAsync(facts);

        var county = await VolumeAsync("fn.admin", 2034, [VolumeDimension.School]);
        var township = await VolumeAsync("wjb.admin", 2034, [VolumeDimension.School]);
        var intoOtherCounty = await Should.ThrowAsync<RpcException>(async () =>
            await (await host.ClientFor("fn.admin")).GetTrainingVolumeAsync(new GetTrainingVolumeRequest { FromMonth = "2034-01", ToMonth = "2034-12", SchoolId = lq.Id.ToString() }));
        var townshipIntoCounty = await Should.ThrowAsync<RpcException>(async () =>
            await (await host.ClientFor("wjb.admin")).GetTrainingVolumeAsync(new GetTrainingVolumeRequest { FromMonth = "2034-01", ToMonth = "2034-12", SchoolId = fn.Id.ToString() }));

        county.Rows.Select(r => r.SchoolId).ShouldBe([fn.Id.ToString(), wjb.Id.ToString()], ignoreOrder: true);
        county.Total.Classes.ShouldBe(3);
        township.Rows.Select(r => r.SchoolId).ShouldBe([wjb.Id.ToString()]);
        township.Total.TraineeTimes.ShouldBe(facts[1].Trainees.Count + facts[2].Trainees.Count);
        intoOtherCounty.StatusCode.ShouldBe(StatusCode.PermissionDenied);
        townshipIntoCounty.StatusCode.ShouldBe(StatusCode.PermissionDenied);
    }

    [Fact]
    public async Task The_same_months_a_year_earlier_come_back_for_comparison()
    {
        var earlier = new Completions(host, 2035);
        var later = new Completions(host, 2036);
        var lq = await earlier.SchoolAsync("fy.lq.tq");
        var facts = new[] { earlier.One(lq, 5), earlier.One(lq, 6), earlier.One(lq, 9), later.One(lq, 5) };
        await host.PublishAsync(facts);

        var volume = await (await host.ClientFor("fy.admin")).GetTrainingVolumeAsync(new GetTrainingVolumeRequest
        {
            FromMonth = "2036-05", ToMonth = "2036-06", SchoolId = lq.Id.ToString(),
        });

        volume.Total.Classes.ShouldBe(1);
        volume.PreviousYearTotal.Classes.ShouldBe(2);
        volume.PreviousYearTotal.TraineeTimes.ShouldBe(facts[0].Trainees.Count + facts[1].Trainees.Count);
    }

    [Theory]
    [InlineData("2031-13", "2031-12", "from_month")]
    [InlineData("2031-06", "2031-05", "to_month")]
    [InlineData("2028-01", "2031-12", "to_month")]
    public async Task Bad_months_are_refused_field_by_field(string from, string to, string field)
    {
        var client = await host.ClientFor("fy.admin");

        var refused = await Should.ThrowAsync<RpcException>(async () => await client.GetTrainingVolumeAsync(new GetTrainingVolumeRequest { FromMonth = from, ToMonth = to }));

        refused.StatusCode.ShouldBe(StatusCode.InvalidArgument);
        refused.FieldViolations().ShouldBe([field]);
    }

    private async Task<Contracts.TrainingVolume> VolumeAsync(string userName, int year, VolumeDimension[] by)
    {
        var request = new GetTrainingVolumeRequest { FromMonth = $"{year}-01", ToMonth = $"{year}-12" };
        request.GroupBy.AddRange(by);
        return await (await host.ClientFor(userName)).GetTrainingVolumeAsync(request);
    }

    /// <summary>Each row as "key: classes/sessions/trainee-times/hours", the key from the grouped dimensions.</summary>
    private static List<string> Lines(Contracts.TrainingVolume volume) =>
        [.. volume.Rows.Select(r => $"{Key(r)}: {r.Figures.Classes}/{r.Figures.Sessions}/{r.Figures.TraineeTimes}/{r.Figures.CreditedHours.ToString(CultureInfo.InvariantCulture)}").Order(StringComparer.Ordinal)];

    private static string Key(TrainingVolumeRow row) =>
        string.Join(' ', new[] { row.SchoolId, row.Month, row.Category, row.Mode }.Where(k => k.Length > 0));

    private static List<string> Expected(IEnumerable<ClassCompleted> facts, Func<ClassCompleted, string> key) =>
        [.. facts.GroupBy(key).Select(g => $"{g.Key}: {g.Count()}/{g.Sum(f => f.Sessions)}/{g.Sum(f => f.Trainees.Count)}/{g.Sum(f => f.Trainees.Sum(t => t.CreditedHours)).ToString(CultureInfo.InvariantCulture)}")
            .Order(StringComparer.Ordinal)];
}
