using Discogsography.Tests.Shared;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace Discogsography.Catalog.ContractTests;

/// <summary>Discovers <see cref="ContractFactAttribute"/> tests with a skip reason taken from the concrete test class.</summary>
public sealed class ContractFactDiscoverer(IMessageSink diagnosticMessageSink) : IXunitTestCaseDiscoverer
{
    /// <inheritdoc />
    public IEnumerable<IXunitTestCase> Discover(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo factAttribute)
    {
        yield return new ContractTestCase(
            diagnosticMessageSink, discoveryOptions.MethodDisplayOrDefault(), discoveryOptions.MethodDisplayOptionsOrDefault(), testMethod);
    }

    /// <summary>Why the tests of a class cannot run here, or null.</summary>
    internal static string? SkipReason(ITypeInfo testClass)
    {
        IEnumerable<string> variables = testClass.ToRuntimeType()
            .GetCustomAttributes(typeof(RequiresEnvironmentAttribute), inherit: true)
            .Cast<RequiresEnvironmentAttribute>()
            .SelectMany(attribute => attribute.Variables);
        return SharedData.SkipReason(variables.Distinct());
    }
}
