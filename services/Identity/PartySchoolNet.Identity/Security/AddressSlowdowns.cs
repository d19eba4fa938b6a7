using System.Net;
using Microsoft.Extensions.Options;
using PartySchoolNet.Identity.Contracts;
using PartySchoolNet.Identity.Data;
using PartySchoolNet.ServiceDefaults.Errors;

namespace PartySchoolNet.Identity.Security;

/// <summary>
/// Network admins read why an address is slowed and lift it (an office's bad morning, a test that went wrong): its failures
/// so far stop counting and its turns start again. Addresses belong to no school, so only the network's admins see them.
/// </summary>
internal sealed class AddressSlowdowns(IdentityDbContext db, AddressGuard slowdown, IOptions<SignInPolicy> options, TimeProvider clock)
{
    public async Task<AddressSlowdown> GetAsync(GetAddressSlowdownRequest request, Caller caller, CancellationToken ct)
    {
        var address = Read(request.Address, caller);
        return Describe(address, await slowdown.FailedNamesAsync(address, ct));
    }

    public async Task<AddressSlowdown> ClearAsync(ClearAddressSlowdownRequest request, Caller caller, string from, CancellationToken ct)
    {
        var address = Read(request.Address, caller);
        var names = await slowdown.FailedNamesAsync(address, ct);
        await slowdown.ForgetTurnsAsync(address, ct);
        db.Audit(SecurityEventKind.AddressCleared, "", null, caller.Name, address, $"failed_names={names}; from={from}", clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
        return Describe(address, 0);
    }

    private static string Read(string value, Caller caller)
    {
        caller.EnsureInAnyRole(Roles.NetworkAdmin);
        new FieldErrors().When(!IPAddress.TryParse(value, out _) || value.Length > 64, "address", "网络地址格式不正确，例如 203.0.113.7").ThrowIfAny();
        return value;
    }

    private AddressSlowdown Describe(string address, int names) => new()
    {
        Address = address, FailedNames = names, Slowed = names >= options.Value.SuspectNames, SuspectNames = options.Value.SuspectNames,
        ChecksPerMinute = options.Value.SlowedChecksPerMinute, WindowMinutes = (int)options.Value.AddressWindow.TotalMinutes,
    };
}
