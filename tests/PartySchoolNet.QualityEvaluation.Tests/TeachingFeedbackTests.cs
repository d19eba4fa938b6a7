using Google.Rpc;
using Grpc.Core;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;
using PartySchoolNet.Identity.Contracts;
using PartySchoolNet.QualityEvaluation.Contracts;
using PartySchoolNet.Testing;
using Shouldly;

namespace PartySchoolNet.QualityEvaluation.Tests;

/// <summary>
/// 教学评估: a completed class hands its trainees one-time codes; they answer anonymously, once; the class's school reads
/// the figures and closes the feedback, which rates each instructor once.
/// </summary>
public sealed class TeachingFeedbackTests(EvaluationHost host) : IClassFixture<EvaluationHost>
{
    private readonly FeedbackWorld _world = new(host);

    [Fact]
    public async Task Forty_trainees_answer_at_once_used_codes_are_refused_and_the_figures_are_their_answers()
    {
        var (teacherA, teacherB) = (Guid.NewGuid(), Guid.NewGuid());
        var completed = await _world.CompleteClassAsync("fn", 42, teacherA, teacherA, teacherB);
        var codes = await _world.CodesAsync(completed);
        var sheets = codes.Take(40).Select((code, i) => FeedbackWorld.Sheet(code, completed, new Random(i))).ToList();
        var trainee = _world.Trainee();

        // The forty sheets and ten of them again, all at once: each code stores one sheet.
        var sent = await Task.WhenAll(sheets.Concat(sheets.Take(10)).Select(async sheet =>
        {
            try
            {
                await trainee.SubmitFeedbackAsync(sheet);
                return "stored";
            }
            catch (RpcException ex) when (ex.StatusCode == StatusCode.FailedPrecondition)
            {
                return ex.GetRpcStatus()!.GetDetail<ErrorInfo>().Reason;
            }
        }));
        var results = await FeedbackWorld.Desk(await host.ChannelFor("fn.admin")).GetFeedbackResultsAsync(new GetFeedbackResultsRequest { ClassId = completed.Class.ClassId.ToString() });

        sent.Count(s => s == "stored").ShouldBe(40);
        sent.Count(s => s == "feedback_code_used").ShouldBe(10);
        results.Tickets.ShouldBe(42);
        results.Responses.ShouldBe(40);
        results.ResponseRate.ShouldBe(Math.Round(100.0 * 40 / 42, 1));
        results.Questions.Single(q => q.QuestionKey == "overall").Mean.ShouldBe(Math.Round(sheets.Average(s => Score(s, "overall")), 2));
        results.Questions.Single(q => q.QuestionKey == "most_useful").Options.Single(o => o.Option == "履职能力").Count
            .ShouldBe(sheets.Count(s => s.Answers.Single(a => a.QuestionKey == "most_useful").Choices.Contains("履职能力")));
        results.Questions.Single(q => q.QuestionKey == "suggestions").Texts.Count.ShouldBe(40);
        results.Instructors.Single(i => i.InstructorId == teacherA.ToString()).Score
            .ShouldBe(Math.Round(sheets.SelectMany(s => Teaching(s, completed, 0, 1)).Average() * 20, 2));
        results.Instructors.Single(i => i.InstructorId == teacherB.ToString()).Score
            .ShouldBe(Math.Round(sheets.SelectMany(s => Teaching(s, completed, 2)).Average() * 20, 2));
        results.Sessions.ShouldAllBe(s => s.Respondents == 40 && !s.Withheld);
    }

    [Fact]
    public async Task Closing_rates_each_instructor_once_however_often_it_runs_and_no_answer_is_taken_after_it()
    {
        var (teacherA, teacherB, teacherC) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        var completed = await _world.CompleteClassAsync("fn", 9, teacherA, teacherB, teacherC);
        var codes = await _world.CodesAsync(completed);
        var trainee = _world.Trainee();
        foreach (var (code, i) in codes.Take(6).Select((c, i) => (c, i)))
        {
            await trainee.SubmitFeedbackAsync(FeedbackWorld.Sheet(code, completed, new Random(100 + i)));
        }
        var desk = FeedbackWorld.Desk(await host.ChannelFor("fn.admin"));
        var classId = completed.Class.ClassId.ToString();

        var closings = await Task.WhenAll(Enumerable.Range(0, 3).Select(async _ =>
        {
            try
            {
                return (await desk.CloseFeedbackAsync(new CloseFeedbackRequest { ClassId = classId })).Closed;
            }
            catch (RpcException ex) when (ex.StatusCode == StatusCode.FailedPrecondition)
            {
                return true;
            }
        }));
        var again = await desk.CloseFeedbackAsync(new CloseFeedbackRequest { ClassId = classId });
        var late = await trainee.SubmitFeedbackAsync(FeedbackWorld.Sheet(codes[8], completed, new Random(7))).ShouldFailWith(StatusCode.FailedPrecondition);

        closings.ShouldAllBe(closed => closed);
        again.Closed.ShouldBeTrue();
        late.GetRpcStatus()!.GetDetail<ErrorInfo>().Reason.ShouldBe("feedback_closed");
        var rated = await RatingsPublishedAsync(classId);
        rated.ShouldBe([(teacherA.ToString(), 6), (teacherB.ToString(), 6), (teacherC.ToString(), 6)], ignoreOrder: true);
        (await host.CountAsync("outbox_messages", $"message_type LIKE '%FeedbackClosed%' AND payload->>'classId' = '{classId}'")).ShouldBe(1);
    }

