namespace Discogsography.Catalog.Samples;

public sealed partial class SampleDumpGenerator
{
    /// <summary>One release in 20,000 is huge: a box set with thousands of tracks and credits.</summary>
    private const int HugeReleaseEvery = 20_000;

    private void WriteRelease(long id, Malformation malformation)
    {
        bool huge = id % HugeReleaseEvery == HugeReleaseEvery / 2;
        _xml.Raw($"<release id=\"{id}\"");
        if (_random.Chance(0.5))
        {
            _xml.Raw(" status=\"Accepted\"");
        }

        _xml.Raw(">");
        Credits("artists", _random.Chance(0.12) ? _random.Between(2, 3) : 1, withRoles: false);
        long master = MasterOf(id);
        FaultyElement("title", master != 0 ? _names.MasterTitle(master) : Title(), malformation);
        if (malformation == Malformation.Unclosed)
        {
            return;
        }

        ReleaseLabels();
        Credits("extraartists", huge ? 3_000 : _random.Between(0, 7), withRoles: true);
        Formats(huge);
        Genres(out int genre);
        Styles(genre);
        if (_random.Chance(0.97))
        {
            _xml.Element("country", _random.Pick(SampleVocabulary.Countries));
        }

        Released();
        if (_random.Chance(0.6))
        {
            FreeText("notes", _random.Between(1, 6), allowInvalidUtf8: true);
        }

        _xml.Element("data_quality", _random.Pick(SampleVocabulary.DataQuality));
        _xml.Raw(master != 0
            ? $"<master_id is_main_release=\"{(MainReleaseOf(master) == id ? "true" : "false")}\">{master}</master_id>"
            : "<master_id is_main_release=\"false\">0</master_id>");
        Tracklist(huge ? 2_000 : _random.Between(1, 3) * _random.Between(2, 6));
        Identifiers();
        Videos(_random.Chance(0.5) ? _random.Between(1, 3) : 0);
        Companies();
        if (_random.Chance(0.05))
        {
            long series = _random.Between(1, _labels);
            _xml.Raw("<series>").Raw($"<series name=\"").Text(_names.Label(series)).Raw($"\" catno=\"{_random.Between(1, 99)}\" id=\"{series}\"/>").Raw("</series>");
        }

        _xml.Raw("</release>");
    }

    private void ReleaseLabels()
    {
        _xml.Raw("<labels>");
        for (int i = _random.Chance(0.1) ? 2 : 1; i > 0; i--)
        {
            long label = _random.Between(1, _labels);
            string catalogNumber = _random.Chance(0.05) ? "none" : $"{_names.Label(label)[..2].ToUpperInvariant()} {_random.Between(1, 999):D3}";
            _xml.Raw("<label name=\"").Text(_names.Label(label)).Raw("\" catno=\"").Text(catalogNumber).Raw($"\" id=\"{label}\"/>");
        }

        _xml.Raw("</labels>");
    }

    private void Formats(bool huge)
    {
        _xml.Raw("<formats>");
        string name = huge ? "Box Set" : _random.Pick(SampleVocabulary.Formats);
        _xml.Raw($"<format name=\"{name}\" qty=\"{(huge ? 100 : _random.Chance(0.9) ? 1 : _random.Between(2, 4))}\" text=\"\">");
        _xml.Raw("<descriptions>");
        for (int i = _random.Between(1, 3); i > 0; i--)
        {
            _xml.Element("description", _random.Pick(SampleVocabulary.FormatDescriptions));
        }

        _xml.Raw("</descriptions></format></formats>");
    }

    /// <summary>Year only 56%, full date 26%, empty 13%, YYYY-MM-00 4%, oddities (1980s, 200?, ?, implausible) 1%.</summary>
    private void Released()
    {
        double roll = _random.NextDouble();
        int year = _random.Between(1950, 2024);
        string? released = roll switch
        {
            < 0.56 => $"{year}",
            < 0.82 => $"{year}-{_random.Between(1, 12):D2}-{_random.Between(1, 28):D2}",
            < 0.95 => null,
            < 0.99 => $"{year}-{_random.Between(1, 12):D2}-00",
            _ => _random.Pick(["1980s", "200?", "?", "0197", "3380"]),
        };

        if (released is not null)
        {
            _xml.Element("released", released);
        }
        else if (_random.Chance(0.5))
        {
            _xml.Raw("<released></released>");
        }
    }

    private void Tracklist(int tracks)
    {
        _xml.Raw("<tracklist>");
        for (int i = 0; i < tracks; i++)
        {
            _xml.Raw("<track>").Element("position", $"{(char)('A' + (i / 4 % 26))}{(i % 4) + 1}").Element("title", Title());
            _xml.Element("duration", _random.Chance(0.8) ? $"{_random.Between(1, 9)}:{_random.Between(0, 59):D2}" : null);
            if (_random.Chance(0.1))
            {
                Credits("artists", 1, withRoles: false);
            }

            if (_random.Chance(0.15))
            {
                Credits("extraartists", _random.Between(1, 3), withRoles: true);
            }

            if (_random.Chance(0.02))
            {
                _xml.Raw("<sub_tracks>");
                for (int sub = 1; sub <= 3; sub++)
                {
                    _xml.Raw("<track>").Element("position", $"{i + 1}.{sub}").Element("title", Title()).Raw("<duration/>").Raw("</track>");
                }

                _xml.Raw("</sub_tracks>");
            }

            _xml.Raw("</track>");
        }

        _xml.Raw("</tracklist>");
    }

    private void Identifiers()
    {
        _xml.Raw("<identifiers>");
        for (int i = _random.Between(0, 4); i > 0; i--)
        {
            string type = _random.Pick(SampleVocabulary.IdentifierTypes);
            _xml.Raw("<identifier type=\"").Text(type).Raw("\"");
            if (_random.Chance(0.5))
            {
                _xml.Raw(" description=\"").Text(_random.Chance(0.5) ? "Side A" : "Side B").Raw("\"");
            }

            _xml.Raw($" value=\"{_random.NextUInt64() % 10_000_000_000_000UL:D13}\"/>");
        }

        _xml.Raw("</identifiers>");
    }

    private void Companies()
    {
        _xml.Raw("<companies>");
        for (int i = _random.Between(0, 3); i > 0; i--)
        {
            long label = _random.Between(1, _labels);
            (int code, string role) = _random.Pick(SampleVocabulary.CompanyRoles);
            _xml.Raw("<company>").Raw($"<id>{label}</id>").Element("name", _names.Label(label)).Raw("<catno/>")
                .Raw($"<entity_type>{code}</entity_type>").Element("entity_type_name", role)
                .Raw($"<resource_url>https://api.discogs.com/labels/{label}</resource_url>").Raw("</company>");
        }

        _xml.Raw("</companies>");
    }
}
