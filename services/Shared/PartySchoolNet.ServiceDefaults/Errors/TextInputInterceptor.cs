using System.Collections;
using Google.Protobuf;
using Google.Protobuf.Reflection;
using Grpc.Core;
using Grpc.Core.Interceptors;

namespace PartySchoolNet.ServiceDefaults.Errors;

/// <summary>
/// Refuses a NUL character, which PostgreSQL cannot store in <c>text</c>, in any string field of any request, naming
/// each field, before a handler runs. Found by the JSON fuzzer: without it such a value reached the database and came
/// back as an internal error. (Half surrogate pairs never get this far: JSON and protobuf decoding already refuse or replace them.)
/// </summary>
public sealed class TextInputInterceptor : Interceptor
{
    public override Task<TResponse> UnaryServerHandler<TRequest, TResponse>(
        TRequest request, ServerCallContext context, UnaryServerMethod<TRequest, TResponse> continuation)
    {
        if (request is IMessage message)
        {
            var errors = new FieldErrors();
            Check(message, "", errors);
            errors.ThrowIfAny();
        }
        return continuation(request, context);
    }

    private static void Check(IMessage message, string prefix, FieldErrors errors)
    {
        foreach (var field in message.Descriptor.Fields.InDeclarationOrder())
        {
            var name = prefix + field.Name;
            switch (field.Accessor.GetValue(message))
            {
                case string text:
                    CheckText(text, name, errors);
                    break;
                case IMessage nested:
                    Check(nested, name + ".", errors);
                    break;
                case IDictionary map:
                    foreach (DictionaryEntry entry in map)
                    {
                        CheckValue(entry.Key, $"{name}[{entry.Key}]", errors);
                        CheckValue(entry.Value, $"{name}[{entry.Key}]", errors);
                    }
                    break;
                case IList list when field.FieldType is FieldType.String or FieldType.Message:
                    for (var i = 0; i < list.Count; i++)
                    {
                        CheckValue(list[i], $"{name}[{i}]", errors);
                    }
                    break;
            }
        }
    }

    private static void CheckValue(object? value, string name, FieldErrors errors)
    {
        if (value is string text)
        {
            CheckText(text, name, errors);
        }
        else if (value is IMessage nested)
        {
            Check(nested, name + ".", errors);
        }
    }

    private static void CheckText(string text, string name, FieldErrors errors)
    {
        errors.When(text.Contains('\0', StringComparison.Ordinal), name, "不能包含空字符（\\0）");
    }
}
