using Grpc.Core;
using PartySchoolNet.Enrollment.Contracts;
using PartySchoolNet.Testing;
using Shouldly;
using static PartySchoolNet.Enrollment.Tests.EnrollmentHost;

namespace PartySchoolNet.Enrollment.Tests;

public sealed class InputValidationTests(EnrollmentHost host) : IClassFixture<EnrollmentHost>
{
    [Fact]
    public async Task A_class_with_every_field_wrong_is_refused_field_by_field_and_nothing_is_stored()
    {
        var title = host.Unique("全错班次");
        var details = new ClassDetails
        {
            Title = title, Category = ClassCategory.Unspecified, Mode = ClassMode.OnSite, StartDate = "2026-12-10", EndDate = "2026-12-01",
            Capacity = 0, CreditHours = 0.3, Criteria = new TargetCriteria { MinYearsOfService = 10, MaxYearsOfService = 5 },
            Quotas = { new UnitQuota { UnitId = "not-an-id", Seats = 1 } },
        };

        var refusal = await (await host.ClientFor("fn.admin")).CreateClassAsync(new CreateClassRequest { Details = details }).ShouldFailWith(StatusCode.InvalidArgument);

        refusal.FieldViolations().ShouldBe(
            ["details.category", "details.capacity", "details.credit_hours", "details.end_date", "details.criteria.max_years_of_service", "details.quotas[0].unit_id", "details.quotas[0].seats"],
            ignoreOrder: true);
        (await host.CountAsync("training_classes", $"title = '{title}'")).ShouldBe(0);
    }

    [Fact]
    public async Task Quotas_for_units_outside_the_owner_or_for_a_self_selected_course_are_refused()
    {
        var unit = host.Unique("颍州区直单位");
        var yzCadres = await host.ImportAsync("fy.admin", "yz", [new(unit, "颍州干部")]);
        var client = await host.ClientFor("fn.admin");
        var outside = Details(host.Unique("跨县名额班"));
        outside.Quotas.Add(new UnitQuota { UnitId = yzCadres["颍州干部"].UnitId, Seats = 5 });
        var selfSelected = Details(host.Unique("自主选学带名额"), mode: ClassMode.SelfSelected);
        selfSelected.Quotas.Add(new UnitQuota { UnitId = yzCadres["颍州干部"].UnitId, Seats = 5 });

        (await client.CreateClassAsync(new CreateClassRequest { Details = outside }).ShouldFailWith(StatusCode.InvalidArgument)).FieldViolations().ShouldBe(["details.quotas[0].unit_id"]);
        (await client.CreateClassAsync(new CreateClassRequest { Details = selfSelected }).ShouldFailWith(StatusCode.InvalidArgument)).FieldViolations().ShouldBe(["details.quotas"]);
    }

    [Fact]
    public async Task Unknown_ids_are_not_found_and_malformed_ids_are_invalid()
    {
        var client = await host.ClientFor("fn.admin");

        await client.GetClassAsync(new GetClassRequest { ClassId = Guid.NewGuid().ToString() }).ShouldFailWith(StatusCode.NotFound);
        (await client.GetClassAsync(new GetClassRequest { ClassId = "班次1" }).ShouldFailWith(StatusCode.InvalidArgument)).FieldViolations().ShouldBe(["class_id"]);
        await client.ConfirmEnrollmentAsync(new ConfirmEnrollmentRequest { EnrollmentId = Guid.NewGuid().ToString() }).ShouldFailWith(StatusCode.NotFound);
        await client.GetCadreAsync(new GetCadreRequest { CadreId = Guid.NewGuid().ToString() }).ShouldFailWith(StatusCode.NotFound);
        (await client.GetCreditLedgerAsync(new GetCreditLedgerRequest { CadreId = Guid.NewGuid().ToString(), Year = 1900 }).ShouldFailWith(StatusCode.InvalidArgument)).FieldViolations().ShouldBe(["year"]);
    }

    [Fact]
    public async Task A_session_outside_the_class_dates_or_overlapping_another_is_refused()
    {
        var client = await host.ClientFor("fn.admin");
        var training = await client.CreateClassAsync(new CreateClassRequest { Details = Details(host.Unique("课次校验班"), daysFromToday: 5, days: 2) });
        var day = DateOnly.Parse(training.Details.StartDate, System.Globalization.CultureInfo.InvariantCulture);
        AddSessionRequest Session(DateOnly on, int from, int until) => new()
        {
            ClassId = training.ClassId, Title = "专题讲座",
            StartTime = Google.Protobuf.WellKnownTypes.Timestamp.FromDateTimeOffset(new DateTimeOffset(on.ToDateTime(new TimeOnly(from, 0)), TimeSpan.FromHours(8))),
            EndTime = Google.Protobuf.WellKnownTypes.Timestamp.FromDateTimeOffset(new DateTimeOffset(on.ToDateTime(new TimeOnly(until, 0)), TimeSpan.FromHours(8))),
        };
        await client.AddSessionAsync(Session(day, 9, 11));

        (await client.AddSessionAsync(Session(day, 10, 12)).ShouldFailWith(StatusCode.InvalidArgument)).FieldViolations().ShouldBe(["start_time"]);
        (await client.AddSessionAsync(Session(day.AddDays(5), 9, 11)).ShouldFailWith(StatusCode.InvalidArgument)).FieldViolations().ShouldBe(["start_time"]);
        (await client.AddSessionAsync(Session(day, 11, 9)).ShouldFailWith(StatusCode.InvalidArgument)).FieldViolations().ShouldBe(["end_time"]);
    }
}
