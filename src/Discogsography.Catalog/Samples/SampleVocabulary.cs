namespace Discogsography.Catalog.Samples;

/// <summary>The words and value sets the sample generator draws from, after the distributions seen in real dumps.</summary>
internal static class SampleVocabulary
{
    public static readonly string[] Genres =
    [
        "Electronic", "Rock", "Pop", "Jazz", "Funk / Soul", "Hip Hop", "Classical", "Folk, World, & Country",
        "Latin", "Reggae", "Blues", "Stage & Screen", "Non-Music", "Children's", "Brass & Military",
    ];

    public static readonly string[][] Styles =
    [
        ["House", "Techno", "Deep House", "Tech House", "Trance", "Ambient", "Drum n Bass", "Electro", "Minimal", "Downtempo"],
        ["Punk", "Indie Rock", "Alternative Rock", "Hard Rock", "Prog Rock", "Psychedelic Rock", "Garage Rock", "Pop Rock"],
        ["Synth-pop", "Ballad", "Europop", "Vocal", "Chanson", "Schlager"],
        ["Hard Bop", "Bop", "Free Jazz", "Cool Jazz", "Fusion", "Swing", "Soul-Jazz"],
        ["Soul", "Disco", "Funk", "Rhythm & Blues", "Gospel"],
        ["Boom Bap", "Conscious", "Gangsta", "Instrumental", "Trip Hop"],
        ["Baroque", "Romantic", "Modern", "Opera", "Contemporary"],
        ["Folk", "Country", "Bluegrass", "African", "Celtic"],
        ["Salsa", "Bossanova", "Cumbia", "Samba", "Tango"],
        ["Roots Reggae", "Dub", "Ska", "Dancehall", "Rocksteady"],
        ["Chicago Blues", "Delta Blues", "Electric Blues", "Country Blues"],
        ["Soundtrack", "Score", "Musical", "Theme"],
        ["Field Recording", "Spoken Word", "Interview", "Comedy"],
        ["Story", "Educational", "Nursery Rhymes"],
        ["Marches", "Military", "Pipe & Drum"],
    ];

    public static readonly string[] Countries =
    [
        "US", "UK", "Germany", "France", "Japan", "Netherlands", "Italy", "Canada", "Sweden", "Europe",
        "Spain", "Australia", "Belgium", "Brazil", "Russia", "Poland", "Finland", "Unknown", "Mexico", "Greece",
    ];

    public static readonly string[] Formats = ["Vinyl", "CD", "Cassette", "File", "CDr", "Box Set", "DVD"];

    public static readonly string[] FormatDescriptions =
    [
        "LP", "Album", "12\"", "7\"", "33 ⅓ RPM", "45 RPM", "Single", "EP", "Compilation", "Reissue", "Stereo",
        "Promo", "Limited Edition", "Remastered", "Mixed", "Test Pressing",
    ];

    public static readonly string[] Roles =
    [
        "Producer", "Mixed By", "Written-By", "Engineer", "Mastered By", "Vocals", "Guitar", "Bass", "Drums",
        "Keyboards", "Artwork", "Photography By", "Design", "Remix", "Lacquer Cut By", "Arranged By", "Executive-Producer",
    ];

    public static readonly (int Code, string Name)[] CompanyRoles =
    [
        (17, "Pressed By"), (23, "Recorded At"), (29, "Mastered At"), (13, "Phonographic Copyright (p)"),
        (14, "Copyright (c)"), (9, "Distributed By"), (21, "Published By"), (10, "Produced For"),
    ];

    public static readonly string[] IdentifierTypes = ["Barcode", "Matrix / Runout", "Rights Society", "Label Code", "Other"];

    public static readonly string[] DataQuality = ["Correct", "Needs Vote", "Complete and Correct", "Needs Minor Changes", "Needs Major Changes", "Entirely Incorrect"];

    public static readonly string[] Joins = [",", "&", "Feat.", "Vs.", "And", "/", "Presents"];

    public static readonly string[] Syllables =
    [
        "ka", "lo", "mi", "ra", "ten", "vo", "shi", "del", "mar", "on", "ber", "stel", "qui", "zan", "fro", "lux",
        "dra", "pel", "nor", "ix", "ga", "tor", "wen", "ald", "rus", "ko", "sa", "fin", "bel", "dor", "hau", "lin",
    ];

    public static readonly string[] Accented = ["ä", "ö", "é", "ñ", "ø", "å", "ü", "ç", "ł", "ß"];

    public static readonly string[] Words =
    [
        "Night", "City", "Dream", "Fire", "Love", "Time", "Machine", "Ocean", "Shadow", "Light", "Dance", "Heart",
        "River", "Echo", "Signal", "Gold", "Moon", "Storm", "Garden", "Mirror", "Motion", "Silence", "Voices", "Fever",
        "Paradise", "Rain", "Electric", "Blue", "Summer", "Midnight", "Velvet", "Desert", "Rhythm", "Soul", "Orbit",
    ];

    public static readonly string[] Sentences =
    [
        "Recorded live at the studio in one take.",
        "Originally released as a limited promo pressing.",
        "Tracks A1 and B2 are exclusive to this edition.",
        "Comes in a printed inner sleeve with lyrics.",
        "Mastered from the original analogue tapes.",
        "Includes a download code for the digital album.",
        "All tracks written and produced by the artist.",
        "Distributed in Europe under licence.",
        "The catalogue number appears only on the spine.",
        "Sleeve notes by a long-time collaborator of the band.",
    ];
}
