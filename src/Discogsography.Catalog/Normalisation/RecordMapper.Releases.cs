using Discogsography.Catalog.Dumps.Xml;
using Discogsography.Catalog.Records;

namespace Discogsography.Catalog.Normalisation;

internal sealed partial class RecordMapper
{
    /// <summary>
    /// <c>&lt;release id status&gt;&lt;artists/&gt;&lt;title/&gt;&lt;labels/&gt;&lt;extraartists/&gt;&lt;formats/&gt;&lt;genres/&gt;&lt;styles/&gt;&lt;country/&gt;
    /// &lt;released/&gt;&lt;notes/&gt;&lt;data_quality/&gt;&lt;master_id is_main_release/&gt;&lt;tracklist/&gt;&lt;identifiers/&gt;&lt;videos/&gt;&lt;companies/&gt;&lt;series/&gt;&lt;images/&gt;</c>
    /// </summary>
    public ReleaseRecord MapRelease(XmlElementNode release)
    {
        string? title = null, country = null, released = null, notes = null, dataQuality = null;
        XmlElementNode? master = null, artists = null, extraArtists = null, labels = null, series = null, formats = null,
            genres = null, styles = null, tracklist = null, identifiers = null, videos = null, companies = null, images = null;
        foreach (XmlElementNode child in release.Children)
        {
            switch (child.Name)
            {
                case "title": title = child.Text; break;
                case "country": country = child.Text; break;
                case "released": released = child.Text; break;
                case "notes": notes = child.Text; break;
                case "data_quality": dataQuality = child.Text; break;
                case "master_id": master = child; break;
                case "artists": artists = child; break;
                case "extraartists": extraArtists = child; break;
                case "labels": labels = child; break;
                case "series": series = child; break;
                case "formats": formats = child; break;
                case "genres": genres = child; break;
                case "styles": styles = child; break;
                case "tracklist": tracklist = child; break;
                case "identifiers": identifiers = child; break;
                case "videos": videos = child; break;
                case "companies": companies = child; break;
                case "images": images = child; break;
                default: break;
            }
        }

        return new ReleaseRecord
        {
            Id = RecordId(release, release.Attribute("id") ?? release.ChildText("id")),
            Status = Blank(release.Attribute("status")),
            Title = title,
            Country = country,
            Released = released,
            Year = _years.FromDate(released),
            MasterId = ParseId(master?.Text),
            IsMainRelease = ParseBool(master?.Attribute("is_main_release")),
            Notes = notes,
            DataQuality = dataQuality,
            Artists = Credits(artists),
            ExtraArtists = Credits(extraArtists),
            Labels = CatalogEntries(labels),
            Series = CatalogEntries(series),
            Formats = Formats(formats),
            Genres = Texts(genres),
            Styles = Texts(styles),
            Tracklist = Tracks(tracklist),
            Identifiers = Identifiers(identifiers),
            Videos = Videos(videos),
            Companies = Companies(companies),
            Images = Images(images),
        };
    }

    private static List<CatalogEntry> CatalogEntries(XmlElementNode? container)
    {
        var entries = new List<CatalogEntry>(container?.Children.Count ?? 0);
        if (container is not null)
        {
            foreach (XmlElementNode entry in container.Children)
            {
                entries.Add(new CatalogEntry(ParseId(entry.Attribute("id")), Blank(entry.Attribute("name")), Blank(entry.Attribute("catno"))));
            }
        }

        return entries;
    }

    private static List<ReleaseFormat> Formats(XmlElementNode? container)
    {
        var formats = new List<ReleaseFormat>(container?.Children.Count ?? 0);
        if (container is not null)
        {
            foreach (XmlElementNode format in container.Children)
            {
                formats.Add(new ReleaseFormat(
                    Blank(format.Attribute("name")),
                    ParseInt(format.Attribute("qty")),
                    Blank(format.Attribute("text")),
                    Texts(format.Child("descriptions"))));
            }
        }

        return formats;
    }

    private static List<Track> Tracks(XmlElementNode? container)
    {
        var tracks = new List<Track>(container?.Children.Count ?? 0);
        if (container is null)
        {
            return tracks;
        }

        foreach (XmlElementNode track in container.Children)
        {
            string? position = null, title = null, duration = null;
            XmlElementNode? artists = null, extraArtists = null, subTracks = null;
            foreach (XmlElementNode field in track.Children)
            {
                switch (field.Name)
                {
                    case "position": position = field.Text; break;
                    case "title": title = field.Text; break;
                    case "duration": duration = field.Text; break;
                    case "artists": artists = field; break;
                    case "extraartists": extraArtists = field; break;
                    case "sub_tracks": subTracks = field; break;
                    default: break;
                }
            }

            tracks.Add(new Track
            {
                Position = position,
                Title = title,
                Duration = duration,
                Artists = Credits(artists),
                ExtraArtists = Credits(extraArtists),
                SubTracks = Tracks(subTracks),
            });
        }

        return tracks;
    }

    private static List<Identifier> Identifiers(XmlElementNode? container)
    {
        var identifiers = new List<Identifier>(container?.Children.Count ?? 0);
        if (container is not null)
        {
            foreach (XmlElementNode identifier in container.Children)
            {
                identifiers.Add(new Identifier(
                    Blank(identifier.Attribute("type")),
                    Blank(identifier.Attribute("description")),
                    Blank(identifier.Attribute("value"))));
            }
        }

        return identifiers;
    }

    private static List<Company> Companies(XmlElementNode? container)
    {
        var companies = new List<Company>(container?.Children.Count ?? 0);
        if (container is not null)
        {
            foreach (XmlElementNode company in container.Children)
            {
                companies.Add(new Company(
                    ParseId(company.ChildText("id")),
                    company.ChildText("name"),
                    company.ChildText("catno"),
                    ParseInt(company.ChildText("entity_type")),
                    company.ChildText("entity_type_name"),
                    company.ChildText("resource_url")));
            }
        }

        return companies;
    }
}
