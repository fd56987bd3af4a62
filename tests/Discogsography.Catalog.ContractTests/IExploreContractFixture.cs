namespace Discogsography.Catalog.ContractTests;

/// <summary>
/// What a store's test project provides to the contract suite: the store's readers over a catalog holding exactly
/// the real sample (written through the store's own <c>ICatalogWriter</c>, post-import run), and the sample itself.
/// </summary>
public interface IExploreContractFixture
{
    /// <summary>The readers under test.</summary>
    ExploreStores Stores { get; }

    /// <summary>The sample the store was loaded with, parsed independently: the oracle.</summary>
    SampleGraph Sample { get; }
}
