using Discogsography.Catalog.ContractTests;

namespace Discogsography.Stores.Sql.Tests.Explore;

/// <summary>The explore contract on SQLite.</summary>
public sealed class SqliteExploreContractTests(SqliteExploreFixture fixture) : ExploreContractTests<SqliteExploreFixture>(fixture);
