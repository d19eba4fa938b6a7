using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartySchoolNet.Identity.Accounts;
using PartySchoolNet.Identity.Security;

namespace PartySchoolNet.Identity.Data;

internal sealed class KnownAddressConfiguration : IEntityTypeConfiguration<KnownAddress>
{
    public void Configure(EntityTypeBuilder<KnownAddress> e)
    {
        e.ToTable("known_addresses", t => t.HasCheckConstraint("ck_known_addresses_failed_sign_ins", "failed_sign_ins >= 0"));
        e.HasKey(k => new { k.AccountId, k.Address });
        e.Property(k => k.Address).HasMaxLength(64);
        e.HasOne<Account>().WithMany().HasForeignKey(k => k.AccountId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class AddressTurnsConfiguration : IEntityTypeConfiguration<AddressTurns>
{
    public void Configure(EntityTypeBuilder<AddressTurns> e)
    {
        e.ToTable("address_turns");
        e.HasKey(t => t.Address);
        e.Property(t => t.Address).HasMaxLength(64);
    }
}
