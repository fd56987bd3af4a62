using Discogsography.Catalog.ContractTests;
using Discogsography.Stores.Sql.Tests.TestSupport;

namespace Discogsography.Stores.Sql.Tests.Explore;

/// <summary>The explore contract on PostgreSQL; not run when <c>DISCOGSOGRAPHY_TEST_POSTGRES</c> is absent.</summary>
[RequiresEnvironment(PostgresFactAttribute.Variable)]
public sealed class PostgresExploreContractTests(PostgresExploreFixture fixture) : ExploreContractTests<PostgresExploreFixture>(fixture);
