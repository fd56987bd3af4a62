namespace Discogsography.Catalog.Explore;

public static partial class SearchText
{
    // Latin letters with diacritics (Latin-1 Supplement, Latin Extended-A/B, Latin Extended Additional) and the
    // letters they fold to, one for one; generated from the Unicode decompositions (globalization-invariant mode
    // has no normalization data). Letters folding to two letters are in Ligatures, their folds in LigatureFolds (space-separated).
    private const string Accented =
        "ÀÁÂÃÄÅÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖØÙÚÛÜÝàáâãäåçèéêëìíîïðñòóôõöøùúûüýÿĀāĂăĄąĆćĈĉĊċČčĎďĐđĒēĔĕĖėĘęĚěĜĝĞğĠġĢģĤĥĦ" +
        "ħĨĩĪīĬĭĮįİıĴĵĶķĹĺĻļĽľĿŀŁłŃńŅņŇňŉŊŋŌōŎŏŐőŔŕŖŗŘřŚśŜŝŞşŠšŢţŤťŦŧŨũŪūŬŭŮůŰűŲųŴŵŶŷŸŹźŻżŽžſƀƑƒƗƠơƯưƵƶƷǍ" +
        "ǎǏǐǑǒǓǔǕǖǗǘǙǚǛǜǞǟǠǡǦǧǨǩǪǫǬǭǮǯǰǴǵǸǹǺǻǾǿȀȁȂȃȄȅȆȇȈȉȊȋȌȍȎȏȐȑȒȓȔȕȖȗȘșȚțȞȟȦȧȨȩȪȫȬȭȮȯȰȱȲȳɃɄḀḁḂḃḄḅḆḇḈḉḊḋ" +
        "ḌḍḎḏḐḑḒḓḔḕḖḗḘḙḚḛḜḝḞḟḠḡḢḣḤḥḦḧḨḩḪḫḬḭḮḯḰḱḲḳḴḵḶḷḸḹḺḻḼḽḾḿṀṁṂṃṄṅṆṇṈṉṊṋṌṍṎṏṐṑṒṓṔṕṖṗṘṙṚṛṜṝṞṟṠṡṢṣṤṥṦṧṨṩṪṫ" +
        "ṬṭṮṯṰṱṲṳṴṵṶṷṸṹṺṻṼṽṾṿẀẁẂẃẄẅẆẇẈẉẊẋẌẍẎẏẐẑẒẓẔẕẖẗẘẙẚẛẠạẢảẤấẦầẨẩẪẫẬậẮắẰằẲẳẴẵẶặẸẹẺẻẼẽẾếỀềỂểỄễỆệỈỉỊịỌọỎỏ" +
        "ỐốỒồỔổỖỗỘộỚớỜờỞởỠỡỢợỤụỦủỨứỪừỬửỮữỰựỲỳỴỵỶỷỸỹ";

    private const string Unaccented =
        "aaaaaaceeeeiiiidnoooooouuuuyaaaaaaceeeeiiiidnoooooouuuuyyaaaaaaccccccccddddeeeeeeeeeegggggggghhh" +
        "hiiiiiiiiiijjkkllllllllllnnnnnnnnnoooooorrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzsbffioouuzzza" +
        "aiioouuuuuuuuuuaaaaggkkoooozzjggnnaaooaaaaeeeeiiiioooorrrruuuusstthhaaeeooooooooyybuaabbbbbbccdd" +
        "ddddddddeeeeeeeeeeffgghhhhhhhhhhiiiikkkkkkllllllllmmmmmmnnnnnnnnoooooooopppprrrrrrrrsssssssssstt" +
        "ttttttuuuuuuuuuuvvvvwwwwwwwwwwxxxxyyzzzzzzhtwyasaaaaaaaaaaaaaaaaaaaaaaaaeeeeeeeeeeeeeeeeiiiioooo" +
        "oooooooooooooooooooouuuuuuuuuuuuuuyyyyyyyy";

    private const string Ligatures = "ÆÞßæþĲĳŒœǄǅǆǇǈǉǊǋǌǢǣǱǲǳǼǽẞ";

    private const string LigatureFolds = "ae th ss ae th ij ij oe oe dz dz dz lj lj lj nj nj nj ae ae dz dz dz ae ae ss";
}
