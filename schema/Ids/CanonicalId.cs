using UnCitationGraph.Model;

namespace UnCitationGraph.Ids;

/// <summary>
/// The id space shared by the extractor, the stores and the API: a UN symbol for a document,
/// "instrument:ID" for a named instrument, "url:ADDRESS" for a web address, "hash:SHA256" for a file
/// whose own symbol could not be inferred.
/// </summary>
public static class CanonicalId
{
    public const string InstrumentPrefix = "instrument:";
    public const string UrlPrefix = "url:";
    public const string HashPrefix = "hash:";

    public static NodeKind KindOf(string id) =>
        id.StartsWith(InstrumentPrefix, StringComparison.Ordinal) ? NodeKind.Instrument
        : id.StartsWith(UrlPrefix, StringComparison.Ordinal) ? NodeKind.WebResource
        : NodeKind.Document;

    public static string ForInstrument(string instrumentId) => InstrumentPrefix + instrumentId;

    public static string ForUrl(string address) => UrlPrefix + address;

    public static string ForUnidentified(string contentHash) => HashPrefix + contentHash;

    /// <summary>The comparison key of the scoring contract: case and white space ignored.</summary>
    public static string ComparisonKey(string id)
    {
        var chars = new char[id.Length];
        var n = 0;
        foreach (var c in id)
            if (!char.IsWhiteSpace(c)) chars[n++] = char.ToUpperInvariant(c);
        return new string(chars, 0, n);
    }
}
