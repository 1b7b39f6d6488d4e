using System.Buffers.Text;
using System.Globalization;
using System.Text;

namespace UnCitationGraph.Store;

/// <summary>
/// Opaque keyset cursors: the sort key of the last item of a page (one or more integers), base64url-encoded.
/// A store resumes strictly after it, so pages stay fast at any depth (no OFFSET) and stable under inserts.
/// </summary>
public static class PageCursor
{
    public static string Encode(params long[] keys) =>
        Base64Url.EncodeToString(Encoding.ASCII.GetBytes(string.Join('.', keys.Select(k => k.ToString(CultureInfo.InvariantCulture)))));

    /// <summary>The keys of a cursor with exactly <paramref name="parts"/> parts; null when there is no cursor.</summary>
    public static long[]? Decode(string? cursor, int parts)
    {
        if (string.IsNullOrEmpty(cursor)) return null;
        try
        {
            var fields = Encoding.ASCII.GetString(Base64Url.DecodeFromChars(cursor)).Split('.');
            if (fields.Length == parts)
                return fields.Select(f => long.Parse(f, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture)).ToArray();
        }
        catch (FormatException) { }
        throw new ArgumentException($"Invalid page cursor \"{cursor}\": pass back the EndCursor of a previous page of the same query.", nameof(cursor));
    }

    /// <summary>Checks a page size: 0 to <see cref="Model.PageRequest.MaxFirst"/>.</summary>
    public static int Size(Model.PageRequest page) =>
        page.First is >= 0 and <= Model.PageRequest.MaxFirst
            ? page.First
            : throw new ArgumentOutOfRangeException(nameof(page), page.First, $"A page holds 0 to {Model.PageRequest.MaxFirst} items.");
}
