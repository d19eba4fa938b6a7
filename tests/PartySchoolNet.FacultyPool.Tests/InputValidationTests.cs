using Grpc.Core;
using PartySchoolNet.FacultyPool.Contracts;
using PartySchoolNet.Testing;
using Shouldly;
using static PartySchoolNet.FacultyPool.Tests.FacultyPoolHost;

namespace PartySchoolNet.FacultyPool.Tests;

public sealed class InputValidationTests(FacultyPoolHost host) : IClassFixture<FacultyPoolHost>
{
    [Fact]
    public async Task A_NUL_character_in_any_text_is_refused_naming_each_field_and_nothing_is_stored()
    {
        var details = Details("空字符\0教师");
        details.Topics.Add("乡村振兴\0");
        var topic = new DefineTopicRequest { Name = "数字\0治理", Description = "\0" };

        var instructor = await host.RegisterAsync("fn.admin", "fn", details).ShouldFailWith(StatusCode.InvalidArgument);
        var defined = await (await host.ClientFor("fy.admin")).DefineTopicAsync(topic).ShouldFailWith(StatusCode.InvalidArgument);

        instructor.FieldViolations().ShouldBe(["details.name", "details.topics[2]"], ignoreOrder: true);
        defined.FieldViolations().ShouldBe(["name", "description"], ignoreOrder: true);
        (await host.CountAsync("instructors", "name LIKE '空字符%'")).ShouldBe(0);
    }

    [Fact]
    public async Task Every_bad_instructor_field_is_named_at_once_and_nothing_is_stored()
    {
        var details = Details("无效教师");
        details.Topics.Add("占星术");
        details.MonthlyLoadLimit = -1;
        details.MaxAudience = -5;
        details.Kind = InstructorKind.Unspecified;
        details.SharedWith = SharingScope.Unspecified;
        details.Availability.Add(new AvailabilityWindow { Weekday = 8, From = "18:00", Until = "09:00" });
        details.Blackouts.Add(new Blackout { FirstDay = "2026-06-15", LastDay = "2026-05-25", Reason = "三夏农忙" });
        details.Location = new Google.Type.LatLng { Latitude = 95, Longitude = 115 };

        var ex = await host.RegisterAsync("fn.admin", "fn", details).ShouldFailWith(StatusCode.InvalidArgument);

        ex.FieldViolations().ShouldBe([
            "details.kind", "details.topics", "details.monthly_load_limit", "details.max_audience", "details.shared_with", "details.location.latitude",
            "details.availability[7].weekday", "details.availability[7].until", "details.blackouts[0].last_day",
        ], ignoreOrder: true);
        ex.Status.Detail.ShouldContain("占星术");
        (await host.CountAsync("instructors", "name = '无效教师'")).ShouldBe(0);
    }

    [Fact]
    public async Task A_slot_ending_before_it_starts_is_refused_on_its_end_time()
    {
        var instructor = await host.RegisterAsync("fn.admin", "fn", Details("时间倒置测试教师"));
        var day = host.FreshMonday();

        var ex = await (await host.ClientFor("fn.admin")).AssignInstructorAsync(Assign(instructor, Slot(At(day, 11), At(day, 9)))).ShouldFailWith(StatusCode.InvalidArgument);

        ex.FieldViolations().ShouldBe(["slot.end_time"]);
        (await host.CountAsync("assignments", $"instructor_id = '{instructor.InstructorId}'")).ShouldBe(0);
    }

    [Fact]
    public async Task Slots_outside_the_instructor_s_hours_or_in_a_blackout_are_refused()
    {
        var details = Details("停课时段测试教师");
        var day = host.FreshMonday();
        details.Blackouts.Add(new Blackout { FirstDay = day.AddDays(1).ToString("yyyy-MM-dd"), LastDay = day.AddDays(2).ToString("yyyy-MM-dd"), Reason = "换届选举" });
        var instructor = await host.RegisterAsync("fn.admin", "fn", details);
        var client = await host.ClientFor("fn.admin");

        var evening = await client.AssignInstructorAsync(Assign(instructor, Slot(At(day, 19), At(day, 21)))).ShouldFailWith(StatusCode.InvalidArgument);
        var blackedOut = await client.AssignInstructorAsync(Assign(instructor, Slot(At(day.AddDays(1), 9), At(day.AddDays(1), 11)))).ShouldFailWith(StatusCode.FailedPrecondition);

        evening.FieldViolations().ShouldBe(["slot.start_time"]);
        blackedOut.Status.Detail.ShouldContain("换届选举");
    }

