using Microsoft.Extensions.Options;
using PartySchoolNet.Messaging;
using PartySchoolNet.Persistence;

namespace PartySchoolNet.Identity.Security;

public sealed class SecurityEventOptions
{
    /// <summary>The shortest keep allowed: a graded-protection (等保) audit reads at least six months of sign-in records.</summary>
    public static readonly TimeSpan AuditMinimum = TimeSpan.FromDays(180);

    public TimeSpan Keep { get; set; } = AuditMinimum;
}

internal static class SecurityEventRetention
{
    /// <summary><c>Identity:SecurityEvents:Keep</c> (at least 180 days, checked at start) decides when the audit trail is pruned.</summary>
    public static IServiceCollection AddSecurityEventRetention(this IServiceCollection services)
    {
        services.AddOptions<SecurityEventOptions>().BindConfiguration("Identity:SecurityEvents")
            .Validate(o => o.Keep >= SecurityEventOptions.AuditMinimum, "Identity:SecurityEvents:Keep must be at least 180 days (等保 audits read six months).")
            .ValidateOnStart();
        return services.AddRetention(
            sp => new RetentionRule("security_events", "occurred_at", sp.GetRequiredService<IOptions<SecurityEventOptions>>().Value.Keep),
            MessagingRetention.Interval);
    }
}
