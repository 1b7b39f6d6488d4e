using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using UnCitationGraph.Ingest.Reading.Docx;

namespace UnCitationGraph.Ingest.Reading;

/// <summary>
/// Reads a Word document (OpenXml): body paragraphs in order with their list numbering, footnote and endnote
/// references taken out of the text as markers labelled as Word displays them (numbered by order of reference,
/// or the custom mark), and the notes' text from the footnotes and endnotes parts. The zip is checked for
/// bombs before it is parsed.
/// </summary>
public sealed class DocxReader : IDocumentReader
{
    private const long MaxCharactersInPart = 50_000_000;

    public bool CanRead(ReadOnlySpan<byte> head, string extension) =>
        head.StartsWith("PK\u0003\u0004"u8) && (extension is ".docx" or ".docm" || head.IndexOf("word/"u8) >= 0 || head.IndexOf("[Content_Types].xml"u8) >= 0);

    public NormalisedDocument Read(byte[] content, string source)
    {
        DocumentLimits.CheckSize(content.Length);
        ZipBombGuard.Check(content);
        try
        {
            using var doc = WordprocessingDocument.Open(new MemoryStream(content, writable: false), false,
                new OpenSettings { MaxCharactersInPart = MaxCharactersInPart });
            var main = doc.MainDocumentPart ?? throw new UnreadableDocumentException("not a Word document: the zip has no word/document.xml");
            var body = main.Document?.Body ?? throw new UnreadableDocumentException("empty Word document: no body");
            return Read(main, body, source);
        }
        catch (UnreadableDocumentException) { throw; }
        catch (OpenXmlPackageException e) { throw new UnreadableDocumentException($"corrupt DOCX: {e.Message}", e); }
        catch (Exception e) when (e is System.Xml.XmlException or InvalidDataException or IOException or InvalidOperationException)
        {
            throw new UnreadableDocumentException($"corrupt DOCX: {e.Message}", e);
        }
    }

    private static NormalisedDocument Read(MainDocumentPart main, Body body, string source)
    {
        var numbering = new ListNumbering(main);
        var settings = main.DocumentSettingsPart?.Settings;
        var marks = new NoteMarks(
            settings?.GetFirstChild<FootnoteDocumentWideProperties>()?.GetFirstChild<NumberingFormat>()?.Val?.InnerText ?? "decimal",
            settings?.GetFirstChild<EndnoteDocumentWideProperties>()?.GetFirstChild<NumberingFormat>()?.Val?.InnerText ?? "lowerRoman");

        var blocks = new List<TextBlock>();
        foreach (var p in body.Descendants<Paragraph>())
        {
            var (text, markers) = ParagraphText(p, marks);
            var label = numbering.Label(p);
            if (text.Length == 0 && markers.Count == 0) continue;
            blocks.Add(new TextBlock(label + text, [.. markers.Select(m => m with { Offset = m.Offset + label.Length })]));
        }

        var notes = new List<Note>();
        notes.AddRange(NotesOf(main.FootnotesPart?.Footnotes?.Elements<Footnote>(), marks.Footnotes, "footnote"));
        notes.AddRange(NotesOf(main.EndnotesPart?.Endnotes?.Elements<Endnote>(), marks.Endnotes, "endnote"));
        return new NormalisedDocument(source, blocks, notes) { Format = "docx" };
    }

    /// <summary>Labels given to note references in the order they appear, per kind, and the custom marks.</summary>
    private sealed class NoteMarks(string footnoteFormat, string endnoteFormat)
    {
        public Dictionary<long, string> Footnotes { get; } = [];
        public Dictionary<long, string> Endnotes { get; } = [];
        private int footnoteCount, endnoteCount;

        public string Next(bool endnote, long id, string? customMark)
        {
            var map = endnote ? Endnotes : Footnotes;
            if (map.TryGetValue(id, out var existing)) return existing;
            var label = customMark ?? (endnote
                ? NumberFormat.Format(++endnoteCount, endnoteFormat)
                : NumberFormat.Format(++footnoteCount, footnoteFormat));
            map[id] = label;
            return label;
        }
    }

