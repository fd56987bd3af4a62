using System.Text.Encodings.Web;

namespace Discogsography.Catalog.Hashing;

/// <summary>
/// The one string encoder of canonical JSON: non-ASCII text and <c>&lt; &gt; &amp; '</c> are written as they are
/// rather than as <c>\u</c> escapes, so records stay readable and the same text always gives the same bytes.
/// Canonical JSON is data for stores and the bus, never embedded in HTML, so the relaxed encoder is the right one.
/// </summary>
internal static class CanonicalJsonEncoder
{
    public static JavaScriptEncoder Instance => JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
}
