using PartySchoolNet.FacultyPool.Data;
using PartySchoolNet.SchoolTree;

var builder = WebApplication.CreateBuilder(args);
builder.AddDomainService<FacultyPoolDbContext>("faculty-pool");

var app = builder.Build();
await app.RunDomainServiceAsync<FacultyPoolDbContext>();
