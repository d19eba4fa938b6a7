using Microsoft.EntityFrameworkCore;
using PartySchoolNet.SchoolTree;

namespace PartySchoolNet.SiteResources.Data;

public sealed class SiteResourcesDbContext(DbContextOptions<SiteResourcesDbContext> options) : DomainDbContext(options);
