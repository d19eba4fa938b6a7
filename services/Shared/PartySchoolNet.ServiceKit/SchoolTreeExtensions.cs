using MassTransit;
using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;

namespace PartySchoolNet.ServiceKit;

public static class SchoolTreeExtensions
{
    public static IBusRegistrationConfigurator AddSchoolTreeReplica(this IBusRegistrationConfigurator bus)
    {
        bus.AddConsumer<SchoolRegisteredConsumer>();
        bus.AddConsumer<SchoolChangedConsumer>();
        return bus;
    }

    public static ModelBuilder AddSchoolTreeReplica(this ModelBuilder model)
    {
        model.Entity<SchoolReplica>(e =>
        {
            e.ToTable("schools");
            e.HasKey(s => s.Id);
            e.Property(s => s.Id).ValueGeneratedNever();
            e.Property(s => s.Code).HasMaxLength(20);
            e.Property(s => s.Name).HasMaxLength(50);
            e.Property(s => s.Path).HasMaxLength(200).UseCollation("C");
            e.Property(s => s.Tier).HasConversion<string>().HasMaxLength(20);
            e.Ignore(s => s.Location);
            e.HasIndex(s => s.Path).IsUnique();
        });
        return model;
    }

    public static WebApplication MapSchoolDirectory(this WebApplication app)
    {
        app.MapGrpcService<SchoolDirectoryService>();
        return app;
    }
}
