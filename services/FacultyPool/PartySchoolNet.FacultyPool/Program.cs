using PartySchoolNet.FacultyPool;
using PartySchoolNet.FacultyPool.Data;
using PartySchoolNet.FacultyPool.Grpc;
using PartySchoolNet.ServiceKit;

var builder = WebApplication.CreateBuilder(args);
builder.AddFacultyPoolService();

var app = builder.Build();
await app.RunDomainServiceAsync<FacultyPoolDbContext>(map => map.MapGrpcService<FacultyPoolGrpcService>());
