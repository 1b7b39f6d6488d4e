namespace UnCitationGraph.Ingest.Extraction;

/// <summary>
/// Stage: the citing verb's function. A paragraph's leading words ("Recalling", "Rappelant également", "Recordando",
/// "3. Welcomes") give the relation of what it cites; a clause opened later by a coordinated participle
/// (", and reaffirming", "et rappelant", "y acogiendo con beneplácito") takes over from there.
/// </summary>
public sealed class ParagraphRelations
{
    readonly List<(int Offset, string? Relation)> _cues = [];

    static readonly string[] Joiners = [" and ", " et ", " y "];

    // The words read at one place, reused per thread.
    [ThreadStatic] static List<Token>? _scratch;

    public static ParagraphRelations Of(string text)
    {
        var result = new ParagraphRelations();
        // Skip the paragraph number ("12.") and a leading "a)"; the opening cue lies in the first words.
        var prefix = ParagraphCues.NumberPrefixLength(text);
        var opening = _scratch ??= new List<Token>(32);
        TextFolding.TokenizeInto(text, prefix, Math.Min(text.Length, prefix + 80), opening);
        if (opening.Count > 0 && ParagraphCues.CueAt(opening, 0) is { Words: > 0 } lead) result._cues.Add((0, lead.Relation));
        // Later clauses open after a coordinating word: only those places are looked at.
        foreach (var joiner in Joiners)
        {
            var i = prefix;
            while ((i = text.IndexOf(joiner, i, StringComparison.Ordinal)) >= 0)
            {
                var wordStart = i + joiner.Length;
                i = wordStart;
                // The word after the joiner first: only a participle opens a clause worth reading further.
                var wordEnd = TextFolding.WordEnd(text, wordStart, text.Length);
                if (wordEnd == wordStart || !IsParticiple(TextFolding.FoldWord(text, wordStart, wordEnd))) continue;
                var window = _scratch;
                TextFolding.TokenizeInto(text, wordStart, Math.Min(text.Length, wordStart + 60), window);
                var (r, n) = ParagraphCues.CueAt(window, 0);
                if (n > 0 && wordStart > 0) result._cues.Add((wordStart, r));
            }
        }
        result._cues.Sort((a, b) => a.Offset.CompareTo(b.Offset));
        return result;
    }

    // Only participles open a coordinated clause ("and recalling"); "et demande" in an operative paragraph does too.
    static bool IsParticiple(string w) =>
        w.EndsWith("ant", StringComparison.Ordinal) || w.EndsWith("ing", StringComparison.Ordinal) || w.EndsWith("ando", StringComparison.Ordinal)
        || w.EndsWith("iendo", StringComparison.Ordinal) || w is "se" or "prend" or "demande" or "prie" or "decide" or "invite" or "engage" or "requests"
        or "decides" or "invites" or "urges" or "welcomes" or "recalls" or "reaffirms" or "notes" or "takes" or "solicita" or "pide" or "insta" or "invita"
        or "acoge" or "toma" or "reafirma" or "recuerda" or "reaffirme" or "rappelle" or "salue" or "souligne";

    /// <summary>The relation governing a reference at this offset of the paragraph, else null.</summary>
    public string? At(int offset)
    {
        string? rel = null;
        foreach (var (o, r) in _cues)
            if (o <= offset) rel = r;
            else break;
        return rel;
    }

    /// <summary>The relation of the paragraph's opening words.</summary>
    public string? Leading => _cues.Count > 0 && _cues[0].Offset == 0 ? _cues[0].Relation : null;
}
