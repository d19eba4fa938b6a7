using System.Linq.Expressions;
namespace PartySchoolNet.ServiceDefaults.Tenancy;

/// <summary><see cref="SchoolPath.IsWithin"/> as SQL: rows whose school path (any of several) lies in a scope.</summary>
public static class ScopeFilter
{
    private static readonly System.Reflection.MethodInfo StartsWith = typeof(string).GetMethod(nameof(string.StartsWith), [typeof(string)])!;

    public static IQueryable<T> WhereWithin<T>(this IQueryable<T> query, string scope, params Expression<Func<T, string>>[] paths)
    {
        var row = Expression.Parameter(typeof(T), "row");
        return query.Where(Expression.Lambda<Func<T, bool>>(Within(scope, row, paths), row));
    }

    /// <summary>Rows in the scope, or rows the caller may see for another reason (published above it, shared with it).</summary>
    public static IQueryable<T> WhereWithinOr<T>(this IQueryable<T> query, string scope, Expression<Func<T, string>> path, Expression<Func<T, bool>> orElse)
    {
        var row = Expression.Parameter(typeof(T), "row");
        var other = new Rebind(orElse.Parameters[0], row).Visit(orElse.Body);
        return query.Where(Expression.Lambda<Func<T, bool>>(Expression.OrElse(Within(scope, row, [path]), other), row));
    }

    private static BinaryExpression Within<T>(string scope, ParameterExpression row, Expression<Func<T, string>>[] paths)
    {
        var bounds = new Bounds(scope, scope + SchoolPath.Separator);
        var (exact, prefix) = (Expression.Property(Expression.Constant(bounds), nameof(Bounds.Scope)), Expression.Property(Expression.Constant(bounds), nameof(Bounds.Prefix)));
        return paths.Select(path =>
        {
            var value = new Rebind(path.Parameters[0], row).Visit(path.Body);
            return Expression.OrElse(Expression.Equal(value, exact), Expression.Call(value, StartsWith, prefix));
        }).Aggregate(Expression.OrElse);
    }

    /// <summary>Held in an object so EF Core sends the scope as parameters, not literals (one plan for every caller).</summary>
    private sealed record Bounds(string Scope, string Prefix);

    private sealed class Rebind(ParameterExpression from, ParameterExpression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : node;
    }
}
