using PartySchoolNet.Enrollment;
using PartySchoolNet.Enrollment.Data;
using PartySchoolNet.Enrollment.Grpc;
using PartySchoolNet.ServiceKit;

var builder = WebApplication.CreateBuilder(args);
builder.AddEnrollmentService();

var app = builder.Build();
await app.RunDomainServiceAsync<EnrollmentDbContext>(map =>
{
    map.MapGrpcService<EnrollmentGrpcService>();
    map.MapGrpcService<OutreachGrpcService>();
});
