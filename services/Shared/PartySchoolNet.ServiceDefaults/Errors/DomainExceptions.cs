using System.Text;

namespace PartySchoolNet.ServiceDefaults.Errors;

/// <summary>
/// A refusal a person can read: the message is Simplified Chinese, the code is stable English for programs.
/// The gRPC interceptor maps each kind to its status; nothing else needs to know about gRPC.
/// </summary>
public abstract class DomainException(string code, string message) : Exception(message)
{
    public string Code { get; } = code;
}

/// <summary>
/// Bad input, with the fields at fault → <c>InvalidArgument</c>. gRPC sends the violations and the message in HTTP/2
/// headers, which clients and the gateway cap at 64 KB (past it the gateway answers 502 instead of the errors): so the
/// violations carried stop at <see cref="MaxDetailBytes"/>, with one more entry saying how many were left out, and the
/// message names the first <see cref="MaxInMessage"/>.
/// </summary>
public sealed class ValidationFailedException(IReadOnlyList<FieldError> errors)
    : DomainException("validation_failed", Summary(errors))
{
    public const int MaxDetailBytes = 24 * 1024;
    public const int MaxInMessage = 20;

    public IReadOnlyList<FieldError> Errors { get; } = Fit(errors);

    private static List<FieldError> Fit(IReadOnlyList<FieldError> errors)
    {
        var size = 0;
        var kept = errors.TakeWhile(e => (size += Encoding.UTF8.GetByteCount(e.Field) + Encoding.UTF8.GetByteCount(e.Message) + 8) <= MaxDetailBytes).ToList();
        return kept.Count == errors.Count ? kept : [.. kept, new FieldError("", $"另有{errors.Count - kept.Count}处错误未列出，请改正以上错误后重新提交")];
    }

    private static string Summary(IReadOnlyList<FieldError> errors) =>
        "请求参数有误：" + string.Join("；", errors.Take(MaxInMessage).Select(e => $"{e.Field}：{e.Message}"))
        + (errors.Count > MaxInMessage ? $"；等{errors.Count}处" : "");
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
