using Microsoft.EntityFrameworkCore;
using PartySchoolNet.SchoolTree;

namespace PartySchoolNet.FacultyPool.Data;

public sealed class FacultyPoolDbContext(DbContextOptions<FacultyPoolDbContext> options) : DomainDbContext(options);
