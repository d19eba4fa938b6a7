namespace PartySchoolNet.Enrollment.Contracts;

/// <summary>How large a roster ImportRoster takes, checked by the service and, before sending, by the portal.</summary>
public static class RosterLimits
{
    /// <summary>
    /// The roster text in UTF-8, as it travels. Below the 4 MiB every hop takes (gRPC's receive limit, the gateway's body),
    /// with room for the JSON twin's escaping and the request's other fields; about 45,000 rows of a county's cadres.
    /// </summary>
    public const int MaxCsvBytes = 3 * 1024 * 1024;

    public const string TooLarge = "名册文件不能超过3MB（约4.5万行），请分批导入";
}
