using System.Globalization;
using PartySchoolNet.Enrollment.Contracts;
using PartySchoolNet.Platform.Tests.Portal;
using PartySchoolNet.Reporting.Contracts;
using PartySchoolNet.Testing;
using Shouldly;

namespace PartySchoolNet.Platform.Tests;

/// <summary>A class completed at 王家坝 through the gateway reaches the reports: Enrollment's event, the broker, Reporting's fold.</summary>
[Collection(PlatformTests.Name)]
public sealed class TrainingVolumeFlowTests(PlatformFixture platform)
{
    [Fact]
    public async Task A_completed_township_class_adds_its_class_sessions_trainees_and_hours_to_the_training_volume()
    {
        var training = await TownshipClass.StartAsync(platform, $"结业统计班{Random.Shared.Next(1000, 9999)}", "冯玉兰", "蒋立军");
        var enrollment = new EnrollmentService.EnrollmentServiceClient(GrpcTesting.Channel(platform.GatewayGrpc, await platform.TokenAsync("wjb.admin")));
        var reporting = new ReportingService.ReportingServiceClient(GrpcTesting.Channel(platform.GatewayGrpc, await platform.TokenAsync("wjb.admin")));
        var month = DateTime.UtcNow.AddHours(8).AddDays(1).ToString("yyyy-MM", CultureInfo.InvariantCulture); // the class ends tomorrow
        var request = new GetTrainingVolumeRequest { FromMonth = month, ToMonth = month };
        var before = (await reporting.GetTrainingVolumeAsync(request)).Total;

        foreach (var session in training.Sessions)
        {
            await enrollment.RecordAttendanceAsync(new RecordAttendanceRequest
            {
                SessionId = session.SessionId,
                Marks = { training.EnrollmentIds.Values.Select(id => new AttendanceMark { EnrollmentId = id, Status = AttendanceStatus.Present }) },
            });
        }
        await enrollment.CompleteClassAsync(new ClassTransitionRequest { ClassId = training.ClassId });

        var after = await Eventually.Until(async () => (await reporting.GetTrainingVolumeAsync(request)).Total, t => t.Classes > before.Classes,
            TimeSpan.FromSeconds(60), "the completion in the training volume");
        after.Classes.ShouldBe(before.Classes + 1);
        after.Sessions.ShouldBe(before.Sessions + 2);
        after.TraineeTimes.ShouldBe(before.TraineeTimes + 2);
        after.CreditedHours.ShouldBe(before.CreditedHours + 2 * 6);
    }
}
