using PartySchoolNet.Enrollment.Data;
using PartySchoolNet.SchoolTree;

var builder = WebApplication.CreateBuilder(args);
builder.AddDomainService<EnrollmentDbContext>("enrollment");

var app = builder.Build();
await app.RunDomainServiceAsync<EnrollmentDbContext>();
