namespace Discogsography.Stores.Neo4j.Writing;

/// <summary>
/// Sorts a raw Discogs credit role (e.g. <c>Mastered By</c>, <c>Guitar, Vocals</c>) into one of the categories
/// the read side groups credits by: production, engineering, mastering, session, design, management or other.
/// The first category with a keyword contained in the lower-cased role wins, in the order listed.
/// </summary>
internal static class CreditCategory
{
    public const string Other = "other";

    private static readonly (string Category, string[] Keywords)[] s_categories =
    [
        ("mastering", ["master", "lacquer", "cut by", "cutting"]),
        ("production", ["producer", "produced", "production", "arranged", "arranger", "compiled", "remix", "programmed"]),
        ("engineering", ["engineer", "mixed", "mixing", "recorded", "recording", "edited", "editing", "sound"]),
        ("design", ["design", "artwork", "art direction", "photograph", "illustration", "layout", "cover", "graphics", "painting", "sleeve"]),
        ("management", ["management", "manager", "a&r", "booking", "legal", "coordinator", "liner notes", "executive"]),
        ("session", ["vocal", "guitar", "bass", "drum", "percussion", "keyboard", "piano", "synth", "organ", "saxophone", "trumpet",
            "trombone", "horn", "violin", "viola", "cello", "strings", "flute", "clarinet", "harmonica", "banjo", "mandolin",
            "performer", "musician", "orchestra", "choir", "conductor", "featuring", "instruments", "turntables", "scratches", "rap"]),
    ];

    public static string Of(string role)
    {
        var lower = role.ToLowerInvariant();
        foreach (var (category, keywords) in s_categories)
        {
            if (keywords.Any(k => lower.Contains(k, StringComparison.Ordinal)))
            {
                return category;
            }
        }

        return Other;
    }
}
