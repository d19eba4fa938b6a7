using Grpc.Core;
using PartySchoolNet.Identity.Accounts;
using PartySchoolNet.Identity.Contracts;
using PartySchoolNet.Identity.Schools;
using PartySchoolNet.Identity.Security;
using PartySchoolNet.ServiceDefaults.Tenancy;

namespace PartySchoolNet.Identity.Grpc;

/// <summary>Maps the gRPC API onto the use cases; refusals become statuses in the shared interceptor.</summary>
internal sealed class IdentityGrpcService(IServiceProvider services) : IdentityService.IdentityServiceBase
{
    private T Use<T>() where T : notnull => services.GetRequiredService<T>();

    public override async Task<Contracts.School> RegisterSchool(RegisterSchoolRequest request, ServerCallContext context) =>
        (await Use<RegisterSchool>().HandleAsync(request, context.GetCaller(), context.CancellationToken)).ToMessage();

    public override async Task<Contracts.School> UpdateSchool(UpdateSchoolRequest request, ServerCallContext context) =>
        (await Use<UpdateSchool>().HandleAsync(request, context.GetCaller(), context.CancellationToken)).ToMessage();

    public override async Task<Contracts.School> GetSchool(GetSchoolRequest request, ServerCallContext context) =>
        (await Use<GetSchool>().HandleAsync(request, context.GetCaller(), context.CancellationToken)).ToMessage();

    public override Task<ListSchoolsResponse> ListSchools(ListSchoolsRequest request, ServerCallContext context) =>
        Use<ListSchools>().HandleAsync(request, context.GetCaller(), context.CancellationToken);

    public override async Task<Contracts.Account> CreateAccount(CreateAccountRequest request, ServerCallContext context) =>
        (await Use<CreateAccount>().HandleAsync(request, context.GetCaller(), context.CancellationToken)).ToMessage();

    public override Task<ListAccountsResponse> ListAccounts(ListAccountsRequest request, ServerCallContext context) =>
        Use<ListAccounts>().HandleAsync(request, context.GetCaller(), context.CancellationToken);

    public override Task<IntegratorClientCredentials> RegisterIntegratorClient(RegisterIntegratorClientRequest request, ServerCallContext context) =>
        Use<RegisterIntegratorClient>().HandleAsync(request, context.GetCaller(), context.CancellationToken);

    public override async Task<Contracts.Account> DisableAccount(DisableAccountRequest request, ServerCallContext context) =>
        (await Use<AccountAdministration>().DisableAsync(request, context.GetCaller(), Address(context), context.CancellationToken)).ToMessage();

    public override async Task<Contracts.Account> EnableAccount(EnableAccountRequest request, ServerCallContext context) =>
        (await Use<AccountAdministration>().EnableAsync(request, context.GetCaller(), Address(context), context.CancellationToken)).ToMessage();

    public override async Task<Contracts.Account> ResetPassword(ResetPasswordRequest request, ServerCallContext context) =>
        (await Use<AccountAdministration>().ResetPasswordAsync(request, context.GetCaller(), Address(context), context.CancellationToken)).ToMessage();

    public override async Task<Contracts.Account> ChangePassword(ChangePasswordRequest request, ServerCallContext context) =>
        (await Use<AccountAdministration>().ChangePasswordAsync(request, context.GetCaller(), Address(context), context.CancellationToken)).ToMessage();

    public override Task<ListSecurityEventsResponse> ListSecurityEvents(ListSecurityEventsRequest request, ServerCallContext context) =>
        Use<ListSecurityEvents>().HandleAsync(request, context.GetCaller(), context.CancellationToken);

    public override Task<AddressSlowdown> GetAddressSlowdown(GetAddressSlowdownRequest request, ServerCallContext context) =>
        Use<AddressSlowdowns>().GetAsync(request, context.GetCaller(), context.CancellationToken);

    public override Task<AddressSlowdown> ClearAddressSlowdown(ClearAddressSlowdownRequest request, ServerCallContext context) =>
        Use<AddressSlowdowns>().ClearAsync(request, context.GetCaller(), Address(context), context.CancellationToken);

    private static string Address(ServerCallContext context) => ClientAddress.Of(context.GetHttpContext());

    public override Task<Contracts.Caller> WhoAmI(WhoAmIRequest request, ServerCallContext context)
    {
        var caller = context.GetCaller();
        var message = new Contracts.Caller
        {
            Subject = caller.Subject, Name = caller.Name, SchoolId = caller.SchoolId.ToString(), Tier = caller.Tier, ScopePath = caller.ScopePath,
        };
        message.Roles.AddRange(caller.Roles.Order(StringComparer.Ordinal));
        return Task.FromResult(message);
    }
}
