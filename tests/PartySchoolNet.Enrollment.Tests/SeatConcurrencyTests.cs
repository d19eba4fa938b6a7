using Google.Rpc;
using Grpc.Core;
using PartySchoolNet.Enrollment.Contracts;
using PartySchoolNet.Testing;
using Shouldly;
using static PartySchoolNet.Enrollment.Tests.EnrollmentHost;

namespace PartySchoolNet.Enrollment.Tests;

/// <summary>Seats are counted by one authority however many requests arrive at once.</summary>
public sealed class SeatConcurrencyTests(EnrollmentHost host) : IClassFixture<EnrollmentHost>
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_thousand_parallel_confirmations_fill_exactly_a_hundred_seats_and_no_unit_passes_its_quota_of_twelve(bool cpuSaturated)
    {
        var units = Enumerable.Range(0, 10).Select(_ => host.Unique("并发确认单位")).ToList();
        var cadres = await host.ImportAsync("fn.admin", "fn", [.. units.SelectMany(u => Enumerable.Range(0, 100).Select(i => new Person(u, $"{u}学员{i}")))]);
        var unitIds = units.ToDictionary(u => u, u => cadres[$"{u}学员0"].UnitId);
        var details = Details(host.Unique("千人并发确认班"), capacity: 100, daysFromToday: 10);
        details.Quotas.AddRange(unitIds.Values.Select(id => new UnitQuota { UnitId = id, Seats = 12 }));
        var training = await host.OpenClassAsync("fn.admin", "fn", details);
        var admin = await host.ClientFor("fn.admin");
        var nominated = new List<Contracts.Enrollment>();
        foreach (var unit in units)
        {
            var request = new NominateRequest { ClassId = training.ClassId, UnitId = unitIds[unit] };
            request.CadreIds.AddRange(cadres.Values.Where(c => c.UnitId == unitIds[unit]).Select(c => c.CadreId));
            nominated.AddRange((await admin.NominateAsync(request)).Enrollments);
        }
        var owners = new[] { admin, await host.ClientFor("fy.admin") };

        using var load = CpuLoad.When(cpuSaturated);
        var outcomes = await Task.WhenAll(nominated.Select((n, i) =>
            owners[i % 2].ConfirmEnrollmentAsync(new ConfirmEnrollmentRequest { EnrollmentId = n.EnrollmentId }).ResponseAsync));

        outcomes.Count(o => o.Status == EnrollmentStatus.Confirmed).ShouldBe(100);
        outcomes.Count(o => o.Status == EnrollmentStatus.Waitlisted).ShouldBe(900);
        outcomes.Where(o => o.Status == EnrollmentStatus.Confirmed).GroupBy(o => o.UnitId).ShouldAllBe(g => g.Count() <= 12);
        var stored = await admin.GetClassAsync(new GetClassRequest { ClassId = training.ClassId });
        stored.ConfirmedCount.ShouldBe(100);
        stored.Details.Quotas.Sum(q => q.Confirmed).ShouldBe(100);
        stored.Details.Quotas.ShouldAllBe(q => q.Confirmed <= 12);
        (await host.CountAsync("participants", $"class_id = '{training.ClassId}' AND status = {(int)EnrollmentStatus.Confirmed}")).ShouldBe(100);
        (await host.CountAsync("outbox_messages", $"payload->>'classId' = '{training.ClassId}' AND message_type LIKE '%TraineeConfirmed%'")).ShouldBe(100);
    }

    [Fact]
    public async Task Confirmations_whose_callers_gave_up_while_the_class_was_busy_still_seat_and_a_retry_says_so()
    {
        var unit = host.Unique("超时确认单位");
        var cadres = await host.ImportAsync("fn.admin", "fn", [.. Enumerable.Range(0, 2).Select(i => new Person(unit, $"{unit}学员{i}"))]);
        var training = await host.OpenClassAsync("fn.admin", "fn", Details(host.Unique("超时确认班"), capacity: 5, daysFromToday: 10));
        var admin = await host.ClientFor("fn.admin");
        var nominate = new NominateRequest { ClassId = training.ClassId, UnitId = cadres[$"{unit}学员0"].UnitId, CadreIds = { cadres.Values.Select(c => c.CadreId) } };
        var ids = (await admin.NominateAsync(nominate)).Enrollments.Select(e => e.EnrollmentId).ToList();
        Task<long> Confirmed() => host.CountAsync("participants", $"class_id = '{training.ClassId}' AND status = {(int)EnrollmentStatus.Confirmed}");

        // Another writer holds the class's turn: the first change waits on the row, the second in the line behind it.
        await using (var busy = new Npgsql.NpgsqlConnection(host.ConnectionString))
        {
            await busy.OpenAsync();
            await using var holding = await busy.BeginTransactionAsync();
            await using (var hold = new Npgsql.NpgsqlCommand($"SELECT 1 FROM training_classes WHERE id = '{training.ClassId}' FOR UPDATE", busy, holding))
            {
                await hold.ExecuteNonQueryAsync();
            }
            foreach (var id in ids)
            {
                using var patience = new CancellationTokenSource(TimeSpan.FromMilliseconds(500));
                await admin.ConfirmEnrollmentAsync(new ConfirmEnrollmentRequest { EnrollmentId = id }, cancellationToken: patience.Token)
                    .ShouldFailWith(StatusCode.Cancelled);
            }
            (await Confirmed()).ShouldBe(0);
            await holding.RollbackAsync();
        }

        await Eventually.Until(Confirmed, n => n == 2, TimeSpan.FromSeconds(30), "both confirmations carried out");
        var retried = await admin.ConfirmEnrollmentAsync(new ConfirmEnrollmentRequest { EnrollmentId = ids[1] });
        retried.Status.ShouldBe(EnrollmentStatus.Confirmed);
        (await admin.GetClassAsync(new GetClassRequest { ClassId = training.ClassId })).ConfirmedCount.ShouldBe(2);
        (await host.CountAsync("outbox_messages", $"payload->>'classId' = '{training.ClassId}' AND message_type LIKE '%TraineeConfirmed%'")).ShouldBe(2);
    }

    [Fact]
    public async Task A_withdrawn_seat_goes_to_the_earliest_waitlisted_trainee_whose_unit_still_has_quota()
    {
        var (full, roomy) = (host.Unique("满额单位"), host.Unique("有余额单位"));
        var cadres = await host.ImportAsync("fn.admin", "fn",
            [.. Enumerable.Range(0, 4).Select(i => new Person(full, $"{full}学员{i}")), .. Enumerable.Range(0, 3).Select(i => new Person(roomy, $"{roomy}学员{i}"))]);
        var details = Details(host.Unique("候补递补班"), capacity: 3, daysFromToday: 10);
        details.Quotas.Add(new UnitQuota { UnitId = cadres[$"{full}学员0"].UnitId, Seats = 2 });
        details.Quotas.Add(new UnitQuota { UnitId = cadres[$"{roomy}学员0"].UnitId, Seats = 2 });
        var training = await host.OpenClassAsync("fn.admin", "fn", details);
        var admin = await host.ClientFor("fn.admin");
        async Task<Contracts.Enrollment> NominateAndConfirm(string name)
        {
            var request = new NominateRequest { ClassId = training.ClassId, UnitId = cadres[name].UnitId, CadreIds = { cadres[name].CadreId } };
            var nomination = (await admin.NominateAsync(request)).Enrollments[0];
            return await admin.ConfirmEnrollmentAsync(new ConfirmEnrollmentRequest { EnrollmentId = nomination.EnrollmentId });
        }

        var first = await NominateAndConfirm($"{full}学员0");
        await NominateAndConfirm($"{full}学员1");
        var overQuota = await NominateAndConfirm($"{full}学员2");
        await NominateAndConfirm($"{roomy}学员0");
        var classFull = await NominateAndConfirm($"{roomy}学员1");
        overQuota.Status.ShouldBe(EnrollmentStatus.Waitlisted);
        (overQuota.WaitlistPosition, classFull.WaitlistPosition).ShouldBe((1, 2));

        await admin.WithdrawEnrollmentAsync(new WithdrawEnrollmentRequest { EnrollmentId = first.EnrollmentId, Reason = "工作调动" });

        var list = await admin.ListEnrollmentsAsync(new ListEnrollmentsRequest { ClassId = training.ClassId });
        list.Enrollments.Single(e => e.EnrollmentId == overQuota.EnrollmentId).Status.ShouldBe(EnrollmentStatus.Confirmed);
        list.Enrollments.Single(e => e.EnrollmentId == classFull.EnrollmentId).WaitlistPosition.ShouldBe(1);
        list.Enrollments.Count(e => e.Status == EnrollmentStatus.Confirmed).ShouldBe(3);
    }

    [Fact]
    public async Task A_burst_of_withdrawals_confirmations_and_refused_confirmations_on_one_class_answers_each_request_on_its_own()
    {
        var unit = host.Unique("混合并发单位");
        var cadres = await host.ImportAsync("fn.admin", "fn", [.. Enumerable.Range(0, 30).Select(i => new Person(unit, $"{unit}学员{i}"))]);
        var training = await host.OpenClassAsync("fn.admin", "fn", Details(host.Unique("混合并发班"), capacity: 10, daysFromToday: 10));
        var admin = await host.ClientFor("fn.admin");
        var township = await host.ClientFor("wjb.admin");
        var request = new NominateRequest { ClassId = training.ClassId, UnitId = cadres.Values.First().UnitId };
        request.CadreIds.AddRange(cadres.Values.Select(c => c.CadreId));
        var nominated = (await admin.NominateAsync(request)).Enrollments;
        var (seated, waiting) = (nominated.Take(10).ToList(), nominated.Skip(10).ToList());
        foreach (var enrollment in seated)
        {
            await admin.ConfirmEnrollmentAsync(new ConfirmEnrollmentRequest { EnrollmentId = enrollment.EnrollmentId });
        }

        async Task<string> Outcome(Task<Contracts.Enrollment> call)
        {
            try
            {
                return (await call).Status.ToString();
            }
            catch (RpcException ex) when (ex.StatusCode == StatusCode.PermissionDenied)
            {
                return ex.GetRpcStatus()!.GetDetail<ErrorInfo>().Reason;
            }
        }
        var withdrawals = seated.Select(e => Outcome(admin.WithdrawEnrollmentAsync(new WithdrawEnrollmentRequest { EnrollmentId = e.EnrollmentId, Reason = "工作调动" }).ResponseAsync));
        var confirmations = waiting.Select(e => Outcome(admin.ConfirmEnrollmentAsync(new ConfirmEnrollmentRequest { EnrollmentId = e.EnrollmentId }).ResponseAsync));
        var refused = waiting.Select(e => Outcome(township.ConfirmEnrollmentAsync(new ConfirmEnrollmentRequest { EnrollmentId = e.EnrollmentId }).ResponseAsync));
        var outcomes = await Task.WhenAll(withdrawals.Concat(confirmations).Concat(refused));

        outcomes.Take(10).ShouldAllBe(o => o == nameof(EnrollmentStatus.Withdrawn));
        outcomes.Skip(10).Take(20).ShouldAllBe(o => o == nameof(EnrollmentStatus.Confirmed) || o == nameof(EnrollmentStatus.Waitlisted));
        outcomes.Skip(30).ShouldAllBe(o => o == "class_not_run_by_caller");
        var list = (await admin.ListEnrollmentsAsync(new ListEnrollmentsRequest { ClassId = training.ClassId, PageSize = 100 })).Enrollments;
        list.Count(e => e.Status == EnrollmentStatus.Confirmed).ShouldBe(10);
        list.Where(e => e.Status == EnrollmentStatus.Confirmed).ShouldAllBe(e => waiting.Any(w => w.EnrollmentId == e.EnrollmentId));
        list.Where(e => e.Status == EnrollmentStatus.Waitlisted).Select(e => e.WaitlistPosition).Order().ShouldBe(Enumerable.Range(1, 10));
        (await admin.GetClassAsync(new GetClassRequest { ClassId = training.ClassId })).ConfirmedCount.ShouldBe(10);
        (await host.CountAsync("outbox_messages", $"payload->>'classId' = '{training.ClassId}' AND message_type LIKE '%TraineeConfirmed%'")).ShouldBe(20);
        (await host.CountAsync("outbox_messages", $"payload->>'classId' = '{training.ClassId}' AND message_type LIKE '%TraineeWithdrawn%'")).ShouldBe(10);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Two_thousand_parallel_self_selections_of_a_two_hundred_seat_course_seat_exactly_two_hundred(bool cpuSaturated)
    {
        var unit = host.Unique("自主选学单位");
        var cadres = await host.ImportAsync("fn.admin", "fn", [.. Enumerable.Range(0, 2000).Select(i => new Person(unit, $"{unit}学员{i}"))]);
        var course = await host.OpenClassAsync("fy.admin", "fy", Details(host.Unique("自主选学：数字政府建设"), capacity: 200, mode: ClassMode.SelfSelected, daysFromToday: 10));
        var portals = new[] { await host.ClientFor("fn.admin"), await host.ClientFor("fy.admin") };

        using var load = CpuLoad.When(cpuSaturated);
        var outcomes = await Task.WhenAll(cadres.Values.Select(async (c, i) =>
        {
            try
            {
                await portals[i % 2].SelectCourseAsync(new SelectCourseRequest { ClassId = course.ClassId, CadreId = c.CadreId });
                return "";
            }
            catch (RpcException ex) when (ex.StatusCode == StatusCode.FailedPrecondition)
            {
                return ex.GetRpcStatus()!.GetDetail<ErrorInfo>().Reason;
            }
        }));

        outcomes.Count(o => o == "").ShouldBe(200);
        outcomes.Where(o => o != "").ShouldAllBe(o => o == "class_full");
        (await host.CountAsync("participants", $"class_id = '{course.ClassId}' AND status = {(int)EnrollmentStatus.Confirmed}")).ShouldBe(200);
        (await portals[1].GetClassAsync(new GetClassRequest { ClassId = course.ClassId })).ConfirmedCount.ShouldBe(200);
    }
}