    [Fact]
    public async Task An_instructor_rated_by_fewer_than_five_is_neither_shown_nor_published()
    {
        var (teacherA, teacherB) = (Guid.NewGuid(), Guid.NewGuid());
        var completed = await _world.CompleteClassAsync("fn", 4, teacherA, teacherB);
        var codes = await _world.CodesAsync(completed);
        foreach (var (code, i) in codes.Select((c, i) => (c, i)))
        {
            await _world.Trainee().SubmitFeedbackAsync(FeedbackWorld.Sheet(code, completed, new Random(200 + i)));
        }

        var closed = await FeedbackWorld.Desk(await host.ChannelFor("fn.admin")).CloseFeedbackAsync(new CloseFeedbackRequest { ClassId = completed.Class.ClassId.ToString() });

        closed.Instructors.ShouldAllBe(i => i.Withheld && i.Score == 0 && i.Respondents == 4);
        closed.Sessions.ShouldAllBe(s => s.Withheld && s.Score == 0);
        (await RatingsPublishedAsync(completed.Class.ClassId.ToString())).ShouldBeEmpty();
    }

    [Fact]
    public async Task A_sheet_that_does_not_fit_the_form_is_refused_field_by_field_and_its_code_stays_good()
    {
        var completed = await _world.CompleteClassAsync("fn", 2, Guid.NewGuid());
        var code = (await _world.CodesAsync(completed))[0];
        var sheet = FeedbackWorld.Sheet(code, completed, new Random(1));
        var bad = sheet.Clone();
        bad.Answers[0].Score = 6;
        bad.Answers[3].SessionId = Guid.NewGuid().ToString();
        bad.Answers.Add(new FeedbackAnswer { QuestionKey = "no_such_question", Score = 3 });
        bad.Answers.RemoveAt(1);
        var trainee = _world.Trainee();

        var refused = await trainee.SubmitFeedbackAsync(bad).ShouldFailWith(StatusCode.InvalidArgument);
        var malformed = await trainee.GetFeedbackFormAsync(new GetFeedbackFormRequest { Code = "12" }).ShouldFailWith(StatusCode.InvalidArgument);
        var unknown = await trainee.GetFeedbackFormAsync(new GetFeedbackFormRequest { Code = "ZZZZ-ZZZZ" }).ShouldFailWith(StatusCode.NotFound);
        var form = await trainee.GetFeedbackFormAsync(new GetFeedbackFormRequest { Code = code.ToLowerInvariant().Replace("-", " ", StringComparison.Ordinal) });
        await trainee.SubmitFeedbackAsync(sheet);

        refused.FieldViolations().ShouldBe(["answers[0].score", "answers[2].session_id", "answers[5].question_key", "answers"], ignoreOrder: true);
        malformed.FieldViolations().ShouldBe(["code"]);
        unknown.Status.Detail.ShouldContain("反馈码");
        form.Questions.Select(q => q.Key).ShouldContain("teaching");
        form.Sessions.Count.ShouldBe(1);
        (await host.CountAsync("feedback_responses", $"class_id = '{completed.Class.ClassId}'")).ShouldBe(1);
    }

