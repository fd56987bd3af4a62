namespace Discogsography.Catalog.Records;

/// <summary>An <c>&lt;image&gt;</c> entry (dumps of 2020 and earlier; the URIs are blank in the public dumps).</summary>
/// <param name="Type"><c>primary</c> or <c>secondary</c>.</param>
/// <param name="Uri">The image URI, or null when blank.</param>
/// <param name="Uri150">The 150-pixel thumbnail URI, or null when blank.</param>
/// <param name="Width">Width in pixels.</param>
/// <param name="Height">Height in pixels.</param>
public sealed record Image(string? Type, string? Uri, string? Uri150, int? Width, int? Height);
