namespace UnCitationGraph.Ingest.Reading;

/// <summary>What a footnote marker looks like when it is only typography (a superscript, a link's text).</summary>
public static class NoteLabels
{
    /// <summary>Numbers, asterisks and daggers, or one lower-case letter (table notes).</summary>
    public static bool IsMarker(string label) =>
        label.Length is > 0 and <= 4 && (label.All(char.IsAsciiDigit) || label.All(c => c is '*' or '†' or '‡')
                                        || (label.Length == 1 && char.IsAsciiLetterLower(label[0])));
}
