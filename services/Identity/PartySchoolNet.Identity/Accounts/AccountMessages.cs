using Google.Protobuf.WellKnownTypes;

namespace PartySchoolNet.Identity.Accounts;

internal static class AccountMessages
{
    public static Contracts.Account ToMessage(this Account account)
    {
        var message = new Contracts.Account
        {
            AccountId = account.Id.ToString(),
            UserName = account.UserName,
            DisplayName = account.DisplayName,
            SchoolId = account.SchoolId.ToString(),
            Disabled = account.Disabled,
            LockedUntil = account.LockedUntil is { } until ? Timestamp.FromDateTimeOffset(until) : null,
        };
        message.Roles.AddRange(account.Roles);
        return message;
    }
}
