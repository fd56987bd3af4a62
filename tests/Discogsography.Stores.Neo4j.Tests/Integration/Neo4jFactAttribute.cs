namespace Discogsography.Stores.Neo4j.Tests.Integration;

/// <summary>
/// A test against a real Neo4j server: runs when <c>NEO4J_URI</c> names its HTTP address (credentials from the URI's
/// user info or <c>NEO4J_USERNAME</c>/<c>NEO4J_PASSWORD</c>), and is reported as skipped (not run) otherwise.
/// The test empties the database it is given.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class Neo4jFactAttribute : FactAttribute
{
    public const string Variable = "NEO4J_URI";

    public Neo4jFactAttribute()
    {
        if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable(Variable)))
        {
            Skip = $"{Variable} is not set: no Neo4j server to test against (not run).";
        }
        else if (!Discogsography.Tests.Shared.SharedData.IsAvailable)
        {
            Skip = "shared/data was not found: the real samples are needed (not run).";
        }
    }
}
