using UnCitationGraph.Ids;
using UnCitationGraph.Instruments;
using UnCitationGraph.Model;

namespace UnCitationGraph.Store;

/// <summary>
/// Turns what the extractor says about one file into the store's write unit. Every store takes the
/// result as is, so the rules of the graph's keys live here once: a document is keyed by its own
/// symbol (or "hash:SHA256" when it has none), each target node carries what its id tells, and a
/// version states at most one citation per (target, location).
/// </summary>
public static class VersionRecordBuilder
{
    /// <summary>Language recorded for a version whose language the extractor could not tell.</summary>
    public const string UnknownLanguage = "und";

    /// <summary>
    /// The write unit of one extraction. <paramref name="contentHash"/> is the hash of the bytes the caller read
    /// (it keys the version, and the document when it has no symbol); <see cref="ExtractedDocument.ContentHash"/> is not read.
    /// </summary>
    public static VersionRecord Build(
        ExtractedDocument extracted, string source, string contentHash, DateTimeOffset ingestedAt,
        InstrumentCatalogue? catalogue = null)
    {
        catalogue ??= InstrumentCatalogue.Default;
        var identity = extracted.Document;
        var symbol = string.IsNullOrWhiteSpace(identity.Symbol) ? null : identity.Symbol.Trim();
        var documentId = symbol ?? CanonicalId.ForUnidentified(contentHash);
        var language = string.IsNullOrWhiteSpace(identity.Language) ? UnknownLanguage : identity.Language.Trim().ToLowerInvariant();

        var document = DocumentNode(documentId, symbol, identity);
        var version = new DocumentVersion(documentId, language, identity.Title, source, contentHash, ingestedAt);
        var citations = MergeCitations(extracted.References, documentId);
        var targets = citations.Select(c => c.TargetId).Distinct(StringComparer.Ordinal)
            .Select(id => TargetNode(id, catalogue)).ToList();
        var orphans = extracted.Orphans.Distinct().ToList();
        // One footnote per marker: the extractor gives no duplicates, a hand-written extraction might.
        var footnotes = extracted.Footnotes.DistinctBy(f => f.Marker, StringComparer.Ordinal).ToList();
        return new VersionRecord(document, version, citations, orphans, targets, symbol is null ? null : AddendumParent(symbol))
            { Footnotes = footnotes };
    }

    /// <summary>What a node known only by its id carries: symbol facts, an instrument's title and year, a URL.</summary>
    public static GraphNode TargetNode(string id, InstrumentCatalogue? catalogue = null)
    {
        switch (CanonicalId.KindOf(id))
        {
            case NodeKind.Instrument:
                var entry = (catalogue ?? InstrumentCatalogue.Default).Find(id[CanonicalId.InstrumentPrefix.Length..]);
                var title = entry is null ? null : entry.Titles.GetValueOrDefault("en") ?? entry.Titles.Values.FirstOrDefault();
                return new GraphNode(id, NodeKind.Instrument, title, null, null, entry?.Year, null, null, Ingested: false);
            case NodeKind.WebResource:
                return new GraphNode(id, NodeKind.WebResource, id[CanonicalId.UrlPrefix.Length..], null, null, null, null, null, Ingested: false);
            default:
                var facts = SymbolFacts.Of(id);
                return new GraphNode(id, NodeKind.Document, null, facts.Body, facts.Kind, facts.Year, facts.Session, null, Ingested: false);
        }
    }

    /// <summary>"A/HRC/44/44/Add.1" is an addendum of "A/HRC/44/44"; null for any other symbol.</summary>
    public static string? AddendumParent(string symbol)
    {
        var slash = symbol.LastIndexOf('/');
        if (slash <= 0) return null;
        var last = symbol.AsSpan(slash + 1);
        if (!last.StartsWith("Add.", StringComparison.OrdinalIgnoreCase) || last.Length == 4) return null;
        foreach (var c in last[4..])
            if (!char.IsAsciiDigit(c)) return null;
        return symbol[..slash];
    }

    static GraphNode DocumentNode(string id, string? symbol, DocumentIdentity identity)
    {
        // The extraction's own identity wins; the symbol fills what the text did not state.
        var facts = symbol is null ? null : SymbolFacts.Of(symbol);
        var year = YearOf(identity.Date) ?? facts?.Year;
        return new GraphNode(id, NodeKind.Document, identity.Title, identity.Body ?? facts?.Body,
            identity.Kind ?? facts?.Kind, year, facts?.Session, identity.Date, Ingested: true);
    }

    static int? YearOf(string? date) =>
        date is { Length: >= 4 } && int.TryParse(date.AsSpan(0, 4), out var y) && y is > 1900 and < 2200 ? y : null;

    // The extractor may report the same target twice at one location (e.g. "resolution 60/251" and its footnote
    // text saying "A/RES/60/251"): the graph has one edge per (source, target, location), the first mention's.
    // A later mention only fills a footnote or relation the first lacked.
    static List<CitationRecord> MergeCitations(IReadOnlyList<Reference> references, string documentId)
    {
        var merged = new List<CitationRecord>();
        var index = new Dictionary<(string, string), int>();
        foreach (var r in references)
        {
            if (string.IsNullOrWhiteSpace(r.Target)) continue;
            var target = r.Target.Trim();
            if (target == documentId) continue; // a text's own symbol is never a reference
            var location = string.IsNullOrWhiteSpace(r.Location) ? "P0" : r.Location;
            if (index.TryGetValue((target, location), out var at))
            {
                var first = merged[at];
                merged[at] = first with { Footnote = first.Footnote ?? r.Footnote, Relation = first.Relation ?? r.Relation };
                continue;
            }
            index[(target, location)] = merged.Count;
            merged.Add(new CitationRecord(target, CanonicalId.KindOf(target), location, r.Text ?? "", r.Footnote, r.Relation));
        }
        return merged;
    }
}
