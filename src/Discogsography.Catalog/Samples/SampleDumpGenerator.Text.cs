namespace Discogsography.Catalog.Samples;

public sealed partial class SampleDumpGenerator
{
    private static readonly byte[][] s_invalidUtf8 = [[0xFF], [0xC3, (byte)'(']];

    /// <summary>An element whose text carries the record's malformation, if any: the one place a malformed record goes wrong.</summary>
    private void FaultyElement(string name, string text, Malformation malformation)
    {
        _xml.Raw($"<{name}>").Text(text);
        switch (malformation)
        {
            case Malformation.MismatchedEndTag:
                _xml.Raw($"</{name}x>");
                break;
            case Malformation.StrayLessThan:
                _xml.Raw(" < 3").Raw($"</{name}>");
                break;
            default:
                _xml.Raw($"</{name}>");
                break;
        }
    }

    /// <summary>
    /// A free-text element (profile, notes): paragraphs joined by Discogs' <c>&amp;#13;</c> line breaks, sometimes with an
    /// unknown entity, a bare ampersand or (counted) invalid UTF-8 bytes; sometimes empty or whitespace only.
    /// </summary>
    private void FreeText(string name, int sentences, bool allowInvalidUtf8)
    {
        double roll = _random.NextDouble();
        if (roll < 0.03)
        {
            _xml.Raw($"<{name}/>");
            return;
        }

        if (roll < 0.05)
        {
            _xml.Raw($"<{name}>   \n </{name}>");
            return;
        }

        _xml.Raw($"<{name}>");
        for (int i = 0; i < sentences; i++)
        {
            if (i > 0)
            {
                _xml.Raw(_random.Chance(0.5) ? "&#13;\n" : " ");
            }

            _xml.Text(_random.Pick(SampleVocabulary.Sentences));
        }

        if (_random.Chance(0.01))
        {
            _xml.Raw(" Caf&eacute; &unknown; sessions.");
        }

        if (_random.Chance(0.01))
        {
            _xml.Raw(" Rock & Roll forever.");
        }

        if (allowInvalidUtf8 && _random.Chance(0.002))
        {
            byte[] invalid = _random.Pick(s_invalidUtf8);
            _xml.Raw(" Broken encoding: ").Bytes(invalid);
            _invalidBytes++;
        }

        _xml.Raw($"</{name}>");
    }

    private string Title()
    {
        string title = _names.Title(_random.NextUInt64());
        return _random.Chance(0.01) ? $"{title} & {_names.Title(_random.NextUInt64())}" : title;
    }

    private void Urls(int count)
    {
        if (count == 0)
        {
            return;
        }

        _xml.Raw("<urls>");
        for (int i = 0; i < count; i++)
        {
            _xml.Raw("<url>").Text($"https://www.example.com/{_names.Title(_random.NextUInt64()).Replace(' ', '-').ToLowerInvariant()}").Raw("</url>");
        }

        _xml.Raw("</urls>");
    }

    private void Videos(int count)
    {
        if (count == 0)
        {
            return;
        }

        _xml.Raw("<videos>");
        for (int i = 0; i < count; i++)
        {
            _xml.Raw($"<video src=\"https://www.youtube.com/watch?v={_random.NextUInt64():x11}\" duration=\"{_random.Between(60, 900)}\" embed=\"true\">");
            _xml.Element("title", Title());
            FreeText("description", _random.Between(1, 3), allowInvalidUtf8: false);
            _xml.Raw("</video>");
        }

        _xml.Raw("</videos>");
    }

    private void Genres(out int genre)
    {
        genre = _random.Next(SampleVocabulary.Genres.Length);
        _xml.Raw("<genres>").Element("genre", SampleVocabulary.Genres[genre]);
        if (_random.Chance(0.25))
        {
            _xml.Element("genre", _random.Pick(SampleVocabulary.Genres));
        }

        if (_random.Chance(0.0005))
        {
            _xml.Element("genre", "1");
        }

        _xml.Raw("</genres>");
    }

    private void Styles(int genre)
    {
        if (_random.Chance(0.15))
        {
            return;
        }

        string[] styles = SampleVocabulary.Styles[genre];
        _xml.Raw("<styles>");
        int count = _random.Between(1, 3);
        for (int i = 0; i < count; i++)
        {
            _xml.Element("style", styles[(i + _random.Next(styles.Length)) % styles.Length]);
        }

        _xml.Raw("</styles>");
    }

    private void Credits(string container, int count, bool withRoles)
    {
        _xml.Raw($"<{container}>");
        for (int i = 0; i < count; i++)
        {
            long id = _random.Chance(0.03) ? 0 : _random.Between(1, _artists);
            _xml.Raw("<artist>").Raw($"<id>{id}</id>").Element("name", id == 0 ? Title() : _names.Artist(id));
            if (_random.Chance(0.08))
            {
                _xml.Element("anv", _names.Title(_random.NextUInt64()));
            }
            else if (_random.Chance(0.5))
            {
                _xml.Raw("<anv/>");
            }

            if (!withRoles && i < count - 1)
            {
                _xml.Element("join", _random.Pick(SampleVocabulary.Joins));
            }

            if (withRoles)
            {
                _xml.Element("role", _random.Pick(SampleVocabulary.Roles));
                if (_random.Chance(0.2))
                {
                    _xml.Element("tracks", $"A{_random.Between(1, 3)} to B{_random.Between(1, 3)}");
                }
            }

            _xml.Raw("</artist>");
        }

        _xml.Raw($"</{container}>");
    }
}
