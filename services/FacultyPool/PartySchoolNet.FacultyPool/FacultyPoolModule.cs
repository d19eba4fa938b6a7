using PartySchoolNet.FacultyPool.Assignments;
using PartySchoolNet.FacultyPool.Data;
using PartySchoolNet.FacultyPool.Instructors;
using PartySchoolNet.FacultyPool.Lending;
using PartySchoolNet.FacultyPool.Matching;
using PartySchoolNet.FacultyPool.Ratings;
using PartySchoolNet.FacultyPool.Seeding;
using PartySchoolNet.Messaging;
using PartySchoolNet.ServiceKit;
using PartySchoolNet.ServiceDefaults;

namespace PartySchoolNet.FacultyPool;

internal static class FacultyPoolModule
{
    public static WebApplicationBuilder AddFacultyPoolService(this WebApplicationBuilder builder)
    {
        var section = builder.Configuration.GetSection("FacultyPool");
        var seedDemo = section.GetValue<bool>(nameof(FacultyPoolOptions.SeedDemoPool));
        builder.AddDomainService<FacultyPoolDbContext>(PlatformServices.FacultyPool.Name, bus =>
        {
            bus.AddConsumer<InstructorRatedConsumer>();
            if (seedDemo)
            {
                bus.AddDemoSeeder<DemoPoolConsumer>();
            }
        });
        builder.Services.Configure<FacultyPoolOptions>(section);
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddScoped<Scheduler>();
        builder.Services.AddScoped<DefineTopic>();
        builder.Services.AddScoped<RegisterInstructor>();
        builder.Services.AddScoped<UpdateInstructor>();
        builder.Services.AddScoped<GetInstructor>();
        builder.Services.AddScoped<ListInstructors>();
        builder.Services.AddScoped<AssignInstructor>();
        builder.Services.AddScoped<GetAssignment>();
        builder.Services.AddScoped<ListAssignments>();
        builder.Services.AddScoped<ReleaseAssignment>();
        builder.Services.AddScoped<RequestLending>();
        builder.Services.AddScoped<GetLendingRequest>();
        builder.Services.AddScoped<ListLendingRequests>();
        builder.Services.AddScoped<LendingDecisions>();
        builder.Services.AddScoped<MatchInstructors>();
        return builder;
    }
}