    [Fact]
    public async Task The_class_school_hands_out_codes_its_scope_reads_results_and_free_text_stays_with_the_school()
    {
        var completed = await _world.CompleteClassAsync("fn", 5, Guid.NewGuid());
        var codes = await _world.CodesAsync(completed);
        foreach (var (code, i) in codes.Select((c, i) => (c, i)))
        {
            await _world.Trainee().SubmitFeedbackAsync(FeedbackWorld.Sheet(code, completed, new Random(300 + i)));
        }
        var request = new GetFeedbackResultsRequest { ClassId = completed.Class.ClassId.ToString() };
        var otherCounty = host.Unique("yz.feedback");
        await host.CreateAccountAsync(otherCounty, "yz", Roles.SchoolAdmin);

        var city = await FeedbackWorld.Desk(await host.ChannelFor("fy.admin")).GetFeedbackResultsAsync(request);
        await FeedbackWorld.Desk(await host.ChannelFor("wjb.admin")).GetFeedbackResultsAsync(request).ShouldFailWith(StatusCode.PermissionDenied);
        await FeedbackWorld.Desk(await host.ChannelFor(otherCounty)).GetFeedbackResultsAsync(request).ShouldFailWith(StatusCode.PermissionDenied);
        var instructor = await FeedbackWorld.Desk(await host.ChannelFor("fn.instructor")).GetFeedbackResultsAsync(request);
        await FeedbackWorld.Desk(await host.ChannelFor("fy.admin")).ListFeedbackTicketsAsync(new ListFeedbackTicketsRequest { ClassId = request.ClassId })
            .ShouldFailWith(StatusCode.PermissionDenied);
        await FeedbackWorld.Desk(await host.ChannelFor("fn.admin")).GetFeedbackResultsAsync(new GetFeedbackResultsRequest { ClassId = "x" })
            .ShouldFailWith(StatusCode.InvalidArgument);

        city.Responses.ShouldBe(5);
        city.Questions.Single(q => q.QuestionKey == "suggestions").Texts.ShouldBeEmpty();
        instructor.Questions.Single(q => q.QuestionKey == "suggestions").Texts.ShouldBeEmpty();
        instructor.Instructors.Single().Respondents.ShouldBe(5);
        codes.ShouldAllBe(c => c.Length == 9 && c[4] == '-');
        (await _world.CodesAsync(completed)).ShouldBe(codes);
    }

