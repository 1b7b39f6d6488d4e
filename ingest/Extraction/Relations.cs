namespace UnCitationGraph.Ingest.Extraction;

/// <summary>
/// Stage: the citing verb's function. A paragraph's leading words ("Recalling", "Rappelant également", "Recordando",
/// "3. Welcomes") give the relation of what it cites; a clause opened later by a coordinated participle
/// (", and reaffirming", "et rappelant", "y acogiendo con beneplácito") takes over from there.
/// </summary>
public sealed class ParagraphRelations
{
    readonly List<(int Offset, string? Relation)> _cues = [];

    public static ParagraphRelations Of(string text)
    {
        var result = new ParagraphRelations();
        var tokens = TextFolding.Tokenize(text);
        if (tokens.Count == 0) return result;
        var first = 0;
        // Skip the paragraph number ("12.") and a leading "a)".
        var prefix = ParagraphCues.NumberPrefixLength(text);
        while (first < tokens.Count && tokens[first].Start < prefix) first++;
        var (rel, words) = first < tokens.Count ? ParagraphCues.CueAt(tokens, first) : (null, 0);
        if (words > 0) result._cues.Add((0, rel));
        for (var t = first + Math.Max(words, 1); t < tokens.Count; t++)
        {
            var w = tokens[t - 1].Folded;
            if (w is not ("and" or "et" or "y" or "while" or "tout" or "also")) continue;
            var sepBefore = t >= 2 ? text.AsSpan(tokens[t - 2].End, tokens[t - 1].Start - tokens[t - 2].End) : default;
            if (!sepBefore.Contains(',') && w is not ("and" or "et" or "y")) continue;
            var (r, n) = ParagraphCues.CueAt(tokens, t);
            if (n == 0 || !IsParticiple(tokens[t].Folded)) continue;
            result._cues.Add((tokens[t].Start, r));
            t += n - 1;
        }
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
