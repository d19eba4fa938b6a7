using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartySchoolNet.Identity.Accounts;
using PartySchoolNet.Identity.Schools;

namespace PartySchoolNet.Identity.Data;

internal sealed class AccountConfiguration : IEntityTypeConfiguration<Account>
{
    public void Configure(EntityTypeBuilder<Account> e)
    {
        e.ToTable("accounts");
        e.HasKey(a => a.Id);
        e.Property(a => a.UserName).HasMaxLength(32);
        e.Property(a => a.DisplayName).HasMaxLength(50);
        e.Property(a => a.PasswordHash).HasMaxLength(200);
        e.Property(a => a.SecurityStamp).HasDefaultValueSql("gen_random_uuid()");
        e.ToTable(t => t.HasCheckConstraint("ck_accounts_failed_sign_ins", "failed_sign_ins >= 0"));
        e.HasIndex(a => a.UserName).IsUnique();
        e.HasIndex(a => a.SchoolId);
        e.HasOne<School>().WithMany().HasForeignKey(a => a.SchoolId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class IntegratorClientConfiguration : IEntityTypeConfiguration<IntegratorClient>
{
    public void Configure(EntityTypeBuilder<IntegratorClient> e)
    {
        e.ToTable("integrator_clients");
        e.HasKey(c => c.ClientId);
        e.Property(c => c.ClientId).HasMaxLength(64);
        e.Property(c => c.DisplayName).HasMaxLength(50);
        e.HasOne<School>().WithMany().HasForeignKey(c => c.SchoolId).OnDelete(DeleteBehavior.Restrict);
    }
}
