namespace PartySchoolNet.Enrollment.Credits;

/// <summary>
/// Whether a trainee earns a class's hours: the hours of sessions missed (on leave or absent) may not exceed the
/// configured share of all session hours; being late counts as attending. A class without sessions credits everyone.
/// </summary>
internal sealed record AttendanceRule(double MaxMissedShare)
{
    public TraineeOutcome Apply(decimal classHours, decimal sessionHours, decimal missedHours)
    {
        var credited = sessionHours == 0 || (double)(missedHours / sessionHours) <= MaxMissedShare + 1e-9;
        return new TraineeOutcome(credited ? classHours : 0, sessionHours - missedHours, missedHours);
    }
}

internal readonly record struct TraineeOutcome(decimal CreditedHours, decimal AttendedHours, decimal MissedHours);
