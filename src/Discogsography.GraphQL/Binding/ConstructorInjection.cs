using System.Linq.Expressions;
using System.Reflection;
using Discogsography.GraphQL.DataLoader;

namespace Discogsography.GraphQL.Binding;

/// <summary>
/// Compiles constructor calls whose parameters come from the request's services: resolver classes that are not
/// registered themselves (<c>Func&lt;IServiceProvider, T&gt;</c>) and DataLoaders, whose <see cref="IBatchScheduler"/>
/// parameter receives the request's scheduler (<c>Func&lt;IBatchScheduler, IServiceProvider, T&gt;</c>).
/// </summary>
internal static class ConstructorInjection
{
    /// <summary>A compiled factory of <paramref name="type"/> from services, or null when it has no public constructor.</summary>
    public static Delegate? ForResolverClass(Type type) => Build(type, withScheduler: false);

    /// <summary>A compiled factory of the DataLoader <paramref name="type"/>, or null when it has no public constructor.</summary>
    public static Delegate? ForDataLoader(Type type) => Build(type, withScheduler: true);

    /// <summary>An expression fetching the service <paramref name="type"/> from <paramref name="services"/>; null is allowed when <paramref name="optional"/>.</summary>
    public static Expression Service(Expression services, Type type, bool optional)
    {
        MethodInfo service = typeof(ResolverInstances).GetMethod(nameof(ResolverInstances.Service))!;
        return type.IsValueType
            ? Expression.Convert(Expression.Call(services, typeof(IServiceProvider).GetMethod(nameof(IServiceProvider.GetService))!, Expression.Constant(type)), type)
            : Expression.Call(service.MakeGenericMethod(type), services, Expression.Constant(optional));
    }

    /// <summary>True when the parameter may receive null: a nullable annotation or a default of null.</summary>
    public static bool IsOptional(ParameterInfo parameter) =>
        (parameter.HasDefaultValue && parameter.DefaultValue is null)
        || Nullable.GetUnderlyingType(parameter.ParameterType) is not null
        || new NullabilityInfoContext().Create(parameter).WriteState == NullabilityState.Nullable;

    private static Delegate? Build(Type type, bool withScheduler)
    {
        ConstructorInfo? constructor = type.GetConstructors().OrderByDescending(c => c.GetParameters().Length).FirstOrDefault();
        if (constructor is null || type.IsAbstract)
        {
            return null;
        }

        ParameterExpression scheduler = Expression.Parameter(typeof(IBatchScheduler), "scheduler");
        ParameterExpression services = Expression.Parameter(typeof(IServiceProvider), "services");
        Expression[] arguments = [.. constructor.GetParameters().Select(p => withScheduler && p.ParameterType == typeof(IBatchScheduler)
            ? scheduler
            : Service(services, p.ParameterType, IsOptional(p)))];
        NewExpression create = Expression.New(constructor, arguments);
        return withScheduler
            ? Expression.Lambda(typeof(Func<,,>).MakeGenericType(typeof(IBatchScheduler), typeof(IServiceProvider), type), create, scheduler, services).Compile()
            : Expression.Lambda(typeof(Func<,>).MakeGenericType(typeof(IServiceProvider), type), create, services).Compile();
    }
}
