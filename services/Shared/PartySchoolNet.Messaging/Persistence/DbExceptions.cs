using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace PartySchoolNet.Messaging.Persistence;

public static class DbExceptions
{
    /// <summary>True when PostgreSQL refused the save because of a unique index; <paramref name="constraint"/> names it.</summary>
    public static bool IsUniqueViolation(this DbUpdateException ex, out string constraint)
    {
        constraint = ex.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } pg ? pg.ConstraintName ?? "" : "";
        return constraint.Length > 0;
    }

    /// <summary>True when an exclusion constraint refused the save (e.g. two bookings of one site over the same time).</summary>
    public static bool IsExclusionViolation(this DbUpdateException ex) => ex.IsExclusionViolation(out _);

    /// <summary>As <see cref="IsExclusionViolation(DbUpdateException)"/>, naming the constraint, for tables with several.</summary>
    public static bool IsExclusionViolation(this DbUpdateException ex, out string constraint)
    {
        if (ex.InnerException is PostgresException { SqlState: PostgresErrorCodes.ExclusionViolation } pg)
        {
            constraint = pg.ConstraintName ?? "";
            return true;
        }
        constraint = "";
        return false;
    }
}
