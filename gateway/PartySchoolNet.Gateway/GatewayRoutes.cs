using System.Net;
using System.Text.RegularExpressions;
using Yarp.ReverseProxy.Configuration;
using Yarp.ReverseProxy.Forwarder;
using PartySchoolNet.ServiceDefaults;

namespace PartySchoolNet.Gateway;

/// <summary>
/// One JSON route (<c>/api/v1/{service}/…</c>, HTTP/1.1) and one gRPC route (by proto package, HTTP/2) per service,
/// plus Identity's OpenID Connect endpoints and sign-in page, which need no token, and the portal at every other path (it signs
/// people in itself).
/// Destinations are service names (<c>http://identity</c>, <c>http://_grpc.identity</c>) that service discovery resolves,
/// from the AppHost's <c>services__{name}__{endpoint}__0</c> settings or, in a deployment, the platform's DNS.
/// </summary>
internal static class GatewayRoutes
{
    /// <summary>YARP's built-in policy name for "no token needed".</summary>
    public const string Anonymous = "anonymous";

    public static IReadOnlyList<RouteConfig> Routes() =>
    [
        .. PlatformServices.All.SelectMany(s => new[]
        {
            Route($"{s.Name}-json", $"{s.Name}-http", $"/api/v1/{s.Name}/{{**rest}}", "default"),
            Route($"{s.Name}-grpc", $"{s.Name}-grpc", GrpcPath(s.ProtoPackage), "default"),
        }),
        // Trainees answer teaching feedback, and cadres training-needs surveys, with a one-time code, without an account.
        Route("feedback-forms-json", "quality-evaluation-http", "/api/v1/quality-evaluation/feedback/forms/{**rest}", Anonymous),
        Route("feedback-forms-grpc", "quality-evaluation-grpc", "/partyschoolnet.qualityevaluation.v1.FeedbackFormService/{method}", Anonymous),
        Route("survey-forms-grpc", "quality-evaluation-grpc", "/partyschoolnet.qualityevaluation.v1.SurveyFormService/{method}", Anonymous),
        Route("identity-token", "identity-http", "/connect/{**rest}", Anonymous),
        Route("identity-discovery", "identity-http", "/.well-known/{**rest}", Anonymous),
        Route("portal", "portal-http", "/{**rest}", Anonymous) with { Order = int.MaxValue },
    ];

    /// <summary>gRPC calls are <c>/{package}.{Service}/{Method}</c>: match every service of the package.</summary>
    private static string GrpcPath(string protoPackage) => $"/{{grpcService:regex(^{Regex.Escape(protoPackage)}\\.)}}/{{method}}";

    public static IReadOnlyList<ClusterConfig> Clusters() =>
    [
        .. PlatformServices.All.SelectMany(s => new[]
        {
            Cluster($"{s.Name}-http", $"http://{s.Name}", HttpVersion.Version11),
            Cluster($"{s.Name}-grpc", $"http://_grpc.{s.Name}", HttpVersion.Version20),
        }),
        Cluster("portal-http", "http://portal", HttpVersion.Version11),
    ];

    private static RouteConfig Route(string id, string cluster, string path, string authorization) => new()
    {
        RouteId = id,
        ClusterId = cluster,
        Match = new RouteMatch { Path = path },
        AuthorizationPolicy = authorization,
        RateLimiterPolicy = ClientRateLimiting.PolicyName,
    };

    private static ClusterConfig Cluster(string id, string address, Version version) => new()
    {
        ClusterId = id,
        Destinations = new Dictionary<string, DestinationConfig> { ["primary"] = new() { Address = address } },
        HttpRequest = new ForwarderRequestConfig { Version = version, VersionPolicy = HttpVersionPolicy.RequestVersionExact },
    };
}
