namespace Discogsography.Catalog.Samples;

public sealed partial class SampleDumpGenerator
{
    /// <summary>Releases 7m-6 .. 7m-3 belong to master m (about 57% of releases have a master); 7m-6 is its main release.</summary>
    private long MasterOf(long release)
    {
        long master = ((release - 1) / 7) + 1;
        return (release - 1) % 7 < 4 && master <= _masters ? master : 0;
    }

    private long MainReleaseOf(long master) => Math.Min((7 * (master - 1)) + 1, _releases);

    private void WriteMaster(long id, Malformation malformation)
    {
        _xml.Raw($"<master id=\"{id}\">").Raw($"<main_release>{MainReleaseOf(id)}</main_release>");
        Credits("artists", _random.Chance(0.15) ? 2 : 1, withRoles: false);
        Genres(out int genre);
        Styles(genre);
        // About 7% of masters have year 0; a very few have implausible years.
        int year = _random.Chance(0.07) ? 0 : _random.Chance(0.0005) ? _random.Between(100, 999) : _random.Between(1950, 2024);
        _xml.Raw($"<year>{year}</year>");
        FaultyElement("title", _names.MasterTitle(id), malformation);
        if (malformation == Malformation.Unclosed)
        {
            return;
        }

        if (_random.Chance(0.04))
        {
            FreeText("notes", 1, allowInvalidUtf8: false);
        }

        _xml.Element("data_quality", _random.Pick(SampleVocabulary.DataQuality));
        Videos(_random.Chance(0.55) ? _random.Between(1, 4) : 0);
        _xml.Raw("</master>");
    }
}
