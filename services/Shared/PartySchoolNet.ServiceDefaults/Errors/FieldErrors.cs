namespace PartySchoolNet.ServiceDefaults.Errors;

/// <summary>Collects every problem with a request before refusing it, so the caller sees them all at once.</summary>
public sealed class FieldErrors
{
    private readonly List<FieldError> _errors = [];

    public bool IsEmpty => _errors.Count == 0;

    public FieldErrors Add(string field, string message)
    {
        _errors.Add(new FieldError(field, message));
        return this;
    }

    public FieldErrors AddAll(FieldErrors other)
    {
        _errors.AddRange(other._errors);
        return this;
    }

    public FieldErrors When(bool condition, string field, string message) => condition ? Add(field, message) : this;

    public FieldErrors Required(string? value, string field, string label) =>
        When(string.IsNullOrWhiteSpace(value), field, $"{label}不能为空");

    /// <summary>Parses an id field; records an error and returns <see cref="Guid.Empty"/> when it is not a valid id.</summary>
    public Guid Id(string? value, string field, string label, bool required = true)
    {
        if (string.IsNullOrEmpty(value))
        {
            When(required, field, $"{label}不能为空");
            return Guid.Empty;
        }
        if (!Guid.TryParse(value, out var id))
        {
            Add(field, $"{label}格式不正确");
        }
        return id;
    }

    public void ThrowIfAny()
    {
        if (!IsEmpty)
        {
            throw new ValidationFailedException(_errors);
        }
    }
}
