using Xunit.Sdk;

namespace Discogsography.Catalog.ContractTests;

/// <summary>
/// A contract test: run for each derived class, skipped (not run) when the shared samples are absent or when the
/// derived class's <see cref="RequiresEnvironmentAttribute"/> names an unset variable.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
[XunitTestCaseDiscoverer("Discogsography.Catalog.ContractTests.ContractFactDiscoverer", "Discogsography.Catalog.ContractTests")]
public sealed class ContractFactAttribute : FactAttribute;
