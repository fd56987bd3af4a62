using System.Globalization;
using Discogsography.Catalog.Dumps.Xml;
using Discogsography.Catalog.Records;

namespace Discogsography.Catalog.Normalisation;

/// <summary>
/// Maps the parsed XML of one record to its typed record: texts stay as given (untrimmed, whitespace-only → null),
/// ids and counts become numbers, absent lists become empty lists, 0 as a master id or year becomes null.
/// </summary>
internal sealed partial class RecordMapper
{
    private readonly PlausibleYears _years;

    public RecordMapper(PlausibleYears years) => _years = years;

    private static long RecordId(XmlElementNode record, string? text) =>
        ParseId(text) ?? throw new MalformedRecordException($"<{record.Name}> has no valid id");

    private static long? ParseId(string? text) =>
        long.TryParse(text, NumberStyles.AllowLeadingWhite | NumberStyles.AllowTrailingWhite, CultureInfo.InvariantCulture, out long id) && id > 0 ? id : null;

    private static int? ParseInt(string? text) =>
        int.TryParse(text, NumberStyles.AllowLeadingWhite | NumberStyles.AllowTrailingWhite, CultureInfo.InvariantCulture, out int value) ? value : null;

    private static bool? ParseBool(string? text) => text?.Trim() switch
    {
        "true" => true,
        "false" => false,
        _ => null,
    };

    /// <summary>The texts of the children of <paramref name="container"/> (e.g. <c>&lt;genres&gt;&lt;genre&gt;</c>), blanks left out.</summary>
    private static List<string> Texts(XmlElementNode? container)
    {
        var texts = new List<string>(container?.Children.Count ?? 0);
        if (container is not null)
        {
            foreach (XmlElementNode child in container.Children)
            {
                if (child.Text is string text)
                {
                    texts.Add(text);
                }
            }
        }

        return texts;
    }

    /// <summary>
    /// <c>&lt;name id="…"&gt;Name&lt;/name&gt;</c> (or <c>&lt;label id&gt;</c>) children as references. A preceding
    /// <c>&lt;id&gt;</c> sibling (old artist dumps list members as id, name pairs) supplies a missing id attribute.
    /// Entries with neither id nor name are left out.
    /// </summary>
    private static List<EntityReference> References(XmlElementNode? container, string itemName)
    {
        var references = new List<EntityReference>(container?.Children.Count ?? 0);
        if (container is null)
        {
            return references;
        }

        long? pendingId = null;
        foreach (XmlElementNode child in container.Children)
        {
            if (child.Name == "id")
            {
                pendingId = ParseId(child.Text);
                continue;
            }

            if (child.Name != itemName)
            {
                continue;
            }

            long? id = ParseId(child.Attribute("id")) ?? pendingId;
            pendingId = null;
            if (id is not null || child.Text is not null)
            {
                references.Add(new EntityReference(id, child.Text));
            }
        }

        return references;
    }

    private static List<Image> Images(XmlElementNode? container)
    {
        var images = new List<Image>(container?.Children.Count ?? 0);
        if (container is not null)
        {
            foreach (XmlElementNode image in container.Children)
            {
                images.Add(new Image(
                    Blank(image.Attribute("type")),
                    Blank(image.Attribute("uri")),
                    Blank(image.Attribute("uri150")),
                    ParseInt(image.Attribute("width")),
                    ParseInt(image.Attribute("height"))));
            }
        }

        return images;
    }

    private static List<Video> Videos(XmlElementNode? container)
    {
        var videos = new List<Video>(container?.Children.Count ?? 0);
        if (container is not null)
        {
            foreach (XmlElementNode video in container.Children)
            {
                videos.Add(new Video(
                    Blank(video.Attribute("src")),
                    ParseInt(video.Attribute("duration")),
                    ParseBool(video.Attribute("embed")),
                    video.ChildText("title"),
                    video.ChildText("description")));
            }
        }

        return videos;
    }

    private static List<ArtistCredit> Credits(XmlElementNode? container)
    {
        var credits = new List<ArtistCredit>(container?.Children.Count ?? 0);
        if (container is not null)
        {
            foreach (XmlElementNode artist in container.Children)
            {
                string? id = null, name = null, anv = null, join = null, role = null, tracks = null;
                foreach (XmlElementNode field in artist.Children)
                {
                    switch (field.Name)
                    {
                        case "id": id = field.Text; break;
                        case "name": name = field.Text; break;
                        case "anv": anv = field.Text; break;
                        case "join": join = field.Text; break;
                        case "role": role = field.Text; break;
                        case "tracks": tracks = field.Text; break;
                        default: break;
                    }
                }

                credits.Add(new ArtistCredit(ParseId(id), name, anv, join, role, tracks));
            }
        }

        return credits;
    }

    /// <summary>Attribute values are not whitespace-collapsed to null by the parser; this does it.</summary>
    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
