using System.Linq.Expressions;
using System.Reflection;
using System.Security.Claims;
using Discogsography.GraphQL.DataLoader;
using Discogsography.GraphQL.Resolvers;
using Discogsography.GraphQL.Types;

namespace Discogsography.GraphQL.Binding;

/// <summary>
/// Parameters, in this order: <see cref="ParentAttribute"/> → the parent; a GraphQL argument of the same name → the
/// coerced argument; <see cref="CancellationToken"/>, <see cref="ClaimsPrincipal"/>, <see cref="IResolverContext"/>,
/// <see cref="IDataLoaderScope"/> → from the context; the parent type's CLR type → the parent; a concrete
/// <see cref="IDataLoader"/> → the request's instance; a leaf or list type → a problem (a misspelt argument); anything
/// else → a service from the request's services.
/// </summary>
internal sealed partial class ResolverCompiler
{
    private Expression BindParameter(FieldScope scope, ParameterInfo parameter, HashSet<string> usedArguments)
    {
        Type type = parameter.ParameterType;
        if (type.IsByRef || type.IsPointer)
        {
            ReportParameter(scope, parameter, "ref, out and pointer parameters cannot be bound.", "pass it by value.");
            return Expression.Default(typeof(object));
        }

        _runtimeTypes.TryGetValue(scope.Type.Name, out Type? parentType);
        if (parameter.GetCustomAttribute<ParentAttribute>() is not null)
        {
            if (parentType is not null && !type.IsAssignableFrom(parentType) && !parentType.IsAssignableFrom(type))
            {
                ReportParameter(scope, parameter, $"it is marked [Parent] but {scope.Type.Name} objects are {ClrTypes.Display(parentType)}.",
                    $"declare it as {ClrTypes.Display(parentType)}.");
            }

            return Expression.Convert(scope.Property(nameof(IResolverContext.Parent)), type);
        }

        string name = NameConventions.ArgumentName(parameter);
        if (scope.Field.Arguments.Values.FirstOrDefault(a => string.Equals(a.Name, name, StringComparison.OrdinalIgnoreCase)) is { } argument)
        {
            usedArguments.Add(argument.Name);
            return BindArgument(scope, parameter, argument);
        }

        if (type == typeof(CancellationToken))
        {
            return scope.Property(nameof(IResolverContext.RequestAborted));
        }

        if (type == typeof(ClaimsPrincipal))
        {
            return Expression.Call(typeof(ResolverInstances).GetMethod(nameof(ResolverInstances.User))!, scope.Property(nameof(IResolverContext.User)));
        }

        if (type == typeof(IResolverContext))
        {
            return scope.Context;
        }

        if (type == typeof(IDataLoaderScope))
        {
            return scope.Property(nameof(IResolverContext.DataLoaders));
        }

        if (parentType is not null && type != typeof(object) && type.IsAssignableFrom(parentType))
        {
            return Expression.Convert(scope.Property(nameof(IResolverContext.Parent)), type);
        }

        if (typeof(IDataLoader).IsAssignableFrom(type) && ConstructorInjection.ForDataLoader(type) is { } createLoader)
        {
            return Expression.Call(
                typeof(ResolverInstances).GetMethod(nameof(ResolverInstances.DataLoader))!.MakeGenericMethod(type),
                scope.Property(nameof(IResolverContext.DataLoaders)),
                scope.Property(nameof(IResolverContext.RequestServices)),
                Expression.Constant(type.FullName ?? type.Name),
                Expression.Constant(createLoader));
        }

        if (ClrTypes.IsLeaf(type) || ClrTypes.GetListItem(type) is not null || type.IsValueType)
        {
            string arguments = scope.Field.Arguments.Count == 0
                ? "the field has no arguments"
                : "its arguments are " + string.Join(", ", scope.Field.Arguments.Keys);
            ReportParameter(scope, parameter, $"it is neither an argument of {scope.Coordinate} ({arguments}) nor injectable.",
                scope.Field.Arguments.Count == 0 ? "remove the parameter." : "rename it to one of the arguments, or remove it.");
            return Expression.Default(type);
        }

        bool optional = ConstructorInjection.IsOptional(parameter);
        if (!optional && _isService is not null && !_isService(type))
        {
            ReportParameter(scope, parameter, $"it is not an argument of {scope.Coordinate} and {ClrTypes.Display(type)} is not a registered service.",
                $"register {ClrTypes.Display(type)} in the service collection, make the parameter nullable, or remove it.");
        }

        return ConstructorInjection.Service(scope.Property(nameof(IResolverContext.RequestServices)), type, optional);
    }

    private Expression BindArgument(FieldScope scope, ParameterInfo parameter, Argument argument)
    {
        Type type = parameter.ParameterType;
        var site = new InputSite(
            $"{scope.Coordinate}({argument.Name}:)",
            $"parameter {ClrTypes.Display(type)} {parameter.Name} of {MemberDiscovery.Display(scope.Member)}",
            argument.Type,
            type,
            parameter.HasDefaultValue);
        ParameterExpression raw = Expression.Variable(typeof(object), argument.Name);
        Expression? convert = _inputs.Convert(raw, argument.Type, type, site);
        if (convert is null)
        {
            return Expression.Default(type);
        }

        // arguments.TryGetValue(name, out raw) && (raw != null || !nullIsAbsent) ? convert(raw) : fallback
        bool nullIsAbsent = parameter.HasDefaultValue && ClrTypes.IsNonNullableValueType(type);
        Expression given = Expression.Call(
            scope.Property(nameof(IResolverContext.Arguments)),
            typeof(IReadOnlyDictionary<string, object?>).GetMethod(nameof(IReadOnlyDictionary<string, object?>.TryGetValue))!,
            Expression.Constant(argument.Name),
            raw);
        if (nullIsAbsent)
        {
            given = Expression.AndAlso(given, Expression.NotEqual(raw, Expression.Constant(null)));
        }

        return Expression.Block(type, [raw], Expression.Condition(given, convert, ClrTypes.DefaultValue(parameter), type));
    }

    private void ReportParameter(FieldScope scope, ParameterInfo parameter, string problem, string fix) =>
        _problems.Add(new BindingProblem(
            scope.Coordinate,
            $"parameter {ClrTypes.Display(parameter.ParameterType)} {parameter.Name} of {MemberDiscovery.Display(scope.Member)}: {problem}",
            fix));
}
