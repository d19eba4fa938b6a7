using Grpc.Core;
using Grpc.Core.Interceptors;
using Grpc.Net.Client;
using Microsoft.AspNetCore.Components.Authorization;
using PartySchoolNet.Enrollment.Contracts;
using PartySchoolNet.FacultyPool.Contracts;
using PartySchoolNet.Identity.Contracts;
using PartySchoolNet.Portal.Auth;
using PartySchoolNet.QualityEvaluation.Contracts;
using PartySchoolNet.Reporting.Contracts;
using PartySchoolNet.SiteResources.Contracts;

namespace PartySchoolNet.Portal;

/// <summary>
/// The portal calls the services as the person: through the gateway's gRPC port (<c>Portal:Gateway</c>), each call
/// carrying the person's own access token, so the gateway and every service apply that person's tenancy and roles.
/// Clients are scoped: a page's clients belong to the person of its connection.
/// </summary>
internal static class GatewayClients
{
    public static WebApplicationBuilder AddGatewayClients(this WebApplicationBuilder builder)
    {
        var gateway = new Uri(builder.Configuration["Portal:Gateway"] ?? throw new InvalidOperationException("Set Portal:Gateway to the gateway's gRPC URL."));
        // Plain HTTP/2 on the platform's own network; the token travels as call credentials.
        builder.Services.AddSingleton(_ => GrpcChannel.ForAddress(gateway, new GrpcChannelOptions { UnsafeUseInsecureChannelCallCredentials = true }));
        builder.Services.AddScoped<PersonCredentials>();
        builder.Services.AddScoped<FileSaving>();
        // Reporting's exports are plain HTTP, asked of the same gateway port (see ReportDownloads). A large workbook takes longer
        // than the standard handler's ten seconds an attempt, and a person asks again themselves: no retries, two minutes.
#pragma warning disable EXTEXP0001 // Removing the defaults' handler from one client: marked experimental, stable since .NET 9.
        builder.Services.AddHttpClient(ReportDownloads.ClientName, c => (c.BaseAddress, c.Timeout) = (gateway, TimeSpan.FromMinutes(2)))
            .RemoveAllResilienceHandlers();
#pragma warning restore EXTEXP0001
        builder.Services.AddScoped<ReportDownloads>();
        builder.Services.AddScoped(s => new IdentityService.IdentityServiceClient(s.Invoker()));
        builder.Services.AddScoped(s => new EnrollmentService.EnrollmentServiceClient(s.Invoker()));
        builder.Services.AddScoped(s => new OutreachService.OutreachServiceClient(s.Invoker()));
        builder.Services.AddScoped(s => new FacultyPoolService.FacultyPoolServiceClient(s.Invoker()));
        builder.Services.AddScoped(s => new TeachingFeedbackService.TeachingFeedbackServiceClient(s.Invoker()));
        builder.Services.AddScoped(s => new FollowUpService.FollowUpServiceClient(s.Invoker()));
        builder.Services.AddScoped(s => new NeedsSurveyService.NeedsSurveyServiceClient(s.Invoker()));
        builder.Services.AddScoped(s => new QualityEvaluationService.QualityEvaluationServiceClient(s.Invoker()));
        builder.Services.AddScoped(s => new SiteResourcesService.SiteResourcesServiceClient(s.Invoker()));
        builder.Services.AddScoped(s => new ReportingService.ReportingServiceClient(s.Invoker()));
        // Trainees answer with a code, signed in or not: the call then carries no token, and the gateway lets these through.
        builder.Services.AddScoped(s => new FeedbackFormService.FeedbackFormServiceClient(s.Invoker()));
        builder.Services.AddScoped(s => new SurveyFormService.SurveyFormServiceClient(s.Invoker()));
        return builder;
    }

    private static CallInvoker Invoker(this IServiceProvider services) =>
        services.GetRequiredService<GrpcChannel>().Intercept(services.GetRequiredService<PersonCredentials>());
}

/// <summary>Puts the person's access token on every call, renewed when due (see <see cref="PersonTokens"/>), and a deadline.</summary>
internal sealed class PersonCredentials : Interceptor
{
    private static readonly TimeSpan CallTimeout = TimeSpan.FromSeconds(20);

    private readonly CallCredentials _credentials;

    public PersonCredentials(AuthenticationStateProvider authentication, PersonTokens tokens) =>
        _credentials = CallCredentials.FromInterceptor(async (context, metadata) =>
        {
            var person = (await authentication.GetAuthenticationStateAsync()).User;
            if (await tokens.AccessTokenAsync(person.FindFirst(PersonTokens.SessionClaim)?.Value, context.CancellationToken) is { } token)
            {
                metadata.Add("Authorization", $"Bearer {token}");
            }
        });

    public override AsyncUnaryCall<TResponse> AsyncUnaryCall<TRequest, TResponse>(TRequest request,
        ClientInterceptorContext<TRequest, TResponse> context, AsyncUnaryCallContinuation<TRequest, TResponse> continuation) =>
        continuation(request, new ClientInterceptorContext<TRequest, TResponse>(context.Method, context.Host,
            context.Options.WithCredentials(_credentials).WithDeadline(context.Options.Deadline ?? DateTime.UtcNow.Add(CallTimeout))));
}