    [Fact]
    public async Task A_school_cannot_ask_to_borrow_its_own_instructor()
    {
        var instructor = await host.RegisterAsync("fn.admin", "fn", Details("自借测试教师"));
        var day = host.FreshMonday();

        var ex = await (await host.ClientFor("fn.dispatcher")).RequestLendingAsync(new RequestLendingRequest { InstructorId = instructor.InstructorId, Slot = Slot(At(day, 9), At(day, 10)) })
            .ShouldFailWith(StatusCode.InvalidArgument);

        ex.FieldViolations().ShouldBe(["requesting_school_id"]);
        (await host.CountAsync("lending_requests", $"instructor_id = '{instructor.InstructorId}'")).ShouldBe(0);
    }

    [Fact]
    public async Task Matching_names_an_unknown_topic_and_reversed_times()
    {
        var day = host.FreshMonday();
        var request = new MatchInstructorsRequest { Topic = "占星术", StartTime = At(day, 11), EndTime = At(day, 9), AudienceSize = 0 };

        var ex = await (await host.ClientFor("fn.dispatcher")).MatchInstructorsAsync(request).ShouldFailWith(StatusCode.InvalidArgument);

        ex.FieldViolations().ShouldBe(["topic", "end_time", "audience_size"], ignoreOrder: true);
    }

    [Fact]
    public async Task Malformed_and_unknown_ids_are_told_apart()
    {
        var client = await host.ClientFor("fn.admin");

        (await client.GetInstructorAsync(new GetInstructorRequest { InstructorId = "不是编号" }).ShouldFailWith(StatusCode.InvalidArgument)).FieldViolations().ShouldBe(["instructor_id"]);
        await client.GetInstructorAsync(new GetInstructorRequest { InstructorId = Guid.NewGuid().ToString() }).ShouldFailWith(StatusCode.NotFound);
    }

    [Fact]
    public async Task Only_the_city_defines_topics_and_a_new_topic_can_be_chosen_at_once()
    {
        var city = await host.ClientFor("fy.admin");
        await (await host.ClientFor("fn.admin")).DefineTopicAsync(new DefineTopicRequest { Name = "县里自定专题" }).ShouldFailWith(StatusCode.PermissionDenied);

        await city.DefineTopicAsync(new DefineTopicRequest { Name = "数字乡村", Description = "数字技术赋能乡村治理" });
        var details = Details("新专题测试教师");
        details.Topics.Insert(0, "数字乡村");
        var instructor = await host.RegisterAsync("fn.admin", "fn", details);
        await city.DefineTopicAsync(new DefineTopicRequest { Name = "数字乡村", Retired = true });
        var late = Details("停用专题测试教师");
        late.Topics.Add("数字乡村");

        instructor.Details.Topics[0].ShouldBe("数字乡村");
        (await host.RegisterAsync("fn.admin", "fn", late).ShouldFailWith(StatusCode.InvalidArgument)).Status.Detail.ShouldContain("已停用");
        (await city.GetVocabularyAsync(new GetVocabularyRequest())).Topics.ShouldContain(t => t.Name == "数字乡村" && t.Retired);
    }

    [Fact]
    public async Task An_update_from_a_stale_version_is_refused_and_overwrites_nothing()
    {
        var instructor = await host.RegisterAsync("fn.admin", "fn", Details("版本冲突测试教师"));
        var client = await host.ClientFor("fn.admin");
        var first = Details("版本冲突测试教师", monthlyLoad: 8);
        var second = Details("版本冲突测试教师", monthlyLoad: 2);

        await client.UpdateInstructorAsync(new UpdateInstructorRequest { InstructorId = instructor.InstructorId, ExpectedVersion = instructor.Version, Details = first });
        await client.UpdateInstructorAsync(new UpdateInstructorRequest { InstructorId = instructor.InstructorId, ExpectedVersion = instructor.Version, Details = second })
            .ShouldFailWith(StatusCode.FailedPrecondition);

        (await client.GetInstructorAsync(new GetInstructorRequest { InstructorId = instructor.InstructorId })).Details.MonthlyLoadLimit.ShouldBe(8);
    }
}
