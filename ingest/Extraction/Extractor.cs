using UnCitationGraph.Ids;
using UnCitationGraph.Ingest.Reading;
using UnCitationGraph.Model;

namespace UnCitationGraph.Ingest.Extraction;

/// <summary>
/// The extraction pipeline over a normalised document, stage by stage: structure → identity → references found in
/// each paragraph and note (web addresses, symbols, resolution numbers, instruments) → resolved (own symbol dropped,
/// Ibid. chains followed) → annotated (location, footnote, relation) → footnote integrity.
/// </summary>
public sealed class Extractor(InstrumentMatcher instruments)
{
    public static Extractor Default { get; } = new(InstrumentMatcher.Default);

    public ExtractedDocument Extract(NormalisedDocument doc, string file)
    {
        var structure = Structure.Of(doc);
        var identity = Identity.Of(doc, structure);
        var citingBody = identity.Body is Bodies.OTHER or Bodies.CONF or Bodies.SECRETARIAT ? null : identity.Body;
        var ownKey = identity.Symbol != null ? CanonicalId.ComparisonKey(identity.Symbol) : null;
        var footnotes = Footnotes.Of(doc, structure);
        var references = new List<Reference>(64);

        // Read once per paragraph, and only for paragraphs that cite something.
        var relationsByParagraph = new ParagraphRelations?[structure.Paragraphs.Count];
        ParagraphRelations RelationsOf(Paragraph p) => relationsByParagraph[p.Index] ??= ParagraphRelations.Of(p.Block.Text);

        // For a bare "Council resolution" in a text no council adopted: the council named last before, computed once when first asked.
        string?[]? councilsUpTo = null;
        string? CouncilBefore(int paragraph)
        {
            if (paragraph <= 0) return null;
            if (councilsUpTo == null)
            {
                councilsUpTo = new string?[structure.Paragraphs.Count];
                string? last = null;
                for (var k = 0; k < councilsUpTo.Length; k++)
                {
                    var t = structure.Paragraphs[k].Block.Text;
                    councilsUpTo[k] = last = BodyNames.LastCouncilNamed(t, 0, t.Length) ?? last;
                }
            }
            return councilsUpTo[Math.Min(paragraph, councilsUpTo.Length) - 1];
        }
        foreach (var p in structure.Paragraphs)
        {
            var text = p.Block.Text;
            var found = FindAll(text, citingBody, ownKey, 0, () => CouncilBefore(p.Index));
            if (found.Count == 0) continue;
            var relations = RelationsOf(p);
            var markers = p.Block.Markers.Count < 2 ? p.Block.Markers : p.Block.Markers.OrderBy(m => m.Offset).ToList();
            for (var k = 0; k < found.Count; k++)
            {
                var f = found[k];
                var nextStart = k + 1 < found.Count ? found[k + 1].Start : int.MaxValue;
                references.Add(new Reference(f.Target, TextFolding.Squash(f.Text), p.Location, MarkerAfter(text, markers, f.End, nextStart),
                    p.Kind == ParagraphKind.TitleBlock ? null : relations.At(f.Start)) { Offset = f.Start });
            }
        }

        foreach (var note in doc.Notes)
        {
            var text = note.Text;
            var from = Footnotes.IsIbid(text) ? Footnotes.IbidLength(text) : 0;
            var anchored = footnotes.Anchors.TryGetValue(note.Marker, out var anchor);
            // A note speaks of what its anchor paragraph named: the council named last up to the marker.
            string? CouncilOfAnchor() => anchored
                ? BodyNames.LastCouncilNamed(anchor.Paragraph.Block.Text, 0, anchor.Offset) ?? CouncilBefore(anchor.Paragraph.Index)
                : CouncilBefore(structure.Paragraphs.Count);
            var found = FindAll(text, citingBody, ownKey, from, CouncilOfAnchor);
            string? relation = null;
            if (anchored && anchor.Paragraph.Kind != ParagraphKind.TitleBlock)
                relation = RelationsOf(anchor.Paragraph).At(anchor.Offset);
            foreach (var f in found)
                references.Add(new Reference(f.Target, TextFolding.Squash(f.Text), "FN" + note.Marker, note.Marker, relation) { Offset = f.Start });
        }

        return new ExtractedDocument(file, identity, references, footnotes.Footnotes, footnotes.Orphans);
    }

    /// <summary>Every reference in a span, in text order, the document's own symbol left out. Earlier finders' spans are taken.</summary>
    List<Found> FindAll(string text, string? citingBody, string? ownKey, int from, Func<string?> councilNamedEarlier)
    {
        // Each finder skips, by a vectorised search, spans that cannot hold its kind of reference.
        var all = Urls.Find(text, from);
        all = Take(all, Symbols.Find(text, from));
        all = Take(all, ResolutionNumbers.Find(text, citingBody, from, -1, councilNamedEarlier));
        all = Take(all, instruments.Find(text, from));
        if (ownKey != null) all.RemoveAll(f => CanonicalId.ComparisonKey(f.Target) == ownKey);
        all.Sort((a, b) => a.Start.CompareTo(b.Start));
        return all;
    }

    /// <summary>Adds what a finder found, except where it overlaps a span an earlier finder took.</summary>
    static List<Found> Take(List<Found> all, List<Found> found)
    {
        if (found.Count == 0) return all;
        if (all.Count == 0) return found;
        // The taken spans, sorted and merged, so that one binary search tells whether a span is free.
        all.Sort((a, b) => a.Start.CompareTo(b.Start));
        var taken = new List<(int Start, int End)>(all.Count);
        foreach (var f in all)
            if (taken.Count > 0 && f.Start <= taken[^1].End) taken[^1] = (taken[^1].Start, Math.Max(taken[^1].End, f.End));
            else taken.Add((f.Start, f.End));
        foreach (var f in found)
            if (!Overlaps(taken, f.Start, f.End)) all.Add(f);
        return all;
    }

    /// <summary>Whether [start, end) overlaps one of the disjoint, sorted spans.</summary>
    static bool Overlaps(List<(int Start, int End)> spans, int start, int end)
    {
        int lo = 0, hi = spans.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >> 1;
            if (spans[mid].Start < end) lo = mid + 1; else hi = mid;
        }
        return lo > 0 && spans[lo - 1].End > start;
    }

    /// <summary>The footnote carrying a reference: the first marker after it, in the same sentence, before the next reference.</summary>
    static string? MarkerAfter(string text, IReadOnlyList<NoteMarker> markers, int end, int nextStart)
    {
        foreach (var m in markers)
        {
            if (m.Offset < end) continue;
            if (m.Offset > nextStart) return null;
            for (var k = end; k < m.Offset && k < text.Length; k++)
                if (text[k] == ';' || text[k] == '.' && k + 1 < text.Length && char.IsWhiteSpace(text[k + 1]) && k > 0 && char.IsLower(text[k - 1])) return null;
            return m.Label;
        }
        return null;
    }
}
