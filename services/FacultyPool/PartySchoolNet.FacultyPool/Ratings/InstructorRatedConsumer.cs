using Microsoft.EntityFrameworkCore;
using PartySchoolNet.FacultyPool.Data;
using PartySchoolNet.Messaging.Inbox;
using PartySchoolNet.QualityEvaluation.Contracts;

namespace PartySchoolNet.FacultyPool.Ratings;

/// <summary>
/// Adds a rating to the instructor's sum and count once per rating id, whatever message carries it: the rating row and the
/// sum commit together with the inbox row. Ratings of instructors this pool does not know are kept out and logged.
/// </summary>
internal sealed class InstructorRatedConsumer(FacultyPoolDbContext db, ILogger<InstructorRatedConsumer> logger) : IdempotentConsumer<InstructorRated>(db)
{
    protected override async Task HandleAsync(InstructorRated message, CancellationToken ct)
    {
        if (message.Score is < 0 or > 100 || double.IsNaN(message.Score))
        {
            logger.LogWarning("Rating {RatingId} has score {Score} outside 0–100; ignored", message.RatingId, message.Score);
            return;
        }
        var counted = await db.Database.ExecuteSqlAsync(
            $"""
            WITH added AS (
                INSERT INTO instructor_ratings (rating_id, instructor_id, score, respondents, reference_id, rated_at)
                SELECT {message.RatingId}, id, {message.Score}, {message.Respondents}, {message.ReferenceId}, {message.RatedAt.ToUniversalTime()}
                FROM instructors WHERE id = {message.InstructorId}
                ON CONFLICT (rating_id) DO NOTHING
                RETURNING instructor_id, score)
            UPDATE instructors SET rating_sum = rating_sum + added.score, rating_count = rating_count + 1
            FROM added WHERE instructors.id = added.instructor_id
            """, ct);
        if (counted == 0)
        {
            logger.LogInformation("Rating {RatingId} of instructor {InstructorId} already counted or instructor unknown", message.RatingId, message.InstructorId);
        }
    }
}
