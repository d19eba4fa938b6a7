using PartySchoolNet.Enrollment.Contracts;

namespace PartySchoolNet.Reporting.TrainingVolume;

/// <summary>The completed classes of one school in one month, of one category and mode: what every volume query sums.</summary>
public sealed class VolumeCell
{
    public Guid SchoolId { get; private set; }
    public string SchoolPath { get; private set; } = "";
    public DateOnly Month { get; private set; }
    public ClassCategory Category { get; private set; }
    public ClassMode Mode { get; private set; }
    public int Classes { get; private set; }
    public int Sessions { get; private set; }
    public int TraineeTimes { get; private set; }
    public decimal CreditedHours { get; private set; }
}

/// <summary>The same, summed over categories and modes: what a query read by school, tier or month reads, a twelfth of the rows.</summary>
public sealed class VolumeMonth
{
    public Guid SchoolId { get; private set; }
    public string SchoolPath { get; private set; } = "";
    public DateOnly Month { get; private set; }
    public int Classes { get; private set; }
    public int Sessions { get; private set; }
    public int TraineeTimes { get; private set; }
    public decimal CreditedHours { get; private set; }
}
