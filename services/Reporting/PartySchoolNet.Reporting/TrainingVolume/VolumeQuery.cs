using PartySchoolNet.Reporting.Contracts;
using PartySchoolNet.Reporting.Periods;

namespace PartySchoolNet.Reporting.TrainingVolume;

/// <summary>A volume request, checked: the months and the dimensions to group by.</summary>
internal sealed record VolumeQuery(MonthRange Months, Guid SchoolId, IReadOnlySet<VolumeDimension> GroupBy)
{
    public static VolumeQuery Read(GetTrainingVolumeRequest request, DateTimeOffset now)
    {
        var errors = new FieldErrors();
        var months = MonthRange.Read(errors, request.FromMonth, request.ToMonth, now);
        var schoolId = errors.Id(request.SchoolId, "school_id", "学校", required: false);
        errors.When(request.GroupBy.Any(d => d == VolumeDimension.Unspecified || !Enum.IsDefined(d)), "group_by", "分组方式不正确").ThrowIfAny();
        return new VolumeQuery(months, schoolId, request.GroupBy.ToHashSet());
    }
}
