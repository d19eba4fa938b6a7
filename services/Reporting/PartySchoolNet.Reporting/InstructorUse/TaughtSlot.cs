namespace PartySchoolNet.Reporting.InstructorUse;

/// <summary>
/// One assignment of an instructor: who taught for whom, in which month (China time), how many hours, and whether for another
/// county than the instructor's own (lent); released ones do not count.
/// </summary>
public sealed class TaughtSlot
{
    public Guid AssignmentId { get; private set; }
    public Guid InstructorId { get; private set; }
    public string HomePath { get; private set; } = "";
    public string RequestingPath { get; private set; } = "";
    public DateOnly Month { get; private set; }
    public decimal Hours { get; private set; }
    public bool Released { get; private set; }
    public bool Lent { get; private set; }
}
