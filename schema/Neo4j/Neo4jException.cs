using System.Net;

namespace UnCitationGraph.Neo4j;

/// <summary>
/// An error the Query API reported ({"errors":[{"code","message"}]}) or an HTTP failure without one.
/// Neo4j's code says whether retrying can help: Neo.TransientError.* can, Neo.ClientError.* never does.
/// </summary>
public class Neo4jException(string message, string? code, HttpStatusCode? status, Exception? inner = null)
    : Exception(message, inner)
{
    public string? Code { get; } = code;
    public HttpStatusCode? Status { get; } = status;

    public bool IsClientError => Code?.StartsWith("Neo.ClientError.", StringComparison.Ordinal) == true;

    /// <summary>
    /// Worth retrying: a transient Neo4j error, a gateway/unavailable status without a client error code, or any 5xx
    /// without a Neo4j code at all (Neo4j itself always names its errors, so that answer came from a proxy in between).
    /// </summary>
    public bool IsTransient =>
        Code?.StartsWith("Neo.TransientError.", StringComparison.Ordinal) == true
        || (!IsClientError && Status is HttpStatusCode.BadGateway or HttpStatusCode.ServiceUnavailable
            or HttpStatusCode.GatewayTimeout or HttpStatusCode.TooManyRequests)
        || (Code is null && (int?)Status >= 500);
}

/// <summary>401 from the server: said plainly, because it is a configuration problem and retrying cannot fix it.</summary>
public sealed class Neo4jAuthenticationException(string serverMessage)
    : Neo4jException(
        $"Neo4j rejected the credentials: set {Neo4jOptions.UserVariable}/{Neo4jOptions.PasswordVariable} (server said: {serverMessage})",
        "Neo.ClientError.Security.Unauthorized", HttpStatusCode.Unauthorized);
