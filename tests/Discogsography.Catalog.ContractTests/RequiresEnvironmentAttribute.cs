namespace Discogsography.Catalog.ContractTests;

/// <summary>
/// On a derived contract test class: its tests are reported as not run (skipped) unless every named environment
/// variable is set, e.g. <c>DISCOGSOGRAPHY_TEST_POSTGRES</c>.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false)]
public sealed class RequiresEnvironmentAttribute(params string[] variables) : Attribute
{
    /// <summary>The variables the tests need.</summary>
    public IReadOnlyList<string> Variables { get; } = variables;
}