    [Fact]
    public async Task A_class_feedback_opens_as_a_workbook_with_the_apis_figures_and_chinese_headers_and_not_outside_its_scope()
    {
        var completed = await _world.CompleteClassAsync("fn", 6, Guid.NewGuid(), Guid.NewGuid());
        var codes = await _world.CodesAsync(completed);
        foreach (var (code, i) in codes.Select((c, i) => (c, i)))
        {
            await _world.Trainee().SubmitFeedbackAsync(FeedbackWorld.Sheet(code, completed, new Random(400 + i)));
        }
        var url = $"/api/v1/quality-evaluation/feedback/classes/{completed.Class.ClassId}/results.xlsx";
        var api = await FeedbackWorld.Desk(await host.ChannelFor("fn.admin")).GetFeedbackResultsAsync(new GetFeedbackResultsRequest { ClassId = completed.Class.ClassId.ToString() });

        using var response = await (await host.HttpFor("fn.admin")).GetAsync(url);
        await using var workbook = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        using var outside = await (await host.HttpFor("wjb.admin")).GetAsync(url);

        response.StatusCode.ShouldBe(System.Net.HttpStatusCode.OK);
        workbook.GetSheetNames().ShouldBe(["概况", "各题", "选项", "课次", "意见建议"]);
        var questions = workbook.Query(useHeaderRow: true, sheetName: "各题").Cast<IDictionary<string, object>>().ToList();
        questions[0].Keys.ShouldBe(["分组", "题目", "题型", "回答人数", "平均分"]);
        questions.Count.ShouldBe(api.Questions.Count);
        workbook.Query(useHeaderRow: true, sheetName: "课次").Count().ShouldBe(2);
        workbook.Query(useHeaderRow: true, sheetName: "意见建议").Count().ShouldBe(6);
        outside.StatusCode.ShouldBe(System.Net.HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task A_school_sets_its_own_questionnaire_and_its_next_class_asks_it_and_rates_teaching_on_a_hundred_points()
    {
        var school = (await host.SchoolIdAsync("wjb")).ToString();
        var admin = FeedbackWorld.Desk(await host.ChannelFor("wjb.admin"));
        var own = new SetFeedbackQuestionnaireRequest
        {
            SchoolId = school,
            Questions =
            {
                new FeedbackQuestion { Key = "overall", Text = "总体评价", Kind = QuestionKind.Rating100, Required = true },
                new FeedbackQuestion { Key = "teaching", Text = "授课效果", Kind = QuestionKind.Rating100, PerSession = true, Required = true },
            },
        };
        var set = await admin.SetFeedbackQuestionnaireAsync(own);
        await FeedbackWorld.Desk(await host.ChannelFor("fn.admin")).SetFeedbackQuestionnaireAsync(own).ShouldFailWith(StatusCode.PermissionDenied);
        var bad = own.Clone();
        bad.Questions[1].Kind = QuestionKind.Unspecified;
        (await admin.SetFeedbackQuestionnaireAsync(bad).ShouldFailWith(StatusCode.InvalidArgument)).FieldViolations().ShouldBe(["questions[1].kind"]);
        var teacher = Guid.NewGuid();
        var completed = await _world.CompleteClassAsync("wjb", 5, teacher);
        var codes = await _world.CodesAsync(completed, "wjb.admin");
        var form = await _world.Trainee().GetFeedbackFormAsync(new GetFeedbackFormRequest { Code = codes[0] });
        var scores = new[] { 90, 80, 70, 100, 85 };
        foreach (var (code, score) in codes.Zip(scores))
        {
            await _world.Trainee().SubmitFeedbackAsync(new SubmitFeedbackRequest
            {
                Code = code,
                Answers =
                {
                    new FeedbackAnswer { QuestionKey = "overall", Score = score },
                    new FeedbackAnswer { QuestionKey = "teaching", SessionId = completed.SessionsTaught[0].SessionId.ToString(), Score = score },
                },
            });
        }
        var results = await admin.GetFeedbackResultsAsync(new GetFeedbackResultsRequest { ClassId = completed.Class.ClassId.ToString() });
        var back = await admin.SetFeedbackQuestionnaireAsync(new SetFeedbackQuestionnaireRequest { SchoolId = school, UseStandard = true });

        set.Standard.ShouldBeFalse();
        form.Questions.Select(q => q.Key).ShouldBe(["overall", "teaching"]);
        results.Instructors.Single().Score.ShouldBe(scores.Average());
        back.Standard.ShouldBeTrue();
        back.Questions.Select(q => q.Key).ShouldContain("most_useful");
    }

    [Fact]
    public async Task Results_name_the_instructor_as_the_faculty_pool_last_did_whatever_order_its_events_arrive_in()
    {
        var teacher = Guid.NewGuid();
        FacultyPool.Contracts.InstructorSnapshot Named(string name, long version) => new()
        {
            InstructorId = teacher, HomeSchoolId = Guid.NewGuid(), HomeSchoolPath = "fy.fn", Name = name, Kind = FacultyPool.Contracts.InstructorKind.PartySchoolTeacher,
            Topics = ["乡村振兴"], SharedWith = FacultyPool.Contracts.SharingScope.County, MonthlyLoadLimit = 8, Retired = false, Version = version,
        };
        var bus = host.Services.GetRequiredService<MassTransit.IBus>();
        await bus.Publish(new FacultyPool.Contracts.InstructorChanged(Named("王建华", 2), DateTimeOffset.UtcNow));
        await bus.Publish(new FacultyPool.Contracts.InstructorRegistered(Named("王老师", 1), DateTimeOffset.UtcNow));
        await Eventually.Until(() => host.CountAsync("inbox_messages", "consumer IN ('InstructorChangedNames', 'InstructorRegisteredNames')"), n => n >= 2,
            TimeSpan.FromSeconds(60), "both instructor events");
        var completed = await _world.CompleteClassAsync("fn", 2, teacher);

        var results = await FeedbackWorld.Desk(await host.ChannelFor("fn.admin")).GetFeedbackResultsAsync(new GetFeedbackResultsRequest { ClassId = completed.Class.ClassId.ToString() });

        results.Instructors.Single().Name.ShouldBe("王建华");
        results.Sessions.Single().InstructorName.ShouldBe("王建华");
    }

    private static double Score(SubmitFeedbackRequest sheet, string key) => sheet.Answers.Single(a => a.QuestionKey == key).Score;

    private static IEnumerable<double> Teaching(SubmitFeedbackRequest sheet, Enrollment.Contracts.ClassCompleted completed, params int[] sessions) =>
        sessions.Select(i => sheet.Answers.Single(a => a.QuestionKey == "teaching" && a.SessionId == completed.SessionsTaught[i].SessionId.ToString()).Score);

    /// <summary>The ratings the closing put in the outbox for the class: instructor and respondents.</summary>
    private async Task<List<(string, int)>> RatingsPublishedAsync(string classId)
    {
        var rows = await TestInfrastructure.ScalarAsync<string>(host.ConnectionString, $"""
            SELECT coalesce(string_agg((payload->>'instructorId') || ':' || (payload->>'respondents'), ','), '')
            FROM outbox_messages WHERE message_type LIKE '%InstructorRated%' AND payload->>'referenceId' = '{classId}'
            """);
        return [.. rows.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(r => (r.Split(':')[0], int.Parse(r.Split(':')[1], System.Globalization.CultureInfo.InvariantCulture)))];
    }
}
