using Microsoft.EntityFrameworkCore;

namespace PartySchoolNet.Messaging.Outbox;

public static class OutboxDbContextExtensions
{
    /// <summary>Queues an integration event; it is stored by the next <c>SaveChangesAsync</c>, with the change.</summary>
    public static void AddEvent(this DbContext db, object message, TimeProvider? clock = null) =>
        db.Set<OutboxMessage>().Add(OutboxMessage.From(message, (clock ?? TimeProvider.System).GetUtcNow()));
}
