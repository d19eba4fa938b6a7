namespace PartySchoolNet.Enrollment.Partners;

/// <summary>A partner could not be reached or did not answer in time: the step is tried again later, with the same request id.</summary>
internal sealed class PartnerUnavailableException(string problem, Exception inner) : Exception(problem, inner);

/// <summary>A partner answered no (the instructor is taken, the site is booked…): <see cref="Exception.Message"/> is its reason, in Chinese.</summary>
internal sealed class PartnerRefusedException(string code, string message) : Exception(message)
{
    public string Code { get; } = code;
}
