namespace PartySchoolNet.ServiceDefaults.Errors;

/// <summary>
/// A refusal a person can read: the message is Simplified Chinese, the code is stable English for programs.
/// The gRPC interceptor maps each kind to its status; nothing else needs to know about gRPC.
/// </summary>
public abstract class DomainException(string code, string message) : Exception(message)
{
    public string Code { get; } = code;
}

/// <summary>Bad input, with the fields at fault → <c>InvalidArgument</c>.</summary>
public sealed class ValidationFailedException(IReadOnlyList<FieldError> errors)
    : DomainException("validation_failed", "请求参数有误：" + string.Join("；", errors.Select(e => $"{e.Field}：{e.Message}")))
{
    public IReadOnlyList<FieldError> Errors { get; } = errors;
}

public sealed record FieldError(string Field, string Message);

/// <summary>→ <c>NotFound</c>.</summary>
public sealed class NotFoundException(string message, string code = "not_found") : DomainException(code, message);

/// <summary>→ <c>PermissionDenied</c>.</summary>
public sealed class ForbiddenException(string message, string code = "permission_denied") : DomainException(code, message);

/// <summary>The current state refuses the action → <c>FailedPrecondition</c>.</summary>
public sealed class StateConflictException(string code, string message) : DomainException(code, message);

/// <summary>A duplicate → <c>AlreadyExists</c>.</summary>
public sealed class AlreadyExistsException(string code, string message) : DomainException(code, message);

/// <summary>Racing writers kept colliding and the call gave up; trying again shortly will do → <c>Aborted</c>.</summary>
public sealed class RetryLaterException(string code, string message) : DomainException(code, message);
