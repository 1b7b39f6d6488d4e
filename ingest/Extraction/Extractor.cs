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
        var references = new List<Reference>();

        var relationsByParagraph = new Dictionary<Paragraph, ParagraphRelations>();
        ParagraphRelations RelationsOf(Paragraph p) =>
            relationsByParagraph.TryGetValue(p, out var r) ? r : relationsByParagraph[p] = ParagraphRelations.Of(p.Block.Text);

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
        var paragraphIndex = new Dictionary<Paragraph, int>(ReferenceEqualityComparer.Instance);

        for (var pi = 0; pi < structure.Paragraphs.Count; pi++)
        {
            var p = structure.Paragraphs[pi];
            paragraphIndex[p] = pi;
            var text = p.Block.Text;
            var index = pi;
            var found = FindAll(text, citingBody, ownKey, 0, () => CouncilBefore(index));
            if (found.Count == 0) continue;
            var relations = RelationsOf(p);
            var markers = p.Block.Markers.OrderBy(m => m.Offset).ToList();
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
                ? BodyNames.LastCouncilNamed(anchor.Paragraph.Block.Text, 0, anchor.Offset) ?? CouncilBefore(paragraphIndex.GetValueOrDefault(anchor.Paragraph))
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
        var taken = new System.Collections.BitArray(text.Length + 1);
        var all = new List<Found>();
        void Take(IEnumerable<Found> found)
        {
            foreach (var f in found)
            {
                var free = true;
                for (var k = f.Start; k < f.End && free; k++) free = !taken[k];
                if (!free) continue;
                all.Add(f);
            }
            foreach (var f in all)
                for (var k = f.Start; k < f.End; k++) taken[k] = true;
        }
        Take(Urls.Find(text, from));
        Take(Symbols.Find(text, from));
        Take(ResolutionNumbers.Find(text, citingBody, from, -1, councilNamedEarlier));
        Take(instruments.Find(text, from));
        all.RemoveAll(f => ownKey != null && CanonicalId.ComparisonKey(f.Target) == ownKey);
        all.Sort((a, b) => a.Start.CompareTo(b.Start));
        return all;
    }

    /// <summary>The footnote carrying a reference: the first marker after it, in the same sentence, before the next reference.</summary>
    static string? MarkerAfter(string text, List<NoteMarker> markers, int end, int nextStart)
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
