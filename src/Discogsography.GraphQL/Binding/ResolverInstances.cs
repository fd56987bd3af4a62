using System.Security.Claims;
using Discogsography.GraphQL.DataLoader;

namespace Discogsography.GraphQL.Binding;

/// <summary>The run-time half of injection: resolver class instances, services, DataLoaders and the user, as compiled delegates fetch them.</summary>
internal static class ResolverInstances
{
    /// <summary>The resolver class instance: from the request's services when registered, else the shared one, else built by <paramref name="create"/>.</summary>
    public static T Resolvers<T>(IServiceProvider services, T? shared, Func<IServiceProvider, T>? create)
        where T : class =>
        services.GetService(typeof(T)) as T ?? shared ?? create?.Invoke(services) ?? throw new InvalidOperationException(
            $"The resolver class {typeof(T).Name} is not registered in the services and has no public constructor to build it with.");

    /// <summary>The service <typeparamref name="T"/> from the request's services; null only when <paramref name="optional"/>.</summary>
    public static T? Service<T>(IServiceProvider services, bool optional)
        where T : class =>
        services.GetService(typeof(T)) as T ?? (optional
            ? null
            : throw new InvalidOperationException($"No service for type {ClrTypes.Display(typeof(T))} has been registered."));

    /// <summary>The request's DataLoader of type <typeparamref name="T"/>, created on first use with <paramref name="create"/>.</summary>
    public static T DataLoader<T>(IDataLoaderScope scope, IServiceProvider services, string name, Func<IBatchScheduler, IServiceProvider, T> create)
        where T : class, IDataLoader =>
        scope.GetOrAdd(name, scheduler => create(scheduler, services));

    /// <summary>The request's user; an unauthenticated principal for an anonymous request.</summary>
    public static ClaimsPrincipal User(ClaimsPrincipal? user) => user ?? new ClaimsPrincipal(new ClaimsIdentity());
}
