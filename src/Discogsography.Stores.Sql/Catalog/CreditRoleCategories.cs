namespace Discogsography.Stores.Sql.Catalog;

/// <summary>
/// Sorts a Discogs credit role (free text such as <c>Mastered By</c>, <c>Guitar [Acoustic]</c>, <c>Artwork By</c>)
/// into one of a few categories by the words it contains; the first matching category in the order below wins,
/// so <c>Mastering Engineer</c> is mastering and <c>Remix Engineer</c> is production.
/// </summary>
public static class CreditRoleCategories
{
    /// <summary>Mastering, lacquer cutting, remastering.</summary>
    public const string Mastering = "mastering";

    /// <summary>Producing, arranging, programming, remixing.</summary>
    public const string Production = "production";

    /// <summary>Recording, mixing, engineering.</summary>
    public const string Engineering = "engineering";

    /// <summary>Artwork, design, photography, liner notes layout.</summary>
    public const string Design = "design";

    /// <summary>Management, A&amp;R, booking.</summary>
    public const string Management = "management";

    /// <summary>Performing musicians and vocalists.</summary>
    public const string Session = "session";

    /// <summary>Anything else (writing, publishing, thanks, ...).</summary>
    public const string Other = "other";

    private static readonly (string Category, string[] Words)[] s_rules =
    [
        (Mastering, ["master", "lacquer", "cut by", "dmm"]),
        (Production, ["produc", "arrang", "programm", "remix", "re-mix", "edit", "compiled"]),
        (Engineering, ["engineer", "mixed", "mixing", "recorded", "recording", "mix by", "tracking", "overdub"]),
        (Design, ["design", "artwork", "art by", "art direction", "photo", "illustrat", "layout", "cover", "graphics", "painting", "typograph"]),
        (Management, ["management", "manager", "a&r", "booking", "coordinat", "executive"]),
        (Session, [
            "vocal", "voice", "choir", "chorus", "guitar", "bass", "drum", "percussion", "keyboard", "piano", "organ", "synth",
            "violin", "viola", "cello", "strings", "horn", "trumpet", "trombone", "saxophone", "sax", "flute", "clarinet", "harp",
            "performer", "musician", "instruments", "rap", "scratches", "turntables", "dj mix", "conductor", "orchestra", "band",
            "harmonica", "accordion", "banjo", "mandolin", "vibraphone", "marimba", "sitar", "tabla", "congas", "bongos",
        ]),
    ];

    /// <summary>The category of <paramref name="role"/>; <see cref="Other"/> for null, empty or unknown roles.</summary>
    public static string Categorise(string? role)
    {
        if (string.IsNullOrWhiteSpace(role))
        {
            return Other;
        }

        foreach ((string category, string[] words) in s_rules)
        {
            foreach (string word in words)
            {
                if (role.Contains(word, StringComparison.OrdinalIgnoreCase))
                {
                    return category;
                }
            }
        }

        return Other;
    }
}
