namespace PartySchoolNet.AppHost.Infrastructure;

/// <summary>RabbitMQ from the OS packages, run by <c>deploy/local/rabbitmq.sh run</c> as a node of its own on a loopback port.</summary>
public sealed class RabbitMqServerResource(string name, string workingDirectory)
    : ExecutableResource(name, "bash", workingDirectory), IResourceWithConnectionString
{
    public EndpointReference Endpoint => new(this, "tcp");

    public ReferenceExpression ConnectionStringExpression =>
        ReferenceExpression.Create($"amqp://guest:guest@127.0.0.1:{Endpoint.Property(EndpointProperty.Port)}/");
}
