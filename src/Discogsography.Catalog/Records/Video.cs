namespace Discogsography.Catalog.Records;

/// <summary>A <c>&lt;video&gt;</c> of a master or release.</summary>
/// <param name="Source">The video URL (<c>src</c>).</param>
/// <param name="Duration">Length in seconds.</param>
/// <param name="Embed">Whether the video may be embedded.</param>
/// <param name="Title">The video title.</param>
/// <param name="Description">The video description.</param>
public sealed record Video(string? Source, int? Duration, bool? Embed, string? Title, string? Description);
