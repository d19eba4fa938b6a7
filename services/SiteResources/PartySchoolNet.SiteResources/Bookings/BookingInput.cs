using PartySchoolNet.ServiceDefaults.Errors;
using PartySchoolNet.ServiceDefaults.Time;
using PartySchoolNet.SiteResources.Contracts;

namespace PartySchoolNet.SiteResources.Bookings;

internal static class BookingInput
{
    public static BookingSpec? Booking(this FieldErrors errors, BookSiteRequest request, DateTimeOffset now)
    {
        var (start, end) = errors.Range(request.StartTime, request.EndTime, "start_time", "end_time");
        errors.When(start is { } s && s <= now, "start_time", "不能预约已经开始或过去的时段")
            .When(request.Purpose == BookingPurpose.Unspecified || !Enum.IsDefined(request.Purpose), "purpose", "请选择预约用途")
            .When(request.Title.Trim().Length is 0 or > 100, "title", "预约事由不能为空且不超过100个字符")
            .When(request.AudienceSize < 1, "audience_size", "参加人数须大于0")
            .When(request.ReferenceId.Length > 64, "reference_id", "关联编号不能超过64个字符")
            .When(request.RequestId.Length > 64, "request_id", "请求编号不能超过64个字符");
        return start is { } from && end is { } until
            ? new BookingSpec(from, until, request.Purpose, request.Title.Trim(), request.AudienceSize, request.ReferenceId.Trim(),
                request.RequestId.Length == 0 ? null : request.RequestId)
            : null;
    }
}
