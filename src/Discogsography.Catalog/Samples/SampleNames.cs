using System.Text;

namespace Discogsography.Catalog.Samples;

/// <summary>
/// Names that are a pure function of (seed, id), so every file of a sample agrees on what artist 42 or label 7 is called.
/// A few names carry a bare ampersand or accented letters, as real names do.
/// </summary>
internal sealed class SampleNames(ulong seed)
{
    public string Artist(long id)
    {
        ulong h = Hash(1, id);
        string first = Word(h, 2);
        string last = Word(h >> 20, 3);
        return (h % 10) switch
        {
            0 => $"The {Title(h >> 7)}",
            1 => $"{first} & {last}",
            2 => $"DJ {first}",
            _ => $"{first} {last}",
        };
    }

    public string Label(long id)
    {
        ulong h = Hash(2, id);
        string name = Word(h, 2);
        return (h % 6) switch
        {
            0 => $"{name} Records",
            1 => $"{name} Recordings",
            2 => $"{name} Music",
            3 => $"{Title(h >> 9)} Records",
            4 => $"{name} & Sons",
            _ => name,
        };
    }

    public string MasterTitle(long id) => Title(Hash(3, id));

    public string Title(ulong h)
    {
        int words = 1 + (int)(h % 3);
        var title = new StringBuilder();
        for (int i = 0; i < words; i++)
        {
            if (i > 0)
            {
                title.Append(' ');
            }

            title.Append(SampleVocabulary.Words[(int)((h >> (8 + (i * 8))) % (ulong)SampleVocabulary.Words.Length)]);
        }

        return title.ToString();
    }

    private static string Word(ulong h, int syllables)
    {
        var word = new StringBuilder();
        for (int i = 0; i < syllables; i++)
        {
            word.Append(SampleVocabulary.Syllables[(int)((h >> (i * 5)) % (ulong)SampleVocabulary.Syllables.Length)]);
        }

        if ((h >> 40) % 12 == 0)
        {
            word.Append(SampleVocabulary.Accented[(int)((h >> 44) % (ulong)SampleVocabulary.Accented.Length)]);
        }

        word[0] = char.ToUpperInvariant(word[0]);
        return word.ToString();
    }

    private ulong Hash(ulong kind, long id) => SampleRandom.Mix(seed ^ (kind << 56) ^ (ulong)id);
}
