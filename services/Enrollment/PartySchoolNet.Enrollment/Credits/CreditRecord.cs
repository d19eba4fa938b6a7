namespace PartySchoolNet.Enrollment.Credits;

/// <summary>Hours credited to a cadre by a completed class, in the year the class ended: one line of the ledger (学时学分).</summary>
public sealed class CreditRecord
{
    public Guid CadreId { get; set; }
    public Guid ClassId { get; set; }
    public int Year { get; set; }
    public decimal Hours { get; set; }
    public ClassCategory Category { get; set; }
    public string ClassTitle { get; set; } = "";
    public DateOnly CompletedOn { get; set; }

    /// <summary>The ledger line a completed class gives one trainee, dated by the class's last day.</summary>
    internal static CreditRecord For(TrainingClass training, Guid cadreId, decimal hours) => new()
    {
        CadreId = cadreId, ClassId = training.Id, Year = training.EndDate.Year, Hours = hours,
        Category = training.Category, ClassTitle = training.Title, CompletedOn = training.EndDate,
    };
}
