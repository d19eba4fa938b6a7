using PartySchoolNet.Enrollment.Classes;
using PartySchoolNet.Enrollment.Selection;

namespace PartySchoolNet.Enrollment.Credits;

/// <summary>
/// Credits a completed class's trainees by the attendance rule: the hours on each participant, a ledger record for each
/// above zero, and the line each gets in <see cref="ClassCompleted"/>. One loop for the service's completion and the demo's.
/// </summary>
internal static class ClassCrediting
{
    public static List<TraineeCredit> Credit(TrainingClass training, IEnumerable<Participant> trainees, decimal sessionHours,
        IReadOnlyDictionary<Guid, decimal> missedByTrainee, AttendanceRule rule, Action<CreditRecord> record, Func<Participant, (string Name, string UnitName)> namesOf)
    {
        var credits = new List<TraineeCredit>();
        foreach (var trainee in trainees)
        {
            var outcome = rule.Apply(training.CreditHours, sessionHours, missedByTrainee.GetValueOrDefault(trainee.Id));
            trainee.Credit(outcome.CreditedHours);
            if (outcome.CreditedHours > 0)
            {
                record(CreditRecord.For(training, trainee.CadreId, outcome.CreditedHours));
            }
            var (name, unitName) = namesOf(trainee);
            credits.Add(new TraineeCredit(trainee.CadreId, trainee.UnitId, trainee.SchoolId, trainee.SchoolPath, trainee.PositionLevel,
                outcome.CreditedHours, outcome.AttendedHours, outcome.MissedHours, name, unitName));
        }
        return credits;
    }
}
