using Grpc.Core;

namespace PartySchoolNet.ServiceDefaults.Tenancy;

public static class CallerExtensions
{
    public static Caller GetCaller(this ServerCallContext context) =>
        Caller.FromPrincipal(context.GetHttpContext().User);
}
