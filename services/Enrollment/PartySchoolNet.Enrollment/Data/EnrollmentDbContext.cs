using Microsoft.EntityFrameworkCore;
using PartySchoolNet.SchoolTree;

namespace PartySchoolNet.Enrollment.Data;

public sealed class EnrollmentDbContext(DbContextOptions<EnrollmentDbContext> options) : DomainDbContext(options);