    private static (string Text, List<NoteMarker> Markers) ParagraphText(Paragraph p, NoteMarks marks)
    {
        var text = new StringBuilder();
        var markers = new List<NoteMarker>();
        var skipNextText = false;
        foreach (var e in p.Descendants())
        {
            if (!ReferenceEquals(e.Ancestors<Paragraph>().FirstOrDefault(), p)) continue;   // text boxes are read as their own paragraphs
            switch (e)
            {
                case FootnoteReference f:
                    skipNextText = AddMarker(f.CustomMarkFollows, f.Id, f, false);
                    break;
                case EndnoteReference n:
                    skipNextText = AddMarker(n.CustomMarkFollows, n.Id, n, true);
                    break;
                case Text t:
                    if (skipNextText) { skipNextText = false; break; }
                    if (IsSuperscriptLabel(t)) markers.Add(new NoteMarker(t.Text.Trim(), text.Length));   // a typed "¹" without a note part
                    else text.Append(t.Text);
                    break;
                case TabChar or Break or CarriageReturn:
                    text.Append(' ');
                    break;
                case NoBreakHyphen:
                    text.Append('-');
                    break;
            }
        }
        return (Collapse(text, markers), markers);

        bool AddMarker(OnOffValue? custom, IntegerValue? id, OpenXmlElement reference, bool endnote)
        {
            // With w:customMarkFollows the mark is the text right after the reference ("*"), not a number.
            var customMark = custom?.Value == true ? reference.ElementsAfter().OfType<Text>().FirstOrDefault()?.Text : null;
            var label = marks.Next(endnote, id?.Value ?? -1, customMark?.Trim());
            markers.Add(new NoteMarker(label, text.Length));
            return customMark is not null;
        }
    }

    private static bool IsSuperscriptLabel(Text t) =>
        t.Parent is Run { RunProperties.VerticalTextAlignment.Val: { } align } && align.Value == VerticalPositionValues.Superscript
        && NoteLabels.IsMarker(t.Text.Trim());

    private static IEnumerable<Note> NotesOf(IEnumerable<OpenXmlCompositeElement>? notes, Dictionary<long, string> labels, string kind)
    {
        foreach (var note in notes ?? [])
        {
            var id = note switch { Footnote f => f.Id?.Value, Endnote n => n.Id?.Value, _ => null } ?? -1;
            var type = note switch { Footnote f => f.Type?.Value, Endnote n => n.Type?.Value, _ => null };
            if (type is not null && type != FootnoteEndnoteValues.Normal) continue;   // separators
            var text = string.Join(" ", note.Elements<Paragraph>().Select(NoteParagraphText).Where(t => t.Length > 0));
            // A note no reference points at keeps its id, so it still shows as a note without a marker.
            yield return new Note(labels.GetValueOrDefault(id) ?? $"{kind}-{id}", text);
        }
    }

    private static string NoteParagraphText(Paragraph p)
    {
        var text = new StringBuilder();
        foreach (var e in p.Descendants())
            switch (e)
            {
                case Text t: text.Append(t.Text); break;
                case TabChar or Break: text.Append(' '); break;
                case NoBreakHyphen: text.Append('-'); break;
            }
        return Collapse(text, []);
    }

    /// <summary>Trims and collapses runs of white space, moving marker offsets with the text.</summary>
    private static string Collapse(StringBuilder raw, List<NoteMarker> markers)
    {
        var map = new int[raw.Length + 1];
        var result = new StringBuilder(raw.Length);
        for (var i = 0; i < raw.Length; i++)
        {
            map[i] = result.Length;
            var c = raw[i];
            if (char.IsWhiteSpace(c))
            {
                if (result.Length > 0 && result[^1] != ' ') result.Append(' ');
            }
            else result.Append(c);
        }
        map[raw.Length] = result.Length;
        var trimmed = result.ToString().TrimEnd();
        for (var i = 0; i < markers.Count; i++)
            markers[i] = markers[i] with { Offset = Math.Min(map[markers[i].Offset], trimmed.Length) };
        return trimmed;
    }
}
