using UnCitationGraph.Ingest.Reading;
using UnCitationGraph.Model;

namespace UnCitationGraph.Ingest.Extraction;

/// <summary>
/// Stage: footnote integrity. Every marker in the text and every note, matched by marker: referenced (its marker stands
/// in the text), defined (its note exists); orphans are markers without notes and notes without markers. "Ibid." and
/// "Idem" notes repeat the previous note's target and are no new target themselves.
/// </summary>
public static class Footnotes
{
    public sealed record Result(IReadOnlyList<Footnote> Footnotes, IReadOnlyList<Orphan> Orphans, IReadOnlyDictionary<string, (Paragraph Paragraph, int Offset)> Anchors);

    public static Result Of(NormalisedDocument doc, DocumentStructure structure)
    {
        var anchors = new Dictionary<string, (Paragraph, int)>(StringComparer.Ordinal);
        foreach (var p in structure.Paragraphs)
            foreach (var m in p.Block.Markers)
                anchors.TryAdd(m.Label, (p, m.Offset));
        var notes = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var n in doc.Notes) notes.TryAdd(n.Marker, n.Text);

        var labels = anchors.Keys.Union(notes.Keys).OrderBy(SortKey).ThenBy(l => l, StringComparer.Ordinal).ToList();
        var footnotes = new List<Footnote>();
        var orphans = new List<Orphan>();
        foreach (var label in labels)
        {
            var referenced = anchors.TryGetValue(label, out var anchor);
            var defined = notes.TryGetValue(label, out var text);
            footnotes.Add(new Footnote(label, TextFolding.Squash(text ?? ""), referenced, defined) { Anchor = referenced ? anchor.Item1.Location : null });
            if (referenced && !defined) orphans.Add(new Orphan(label, OrphanProblems.MarkerWithoutNote));
            if (defined && !referenced) orphans.Add(new Orphan(label, OrphanProblems.NoteWithoutMarker));
        }
        return new Result(footnotes, orphans, anchors);
    }

    static int SortKey(string label) => int.TryParse(label, out var n) ? n : int.MaxValue;

    static readonly string[] IbidWords = ["ibid", "ibíd", "ibidem", "idem", "fbid", "id."];

    /// <summary>Whether a note opens with "Ibid." (or "Idem", or OCR's "fbid."): it repeats the previous note's target.</summary>
    public static bool IsIbid(string note)
    {
        var t = note.TrimStart().TrimStart('*', '_');
        foreach (var w in IbidWords)
            if (t.StartsWith(w, StringComparison.OrdinalIgnoreCase) && (t.Length == w.Length || !char.IsLetter(t[w.Length])))
                return true;
        return false;
    }

    /// <summary>Length of the "Ibid., " opening, so that what follows ("Ibid., document S/3122") is still read.</summary>
    public static int IbidLength(string note)
    {
        var t = note.TrimStart();
        var lead = note.Length - t.Length;
        foreach (var w in IbidWords)
            if (t.StartsWith(w, StringComparison.OrdinalIgnoreCase)) return lead + w.Length;
        return 0;
    }
}
