using Discogsography.Catalog.Dumps.Xml;
using Discogsography.Catalog.Records;

namespace Discogsography.Catalog.Normalisation;

internal sealed partial class RecordMapper
{
    /// <summary><c>&lt;master id&gt;&lt;main_release/&gt;&lt;artists/&gt;&lt;genres/&gt;&lt;styles/&gt;&lt;year/&gt;&lt;title/&gt;&lt;notes/&gt;&lt;data_quality/&gt;&lt;videos/&gt;&lt;images/&gt;</c></summary>
    public MasterRecord MapMaster(XmlElementNode master)
    {
        string? mainRelease = null, year = null, title = null, notes = null, dataQuality = null;
        XmlElementNode? artists = null, genres = null, styles = null, videos = null, images = null;
        foreach (XmlElementNode child in master.Children)
        {
            switch (child.Name)
            {
                case "main_release": mainRelease = child.Text; break;
                case "year": year = child.Text; break;
                case "title": title = child.Text; break;
                case "notes": notes = child.Text; break;
                case "data_quality": dataQuality = child.Text; break;
                case "artists": artists = child; break;
                case "genres": genres = child; break;
                case "styles": styles = child; break;
                case "videos": videos = child; break;
                case "images": images = child; break;
                default: break;
            }
        }

        return new MasterRecord
        {
            Id = RecordId(master, master.Attribute("id") ?? master.ChildText("id")),
            Title = title,
            Year = _years.FromDate(year),
            MainRelease = ParseId(mainRelease),
            Artists = Credits(artists),
            Genres = Texts(genres),
            Styles = Texts(styles),
            Notes = notes,
            DataQuality = dataQuality,
            Videos = Videos(videos),
            Images = Images(images),
        };
    }
}
