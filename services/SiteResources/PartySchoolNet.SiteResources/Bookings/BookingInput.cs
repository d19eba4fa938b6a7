using Timestamp = Google.Protobuf.WellKnownTypes.Timestamp;
using PartySchoolNet.ServiceDefaults.Errors;
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

    /// <summary>A time range whose end comes after its start; either end may be reported on its own field.</summary>
    public static (DateTimeOffset? Start, DateTimeOffset? End) Range(
        this FieldErrors errors, Timestamp? start, Timestamp? end, string startField, string endField)
    {
        errors.When(start is null, startField, "开始时间不能为空").When(end is null, endField, "结束时间不能为空");
        if (start is null || end is null)
        {
            return (null, null);
        }
        var (from, until) = (start.ToDateTimeOffset(), end.ToDateTimeOffset());
        errors.When(until <= from, endField, "结束时间须晚于开始时间");
        return (from, until);
    }
}
