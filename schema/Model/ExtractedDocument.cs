namespace UnCitationGraph.Model;

/// <summary>
/// What the extractor says about one file: the contract of shared/spec/EXTRACTION.md.
/// The JSON names of these properties are the contract's; change them only with it.
/// </summary>
public sealed record ExtractedDocument(
    string File,
    DocumentIdentity Document,
    IReadOnlyList<Reference> References,
    IReadOnlyList<Footnote> Footnotes,
    IReadOnlyList<Orphan> Orphans)
{
    /// <summary>
    /// SHA-256 of the file's bytes (hex, lower case), as `extract` reports it. The store does not read it from here:
    /// <see cref="Store.VersionRecordBuilder.Build"/> takes the hash from whoever read the bytes.
    /// </summary>
    public string? ContentHash { get; init; }
}

/// <summary>What a document is. Body and Kind take the values of <see cref="Bodies"/> and <see cref="DocumentKinds"/>.</summary>
public sealed record DocumentIdentity(
    string? Symbol,
    string? Body,
    string? Kind,
    string? Language,
    string? Date,
    string? Title);

/// <summary>One reference as found: canonical target, surface text, where it stands and the citing verb's function.</summary>
public sealed record Reference(
    string Target,
    string Text,
    string Location,
    string? Footnote,
    string? Relation)
{
    /// <summary>Character offset of <see cref="Text"/> in its paragraph or note, when known.</summary>
    public int? Offset { get; init; }
}

/// <summary>A footnote: whether its marker appears in the text (referenced) and whether its note text exists (defined).</summary>
public sealed record Footnote(string Marker, string Text, bool Referenced, bool Defined)
{
    /// <summary>Location (PP3, OP2, P7) of the paragraph that carries the marker, when referenced.</summary>
    public string? Anchor { get; init; }
}

/// <summary>A footnote problem: <see cref="OrphanProblems.MarkerWithoutNote"/> or <see cref="OrphanProblems.NoteWithoutMarker"/>.</summary>
public sealed record Orphan(string Marker, string Problem);

public static class OrphanProblems
{
    public const string MarkerWithoutNote = "marker-without-note";
    public const string NoteWithoutMarker = "note-without-marker";
}

/// <summary>The bodies of the contract.</summary>
public static class Bodies
{
    public const string GA = "GA", HRC = "HRC", SC = "SC", ECOSOC = "ECOSOC", CHR = "CHR",
        SUBCOM = "SUBCOM", CONF = "CONF", SECRETARIAT = "SECRETARIAT", OTHER = "OTHER";
}

/// <summary>The document kinds of the contract.</summary>
public static class DocumentKinds
{
    public const string Resolution = "resolution", Decision = "decision", Report = "report", Note = "note", Other = "other";
}

/// <summary>The relations a citing verb gives a reference.</summary>
public static class Relations
{
    public const string Recalls = "recalls", Reaffirms = "reaffirms", Welcomes = "welcomes", TakesNote = "takes-note",
        GuidedBy = "guided-by", Notes = "notes", Recognizes = "recognizes", BearsInMind = "bears-in-mind",
        Requests = "requests", Decides = "decides", Endorses = "endorses", Adopts = "adopts", Cites = "cites",
        Considers = "considers", Emphasizes = "emphasizes", Urges = "urges", Invites = "invites", Affirms = "affirms",
        ExpressesConcern = "expresses-concern", Condemns = "condemns", Supports = "supports";
}
