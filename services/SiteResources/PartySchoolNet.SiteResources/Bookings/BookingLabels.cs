using PartySchoolNet.SiteResources.Contracts;

namespace PartySchoolNet.SiteResources.Bookings;

internal static class BookingLabels
{
    public static string Status(BookingStatus status) => status switch
    {
        BookingStatus.Pending => "待审批",
        BookingStatus.Confirmed => "已确认",
        BookingStatus.Declined => "已拒绝",
        BookingStatus.Cancelled => "已取消",
        _ => "未知",
    };
}
