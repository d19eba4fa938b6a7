namespace PartySchoolNet.Reporting.Coverage;

/// <summary>
/// One unit's cadres in one year, summed from the roster and the credits so that a report reads a row per unit instead of a
/// row per cadre. The arrays hold, for a "not trained for N years" window of N = 1 … <see cref="CoverageCells.Windows"/>,
/// the cadres with no credit in it, and those with a gap (short of hours, or not trained in it).
/// </summary>
public sealed class CoverageCell
{
    public Guid UnitId { get; private set; }
    public Guid SchoolId { get; private set; }
    public int Year { get; private set; }
    public string SchoolPath { get; private set; } = "";
    public string UnitName { get; private set; } = "";
    public int Cadres { get; private set; }
    public decimal RequiredHours { get; private set; }
    public decimal EarnedHours { get; private set; }
    public int Trained { get; private set; }
    public int Met { get; private set; }
    public int[] NotTrained { get; private set; } = [];
    public int[] Gaps { get; private set; } = [];
}

/// <summary>A year whose cells are kept (every year a report has been asked for).</summary>
public sealed class CoverageYear
{
    public int Year { get; private set; }
}
