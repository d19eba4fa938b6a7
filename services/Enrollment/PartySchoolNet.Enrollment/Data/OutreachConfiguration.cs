using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartySchoolNet.Persistence;

namespace PartySchoolNet.Enrollment.Data;

internal sealed class OutreachConfiguration : IEntityTypeConfiguration<OutreachRequest>
{
    public void Configure(EntityTypeBuilder<OutreachRequest> request)
    {
        request.ToTable("outreach_requests");
        request.Property(r => r.Details).AsJson();
        request.Property(r => r.Version).IsRowVersion();
        request.HasIndex(r => r.TownshipPath).HasOperators("text_pattern_ops");
        // The sweeper's question: what is due and not in anyone's hands.
        request.HasIndex(r => r.NextTryAt).HasFilter("status IN (2, 3) OR release_pending");
    }
}
