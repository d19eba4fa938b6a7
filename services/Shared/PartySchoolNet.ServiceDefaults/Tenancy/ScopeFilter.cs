using System.Linq.Expressions;
namespace PartySchoolNet.ServiceDefaults.Tenancy;

/// <summary><see cref="SchoolPath.IsWithin"/> as SQL: rows whose school path (any of several) lies in a scope.</summary>
public static class ScopeFilter
{
    private static readonly System.Reflection.MethodInfo StartsWith = typeof(string).GetMethod(nameof(string.StartsWith), [typeof(string)])!;

    public static IQueryable<T> WhereWithin<T>(this IQueryable<T> query, string scope, params Expression<Func<T, string>>[] paths)
    {
        var bounds = new Bounds(scope, scope + SchoolPath.Separator);
        var (exact, prefix) = (Expression.Property(Expression.Constant(bounds), nameof(Bounds.Scope)), Expression.Property(Expression.Constant(bounds), nameof(Bounds.Prefix)));
        var row = Expression.Parameter(typeof(T), "row");
        var tests = paths.Select(path =>
        {
            var value = new Rebind(path.Parameters[0], row).Visit(path.Body);
            return Expression.OrElse(Expression.Equal(value, exact), Expression.Call(value, StartsWith, prefix));
        });
        return query.Where(Expression.Lambda<Func<T, bool>>(tests.Aggregate(Expression.OrElse), row));
    }

    /// <summary>Held in an object so EF Core sends the scope as parameters, not literals (one plan for every caller).</summary>
    private sealed record Bounds(string Scope, string Prefix);

    private sealed class Rebind(ParameterExpression from, ParameterExpression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : node;
    }
}
