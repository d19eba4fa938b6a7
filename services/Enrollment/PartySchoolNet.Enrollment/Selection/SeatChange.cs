namespace PartySchoolNet.Enrollment.Selection;

/// <summary>One person's request to change a class's seats, checked as far as it can be before the class's turn.</summary>
internal abstract record SeatChange(Caller Caller);

internal sealed record ConfirmSeat(Caller Caller, Guid EnrollmentId) : SeatChange(Caller);

internal sealed record WithdrawSeat(Caller Caller, Guid EnrollmentId, string Reason) : SeatChange(Caller);

internal sealed record SelectSeat(Caller Caller, Guid ClassId, Cadre Cadre) : SeatChange(Caller);

/// <summary>What a change came to: the enrollment as it now stands, or the refusal the person reads.</summary>
internal readonly record struct SeatOutcome(Contracts.Enrollment? Enrollment, DomainException? Refusal);
