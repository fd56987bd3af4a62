using Discogsography.Catalog.Dumps.Xml;
using Discogsography.Catalog.Records;

namespace Discogsography.Catalog.Normalisation;

internal sealed partial class RecordMapper
{
    /// <summary><c>&lt;artist&gt;&lt;id/&gt;&lt;name/&gt;&lt;realname/&gt;&lt;profile/&gt;&lt;data_quality/&gt;&lt;urls/&gt;&lt;namevariations/&gt;&lt;aliases/&gt;&lt;members/&gt;&lt;groups/&gt;&lt;images/&gt;</c></summary>
    public ArtistRecord MapArtist(XmlElementNode artist)
    {
        string? id = null, name = null, realName = null, profile = null, dataQuality = null;
        XmlElementNode? urls = null, variations = null, aliases = null, members = null, groups = null, images = null;
        foreach (XmlElementNode child in artist.Children)
        {
            switch (child.Name)
            {
                case "id": id = child.Text; break;
                case "name": name = child.Text; break;
                case "realname": realName = child.Text; break;
                case "profile": profile = child.Text; break;
                case "data_quality": dataQuality = child.Text; break;
                case "urls": urls = child; break;
                case "namevariations": variations = child; break;
                case "aliases": aliases = child; break;
                case "members": members = child; break;
                case "groups": groups = child; break;
                case "images": images = child; break;
                default: break;
            }
        }

        return new ArtistRecord
        {
            Id = RecordId(artist, id ?? artist.Attribute("id")),
            Name = name,
            RealName = realName,
            Profile = profile,
            DataQuality = dataQuality,
            NameVariations = Texts(variations),
            Aliases = References(aliases, "name"),
            Members = References(members, "name"),
            Groups = References(groups, "name"),
            Urls = Texts(urls),
            Images = Images(images),
        };
    }
}
