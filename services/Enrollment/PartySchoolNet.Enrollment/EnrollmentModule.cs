using PartySchoolNet.Enrollment.Classes;
using PartySchoolNet.Enrollment.Credits;
using PartySchoolNet.Enrollment.Data;
using PartySchoolNet.Enrollment.Observations;
using PartySchoolNet.Enrollment.Outreach;
using PartySchoolNet.Enrollment.Partners;
using PartySchoolNet.Enrollment.Roster;
using PartySchoolNet.Enrollment.Seeding;
using PartySchoolNet.Enrollment.Selection;
using PartySchoolNet.Enrollment.Teaching;
using PartySchoolNet.Messaging;
using PartySchoolNet.ServiceKit;
using PartySchoolNet.ServiceDefaults;

namespace PartySchoolNet.Enrollment;

internal static class EnrollmentModule
{
    public static WebApplicationBuilder AddEnrollmentService(this WebApplicationBuilder builder)
    {
        var section = builder.Configuration.GetSection("Enrollment");
        var seedDemo = section.GetValue<bool>(nameof(EnrollmentOptions.SeedDemoData));
        builder.AddDomainService<EnrollmentDbContext>(PlatformServices.Enrollment.Name, bus =>
        {
            if (seedDemo)
            {
                bus.AddDemoSeeder<DemoEnrollmentConsumer>();
            }
        });
        builder.Services.Configure<EnrollmentOptions>(section);
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<ClassGate>();
        builder.Services.AddScoped<ClassLock>();
        builder.Services.AddScoped<RosterCommands>();
        builder.Services.AddScoped<RosterQueries>();
        builder.Services.AddScoped<RosterImport>();
        builder.Services.AddScoped<ClassCommands>();
        builder.Services.AddScoped<ClassQueries>();
        builder.Services.AddScoped<Eligibility>();
        builder.Services.AddScoped<Nominate>();
        builder.Services.AddScoped<Seats>();
        builder.Services.AddSingleton<SeatDesk>();
        builder.Services.AddScoped<SeatBatch>();
        builder.Services.AddScoped<ListEnrollments>();
        builder.Services.AddScoped<Sessions>();
        builder.Services.AddScoped<AttendanceBook>();
        builder.Services.AddScoped<Leave>();
        builder.Services.AddScoped<Completion>();
        builder.Services.AddScoped<CreditLedgers>();
        builder.Services.AddScoped<ObservationLog>();
        builder.AddOutreach();
        return builder;
    }

    /// <summary>送教下基层: the request workflow here, its partners FacultyPool and SiteResources, and the sweeper that finishes it after a crash.</summary>
    private static void AddOutreach(this WebApplicationBuilder builder)
    {
        builder.AddOutreachPartners();
        builder.Services.AddScoped<OutreachCommands>();
        builder.Services.AddScoped<OutreachQueries>();
        builder.Services.AddScoped<LeadTimeReport>();
        builder.Services.AddScoped<OutreachApproval>();
        builder.Services.AddScoped<OutreachProcess>();
        builder.Services.AddScoped<OutreachSteps>();
        builder.Services.AddScoped<OutreachScheduling>();
        builder.Services.AddHostedService<OutreachSweeper>();
    }
}
