namespace Discogsography.Server.Explore;

/// <summary>An <c>Exploration</c>: the centre entity and its categories.</summary>
internal sealed record Exploration(object Center, IReadOnlyList<CategoryCountValue> Categories);
