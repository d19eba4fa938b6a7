using Microsoft.EntityFrameworkCore;
using Npgsql;
using PartySchoolNet.ServiceDefaults.Errors;

namespace PartySchoolNet.Persistence;

/// <summary>Which constraint refused a save, found as <see cref="Failures"/> finds every database failure: through the whole inner-exception chain.</summary>
public static class DbExceptions
{
    /// <summary>True when PostgreSQL refused the save because of a unique index; <paramref name="constraint"/> names it.</summary>
    public static bool IsUniqueViolation(this DbUpdateException ex, out string constraint) =>
        Refused(ex, PostgresErrorCodes.UniqueViolation, out constraint);

    /// <summary>True when an exclusion constraint refused the save (e.g. two bookings of one site over the same time).</summary>
    public static bool IsExclusionViolation(this DbUpdateException ex) => ex.IsExclusionViolation(out _);

    /// <summary>As <see cref="IsExclusionViolation(DbUpdateException)"/>, naming the constraint, for tables with several.</summary>
    public static bool IsExclusionViolation(this DbUpdateException ex, out string constraint) =>
        Refused(ex, PostgresErrorCodes.ExclusionViolation, out constraint);

    private static bool Refused(DbUpdateException ex, string sqlState, out string constraint)
    {
        var refusal = Failures.DatabaseError(ex) as PostgresException;
        constraint = refusal?.SqlState == sqlState ? refusal.ConstraintName ?? "" : "";
        return refusal?.SqlState == sqlState;
    }
}
