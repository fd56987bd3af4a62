using Discogsography.Catalog.ContractTests;
using Discogsography.Stores.Neo4j.Tests.Integration;

namespace Discogsography.Stores.Neo4j.Tests.Explore;

/// <summary>The explore contract on Neo4j; not run when <c>NEO4J_URI</c> is absent. It empties the database it is given.</summary>
[RequiresEnvironment(Neo4jFactAttribute.Variable)]
public sealed class Neo4jExploreContractTests(Neo4jExploreFixture fixture) : ExploreContractTests<Neo4jExploreFixture>(fixture);
