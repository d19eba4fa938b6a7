namespace PartySchoolNet.Enrollment;

/// <summary>The <c>Enrollment</c> configuration section: the school's rules for credit and repeat training.</summary>
public sealed class EnrollmentOptions
{
    /// <summary>Seeds demo units, cadres and a year of classes for every school Identity registers.</summary>
    public bool SeedDemoData { get; set; }

    /// <summary>A trainee whose leave and absence exceed this share of the class's session hours is not credited (1/7 by default).</summary>
    public double MaxMissedShare { get; set; } = 1.0 / 7;

    /// <summary>Training in the same category within this many years is flagged, for classes that do not set their own window.</summary>
    public int RepeatWindowYears { get; set; } = 2;

    /// <summary>Hours a cadre must earn each year, by position level.</summary>
    public Dictionary<PositionLevel, decimal> AnnualRequirement { get; set; } = new()
    {
        [PositionLevel.CountyHead] = 110, [PositionLevel.CountyDeputy] = 110,
        [PositionLevel.SectionHead] = 90, [PositionLevel.SectionDeputy] = 90, [PositionLevel.GeneralStaff] = 90,
        [PositionLevel.VillageSecretary] = 48, [PositionLevel.VillageCommittee] = 32, [PositionLevel.PartyActivist] = 24,
    };

    public decimal RequiredHours(PositionLevel level) => AnnualRequirement.GetValueOrDefault(level);
}
