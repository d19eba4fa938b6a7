using PartySchoolNet.Enrollment.Classes;
using PartySchoolNet.Enrollment.Credits;
using PartySchoolNet.Enrollment.Data;
using PartySchoolNet.Enrollment.Observations;
using PartySchoolNet.Enrollment.Roster;
using PartySchoolNet.Enrollment.Seeding;
using PartySchoolNet.Enrollment.Selection;
using PartySchoolNet.Enrollment.Teaching;
using PartySchoolNet.Messaging;
using PartySchoolNet.SchoolTree;

namespace PartySchoolNet.Enrollment;

internal static class EnrollmentModule
{
    public static WebApplicationBuilder AddEnrollmentService(this WebApplicationBuilder builder)
    {
        var section = builder.Configuration.GetSection("Enrollment");
        var seedDemo = section.GetValue<bool>(nameof(EnrollmentOptions.SeedDemoData));
        builder.AddDomainService<EnrollmentDbContext>("enrollment", bus =>
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
        return builder;
    }
}
