namespace Discogsography.GraphQL.Tests.Binding;

/// <summary>A service provider over a fixed set of instances, counting requests for each type.</summary>
internal sealed class TestServices : IServiceProvider
{
    private readonly Dictionary<Type, object> _services = [];

    public TestServices Add<T>(T service)
        where T : class
    {
        _services[typeof(T)] = service;
        return this;
    }

    public object? GetService(Type serviceType) => _services.GetValueOrDefault(serviceType);

    public bool Contains(Type serviceType) => _services.ContainsKey(serviceType);
}
