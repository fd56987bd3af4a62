using System.Globalization;
using Discogsography.Catalog.Explore;
using Discogsography.Server.Explore.Loaders;

namespace Discogsography.Server.Explore;

/// <summary>The global ids of the entity types and their resolution by <c>node(id:)</c>.</summary>
internal static class NodeIds
{
    public static string Artist(long id) => GlobalId.Encode("Artist", Key(id));

    public static string Label(long id) => GlobalId.Encode("Label", Key(id));

    public static string Master(long id) => GlobalId.Encode("Master", Key(id));

    public static string Release(long id) => GlobalId.Encode("Release", Key(id));

    public static string Genre(string name) => GlobalId.Encode("Genre", name);

    public static string Style(string name) => GlobalId.Encode("Style", name);

    public static string Person(string name) => GlobalId.Encode("Person", name);

    /// <summary>
    /// The entity <paramref name="id"/> names, or null when it is malformed, of an unknown type, or names nothing in the
    /// catalog. People exist through their credits, which no reader lists: a person id with a name resolves as such.
    /// </summary>
    public static async Task<object?> ResolveAsync(string id, EntityLoaders loaders)
    {
        if (!GlobalId.TryDecode(id, out string typeName, out string key))
        {
            return null;
        }

        if (typeName == "Person")
        {
            return new PersonEntity(key);
        }

        EntityRef? entity = ToRef(typeName, key);
        return entity is null ? null : await loaders.FindAsync(entity).ConfigureAwait(false);
    }

    /// <summary>The catalog reference of a decoded id, or null when the type is unknown or the key is not a valid Discogs id.</summary>
    public static EntityRef? ToRef(string typeName, string key)
    {
        if (typeName is "Genre" or "Style")
        {
            return typeName == "Genre" ? EntityRef.Genre(key) : EntityRef.Style(key);
        }

        if (!long.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out long id))
        {
            return null;
        }

        return typeName switch
        {
            "Artist" => EntityRef.Artist(id),
            "Label" => EntityRef.Label(id),
            "Master" => EntityRef.Master(id),
            "Release" => EntityRef.Release(id),
            _ => null,
        };
    }

    private static string Key(long id) => id.ToString(CultureInfo.InvariantCulture);
}
