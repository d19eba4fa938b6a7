using Microsoft.EntityFrameworkCore;
using PartySchoolNet.Messaging.Inbox;
using PartySchoolNet.Messaging.Outbox;

namespace PartySchoolNet.Messaging;

public static class MessagingModel
{
    /// <summary>Adds the outbox and inbox tables to a service's model (call from <c>OnModelCreating</c>).</summary>
    public static ModelBuilder AddOutboxAndInbox(this ModelBuilder model)
    {
        model.Entity<OutboxMessage>(e =>
        {
            e.ToTable("outbox_messages");
            e.HasKey(m => m.Id);
            e.Property(m => m.Sequence).UseIdentityAlwaysColumn();
            e.Property(m => m.MessageType).HasMaxLength(300);
            e.Property(m => m.Payload).HasColumnType("jsonb");
            e.Property(m => m.Error).HasMaxLength(2000);
            e.Property(m => m.TraceParent).HasMaxLength(55);
            e.Property(m => m.TraceState).HasMaxLength(512);
            e.HasIndex(m => m.Sequence).HasFilter("sent_at IS NULL AND failed_at IS NULL").HasDatabaseName("ix_outbox_messages_unsent");
        });
        model.Entity<InboxMessage>(e =>
        {
            e.ToTable("inbox_messages");
            e.HasKey(m => new { m.MessageId, m.Consumer });
            e.Property(m => m.Consumer).HasMaxLength(200);
            e.HasIndex(m => m.ProcessedAt);
        });
        return model;
    }
}
