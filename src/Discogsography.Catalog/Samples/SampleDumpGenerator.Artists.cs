namespace Discogsography.Catalog.Samples;

public sealed partial class SampleDumpGenerator
{
    private Dictionary<long, List<long>>? _groupsOfArtist;

    /// <summary>Groups are the artists whose id hash falls on 1 in 12; their members are drawn from the id hash too.</summary>
    private List<long> MembersOf(long group)
    {
        var members = new List<long>();
        ulong h = SampleRandom.Mix(_options.Seed ^ 0x6000_0000_0000_0000UL ^ (ulong)group);
        if (_artists < 3 || h % 12 != 0)
        {
            return members;
        }

        int count = 2 + (int)((h >> 8) % 3);
        for (int i = 0; i < count; i++)
        {
            long member = 1 + (long)(SampleRandom.Mix(h + (ulong)i) % (ulong)_artists);
            if (member != group && !members.Contains(member))
            {
                members.Add(member);
            }
        }

        return members;
    }

    private List<long> GroupsOf(long artist)
    {
        if (_groupsOfArtist is null)
        {
            _groupsOfArtist = [];
            for (long group = 1; group <= _artists; group++)
            {
                foreach (long member in MembersOf(group))
                {
                    if (!_groupsOfArtist.TryGetValue(member, out List<long>? groups))
                    {
                        groups = [];
                        _groupsOfArtist.Add(member, groups);
                    }

                    groups.Add(group);
                }
            }
        }

        return _groupsOfArtist.TryGetValue(artist, out List<long>? found) ? found : [];
    }

    private void WriteArtist(long id, Malformation malformation)
    {
        bool doNotUse = _random.Chance(0.002);
        _xml.Raw("<artist>").Raw($"<id>{id}</id>");
        // Half of the "DO NOT USE" records have no name at all (never a malformed one: its fault is in the name).
        if (malformation != Malformation.None || !(doNotUse && _random.Chance(0.5)))
        {
            FaultyElement("name", _names.Artist(id), malformation);
        }

        if (malformation == Malformation.Unclosed)
        {
            return;
        }

        if (_random.Chance(0.15))
        {
            _xml.Element("realname", $"{_names.Artist(id + 7)} {_names.Title(_random.NextUInt64())}");
        }

        if (doNotUse)
        {
            _xml.Element("profile", "[b]DO NOT USE.[/b] Use the individual artists instead.");
        }
        else
        {
            FreeText("profile", _random.Between(0, 4), allowInvalidUtf8: malformation == Malformation.None);
        }

        _xml.Element("data_quality", _random.Pick(SampleVocabulary.DataQuality));
        Urls(_random.Chance(0.15) ? _random.Between(1, 4) : 0);
        if (_random.Chance(0.25))
        {
            _xml.Raw("<namevariations>");
            for (int i = _random.Between(1, 4); i > 0; i--)
            {
                _xml.Element("name", _names.Artist(id).ToUpperInvariant());
            }

            _xml.Raw("</namevariations>");
        }

        if (_random.Chance(0.12))
        {
            _xml.Raw("<aliases>");
            for (int i = _random.Between(1, 5); i > 0; i--)
            {
                long alias = _random.Between(1, _artists);
                _xml.Raw($"<name id=\"{alias}\">").Text(_names.Artist(alias)).Raw("</name>");
            }

            _xml.Raw("</aliases>");
        }

        List<long> members = MembersOf(id);
        if (members.Count > 0)
        {
            _xml.Raw("<members>");
            foreach (long member in members)
            {
                _xml.Raw($"<id>{member}</id><name id=\"{member}\">").Text(_names.Artist(member)).Raw("</name>");
            }

            _xml.Raw("</members>");
        }

        List<long> groups = GroupsOf(id);
        if (groups.Count > 0)
        {
            _xml.Raw("<groups>");
            foreach (long group in groups)
            {
                _xml.Raw($"<name id=\"{group}\">").Text(_names.Artist(group)).Raw("</name>");
            }

            _xml.Raw("</groups>");
        }

        _xml.Raw("</artist>");
    }
}
