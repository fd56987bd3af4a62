using System.ComponentModel;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace Discogsography.Catalog.ContractTests;

/// <summary>A contract test case whose skip reason depends on the concrete class it runs for.</summary>
public sealed class ContractTestCase : XunitTestCase
{
    /// <summary>For deserialization only.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    [Obsolete("Called by the de-serializer; should only be called by deriving classes for de-serialization purposes")]
    public ContractTestCase()
    {
    }

    /// <summary>Creates the test case.</summary>
    public ContractTestCase(IMessageSink sink, TestMethodDisplay display, TestMethodDisplayOptions options, ITestMethod testMethod)
        : base(sink, display, options, testMethod)
    {
    }

    /// <inheritdoc />
    protected override string? GetSkipReason(IAttributeInfo factAttribute) =>
        ContractFactDiscoverer.SkipReason(TestMethod.TestClass.Class) ?? base.GetSkipReason(factAttribute);
}
