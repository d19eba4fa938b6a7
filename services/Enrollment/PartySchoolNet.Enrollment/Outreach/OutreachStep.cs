namespace PartySchoolNet.Enrollment.Outreach;

/// <summary>Where an approved request's process stands; each step's call carries a request id derived from the request and step.</summary>
public enum OutreachStep
{
    None = 0,
    Reserve = 1,
    AwaitLending = 2,
    Book = 3,
    Schedule = 4,
}
