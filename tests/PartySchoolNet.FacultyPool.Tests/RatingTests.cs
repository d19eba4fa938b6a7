using MassTransit;
using PartySchoolNet.FacultyPool.Contracts;
using PartySchoolNet.QualityEvaluation.Contracts;
using PartySchoolNet.Testing;
using Shouldly;
using Microsoft.Extensions.DependencyInjection;
using static PartySchoolNet.FacultyPool.Tests.FacultyPoolHost;

namespace PartySchoolNet.FacultyPool.Tests;

public sealed class RatingTests(FacultyPoolHost host) : IClassFixture<FacultyPoolHost>
{
    private static readonly double[] Scores = [92.0, 85.0, 78.5];

    [Fact]
    public async Task Ratings_from_feedback_make_an_average_and_a_rating_published_twice_counts_once()
    {
        var instructor = await host.RegisterAsync("fn.admin", "fn", Details("评价汇总测试教师"));
        var id = Guid.Parse(instructor.InstructorId);
        var bus = host.Services.GetRequiredService<IBus>();
        var ratings = Scores.Select(score => new InstructorRated(Guid.NewGuid(), id, score, 40, "class-2026-17", DateTimeOffset.UtcNow)).ToList();

        foreach (var rating in ratings.Append(ratings[0]).Append(ratings[1]))
        {
            await bus.Publish(rating); // each publish has its own message id: only the rating id tells the duplicates
        }
        await Eventually.Until(() => host.CountAsync("inbox_messages", "consumer = 'InstructorRatedConsumer'"), n => n == 5, TimeSpan.FromSeconds(30), "five rating messages handled");
        var rated = await (await host.ClientFor("fn.admin")).GetInstructorAsync(new GetInstructorRequest { InstructorId = instructor.InstructorId });

        rated.RatingCount.ShouldBe(3);
        rated.Rating.ShouldBe(Math.Round(ratings.Average(r => r.Score), 2));
    }
}
