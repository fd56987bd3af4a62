namespace Discogsography.Catalog.Samples;

public sealed partial class SampleDumpGenerator
{
    private long[]? _parentOfLabel;
    private List<long>[]? _sublabelsOfLabel;

    private void EnsureLabelTree()
    {
        if (_parentOfLabel is not null)
        {
            return;
        }

        _parentOfLabel = new long[_labels + 1];
        _sublabelsOfLabel = new List<long>[_labels + 1];
        for (long label = 2; label <= _labels; label++)
        {
            ulong h = SampleRandom.Mix(_options.Seed ^ 0x7000_0000_0000_0000UL ^ (ulong)label);
            if (h % 8 == 0)
            {
                long parent = 1 + (long)((h >> 8) % (ulong)(label - 1));
                _parentOfLabel[label] = parent;
                (_sublabelsOfLabel[parent] ??= []).Add(label);
            }
        }
    }

    private void WriteLabel(long id, Malformation malformation)
    {
        EnsureLabelTree();
        bool doNotUse = _random.Chance(0.002);
        _xml.Raw("<label>").Raw($"<id>{id}</id>");
        // Half of the "DO NOT USE" records have no name at all (never a malformed one: its fault is in the name).
        if (malformation != Malformation.None || !(doNotUse && _random.Chance(0.5)))
        {
            FaultyElement("name", _names.Label(id), malformation);
        }

        if (malformation == Malformation.Unclosed)
        {
            return;
        }

        if (_random.Chance(0.15))
        {
            _xml.Raw("<contactinfo>").Text($"{_names.Label(id)}\r\nP.O. Box {_random.Between(100, 99999)}\r\n{_random.Pick(SampleVocabulary.Countries)}\r\n").Raw("</contactinfo>");
        }

        if (doNotUse)
        {
            _xml.Element("profile", "DO NOT USE. Placeholder for unknown labels.");
        }
        else if (_random.Chance(0.3))
        {
            FreeText("profile", _random.Between(1, 4), allowInvalidUtf8: malformation == Malformation.None);
        }

        _xml.Element("data_quality", _random.Pick(SampleVocabulary.DataQuality));
        long parent = _parentOfLabel![id];
        if (parent != 0)
        {
            // A few parent labels are written with their id only, as in <parentLabel id="212"/>.
            if (_random.Chance(0.05))
            {
                _xml.Raw($"<parentLabel id=\"{parent}\"/>");
            }
            else
            {
                _xml.Raw($"<parentLabel id=\"{parent}\">").Text(_names.Label(parent)).Raw("</parentLabel>");
            }
        }

        Urls(_random.Chance(0.15) ? _random.Between(1, 3) : 0);
        if (_sublabelsOfLabel![id] is { } sublabels)
        {
            _xml.Raw("<sublabels>");
            foreach (long sublabel in sublabels)
            {
                _xml.Raw($"<label id=\"{sublabel}\">").Text(_names.Label(sublabel)).Raw("</label>");
            }

            _xml.Raw("</sublabels>");
        }

        _xml.Raw("</label>");
    }
}
