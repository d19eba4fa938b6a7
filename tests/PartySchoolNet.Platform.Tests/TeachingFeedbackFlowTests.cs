using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using Grpc.Core;
using PartySchoolNet.Enrollment.Contracts;
using PartySchoolNet.FacultyPool.Contracts;
using PartySchoolNet.Identity.Contracts;
using PartySchoolNet.Platform.Tests.Portal;
using PartySchoolNet.QualityEvaluation.Contracts;
using PartySchoolNet.Testing;
using Shouldly;

namespace PartySchoolNet.Platform.Tests;

/// <summary>
/// 教学评估 across the services: a class completed in Enrollment gives its trainees feedback codes in QualityEvaluation; they
/// answer over the gateway without accounts; closing the feedback rates the instructor once in FacultyPool.
/// </summary>
[Collection(PlatformTests.Name)]
public sealed class TeachingFeedbackFlowTests(PlatformFixture platform)
{
    [Fact]
    public async Task Forty_trainees_rate_a_completed_class_over_the_gateway_and_its_instructor_is_rated_once_in_the_faculty_pool()
    {
        var county = await (await platform.IdentityThroughGatewayAsync("fn.admin")).WhoAmIAsync(new WhoAmIRequest());
        var faculty = new FacultyPoolService.FacultyPoolServiceClient(GrpcTesting.Channel(platform.GatewayGrpc, await platform.TokenAsync("fn.admin")));
        var instructor = (await AllDayInstructors.RegisterAsync(faculty, county.SchoolId, "乡村振兴", "评估讲师", 1))[0];
        var trainees = Enumerable.Range(1, 40).Select(i => string.Create(CultureInfo.InvariantCulture, $"学员{i:00}")).ToList();
        var training = await TownshipClass.StartAsync(platform, $"教学评估班{Random.Shared.Next(1000, 9999)}", instructor, trainees);
        await training.CompleteAsync(platform);
        var desk = new TeachingFeedbackService.TeachingFeedbackServiceClient(GrpcTesting.Channel(platform.GatewayGrpc, await platform.TokenAsync("wjb.admin")));
        var codes = await training.FeedbackCodesAsync(platform);

        // Every trainee at once, and ten of them tapping twice: no token, through the gateway's JSON.
        var scores = codes.Select((_, i) => 1 + (i % 5)).ToList();
        var answers = await Task.WhenAll(codes.Select((code, i) => SubmitAsync(code, training, scores[i])).Concat(codes.Take(10).Select((code, i) => SubmitAsync(code, training, scores[i]))));
        var results = await desk.GetFeedbackResultsAsync(new GetFeedbackResultsRequest { ClassId = training.ClassId });
        await desk.CloseFeedbackAsync(new CloseFeedbackRequest { ClassId = training.ClassId });
        var rated = await Eventually.Until(() => faculty.GetInstructorAsync(new GetInstructorRequest { InstructorId = instructor }).ResponseAsync,
            i => i.RatingCount > 0, TimeSpan.FromSeconds(60), "the instructor's rating in the faculty pool");
        await desk.CloseFeedbackAsync(new CloseFeedbackRequest { ClassId = training.ClassId });

        answers.Count(a => a == HttpStatusCode.OK).ShouldBe(40);
        answers.Count(a => a == HttpStatusCode.BadRequest).ShouldBe(10);
        results.Responses.ShouldBe(40);
        var expected = Math.Round(scores.Average() * 20, 2);
        results.Instructors.Single().Score.ShouldBe(expected);
        rated.RatingCount.ShouldBe(1);
        rated.Rating.ShouldBe(expected, 0.01);
    }

    /// <summary>A trainee's sheet as a phone would send it: every required question, the same score throughout.</summary>
    private async Task<HttpStatusCode> SubmitAsync(string code, TownshipClass training, int score)
    {
        object[] answers =
        [
            new { questionKey = "overall", score }, new { questionKey = "organisation", score }, new { questionKey = "content_fit", score },
            .. training.Sessions.Select(s => new { questionKey = "teaching", sessionId = s.SessionId, score }),
        ];
        using var response = await platform.Http().PostAsJsonAsync($"/api/v1/quality-evaluation/feedback/forms/{code}:submit", new { answers });
        return response.StatusCode;
    }
}
