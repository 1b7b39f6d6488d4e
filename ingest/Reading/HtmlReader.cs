using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace UnCitationGraph.Ingest.Reading;

/// <summary>
/// Reads a web page (AngleSharp): the text of its block elements in order, scripts, styles, navigation, page
/// headers and footers left out. Footnotes are anchors: an in-page link whose text is a marker ("1", "*")
/// pointing at the note (or a bare &lt;sup&gt; marker); the element linked to, or an item of a footnotes
/// section, is the note, with its back-links and leading label taken off.
/// </summary>
public sealed class HtmlReader : IDocumentReader
{
    private const int MaxDepth = 256;

    private static readonly HashSet<string> Skipped =
        ["SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "NAV", "HEADER", "FOOTER", "FORM", "BUTTON", "SVG", "IFRAME", "SELECT", "HEAD", "OBJECT"];

    private static readonly HashSet<string> Blocks =
        ["P", "DIV", "LI", "H1", "H2", "H3", "H4", "H5", "H6", "BLOCKQUOTE", "TD", "TH", "TR", "DT", "DD", "PRE", "CAPTION",
         "SECTION", "ARTICLE", "MAIN", "ASIDE", "UL", "OL", "DL", "TABLE", "TBODY", "THEAD", "TFOOT", "FIGURE", "FIGCAPTION", "HR", "ADDRESS", "CENTER", "BODY"];

    // Elements too large to be one note: a link to them is navigation.
    private static readonly HashSet<string> Containers = ["BODY", "MAIN", "ARTICLE", "SECTION", "UL", "OL", "DL", "TABLE", "TBODY"];

    private static bool IsLeftOut(IElement e) => Skipped.Contains(e.TagName) || IsNavigation(e);

    private static bool IsNavigation(IElement e) =>
        e.GetAttribute("role") is "navigation" or "banner" or "contentinfo" or "search"
        || (e.GetAttribute("class") ?? "").Contains("breadcrumb", StringComparison.OrdinalIgnoreCase);

    public bool CanRead(ReadOnlySpan<byte> head, string extension)
    {
        if (extension is ".html" or ".htm" or ".xhtml") return true;
        var start = Encoding.UTF8.GetString(head[..Math.Min(head.Length, 1024)]).TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        return start.StartsWith("<!DOCTYPE html", StringComparison.OrdinalIgnoreCase)
            || start.StartsWith("<html", StringComparison.OrdinalIgnoreCase)
            || (start.StartsWith("<?xml", StringComparison.Ordinal) && start.Contains("<html", StringComparison.OrdinalIgnoreCase));
    }

    public NormalisedDocument Read(byte[] content, string source)
    {
        DocumentLimits.CheckSize(content.Length);
        var html = TextDecoding.Decode(content);
        var document = new HtmlParser(new HtmlParserOptions { IsScripting = false }).ParseDocument(html);
        var root = (IElement?)document.Body ?? document.DocumentElement;

        var notes = CollectNotes(root, out var noteElements, out var markerLinks);
        var blocks = new List<TextBlock>();
        var walker = new BlockWalker(noteElements, markerLinks, blocks);
        walker.Walk(root, 0);
        walker.Flush();
        if (blocks.Count == 0 && notes.Count == 0) throw new UnreadableDocumentException("HTML page with no text");
        return new NormalisedDocument(source, blocks, notes) { Format = "html" };
    }

    /// <summary>Finds the notes: targets of marker links, and items of a footnotes section.</summary>
    private static List<Note> CollectNotes(IElement root, out HashSet<IElement> noteElements, out Dictionary<IElement, string> markerLinks)
    {
        noteElements = [];
        markerLinks = [];
        var notes = new List<Note>();
        var owner = root.Owner!;
        var named = new Dictionary<string, IElement>();   // old pages (Word's HTML) anchor notes by name, not id
        foreach (var a in root.QuerySelectorAll("a[name]"))
            named.TryAdd(a.GetAttribute("name")!, a);
        foreach (var link in root.QuerySelectorAll("a[href^='#']"))
        {
            var label = link.TextContent.Trim().Trim('[', ']', '(', ')');
            if (!NoteLabels.IsMarker(label) || link.Ancestors<IElement>().Any(IsLeftOut)) continue;
            var id = link.GetAttribute("href")![1..];
            var target = id.Length == 0 ? null : owner.GetElementById(id) ?? named.GetValueOrDefault(id);
            if (target is null || target.Contains(link)) continue;
            // a back-link from a note to its marker: the note was registered by the marker that came first
            if (noteElements.Any(n => n.Contains(link))) continue;
            var note = BlockOf(target);
            if (note.Contains(link) || Containers.Contains(note.TagName)) continue;   // "skip to content" links are no notes
            markerLinks[link] = label;
            if (noteElements.Add(note)) notes.Add(new Note(label, NoteText(note, label)));
        }
        // A footnotes section without links: each item opening with its label.
        foreach (var section in root.QuerySelectorAll("[role='doc-endnotes'], [role='doc-footnotes'], .footnotes, #footnotes"))
            foreach (var item in section.QuerySelectorAll("li, p"))
            {
                if (noteElements.Any(n => n.Contains(item) || item.Contains(n))) continue;
                var text = Clean(item.TextContent);
                var label = LeadingLabel(item, text);
                if (label is null) continue;
                noteElements.Add(item);
                notes.Add(new Note(label, NoteText(item, label)));
            }
        return notes;
    }

    private static IElement BlockOf(IElement e)
    {
        var current = e;
        while (!Blocks.Contains(current.TagName) && current.ParentElement is { } parent) current = parent;
        return current;
    }

    private static string? LeadingLabel(IElement item, string text)
    {
        if (item.TagName == "LI" && item.ParentElement is { TagName: "OL" } list)
            return (list.Children.Index(item) + 1 + (int.TryParse(list.GetAttribute("start"), out var s) ? s - 1 : 0)).ToString();
        var end = 0;
        while (end < text.Length && !char.IsWhiteSpace(text[end]) && text[end] != '.') end++;
        var label = text[..end];
        return NoteLabels.IsMarker(label) ? label : null;
    }

    private static string NoteText(IElement note, string label)
    {
        var copy = (IElement)note.Clone();
        foreach (var back in copy.QuerySelectorAll("a[href^='#fnref'], a[href^='#ref'], a.footnote-back, a[role='doc-backlink']").ToList()) back.Remove();
        var text = Clean(copy.TextContent).TrimEnd('↩', '\uFE0E', ' ');
        foreach (var wrapped in (string[])[$"[{label}]", $"({label})"])
            if (text.StartsWith(wrapped, StringComparison.Ordinal)) return text[wrapped.Length..].TrimStart('.', ' ', '\u00A0');
        if (text.StartsWith(label, StringComparison.Ordinal) && (text.Length == label.Length || !char.IsAsciiDigit(text[label.Length])))
            text = text[label.Length..].TrimStart('.', ')', ' ', '\u00A0');
        return text;
    }

    private static string Clean(string s) => string.Join(' ', s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>Walks the tree, one text block per innermost block element, markers kept at offsets.</summary>
    private sealed class BlockWalker(HashSet<IElement> noteElements, Dictionary<IElement, string> markerLinks, List<TextBlock> blocks)
    {
        private readonly StringBuilder text = new();
        private readonly List<NoteMarker> markers = [];

        public void Walk(INode node, int depth)
        {
            if (depth > MaxDepth) throw new UnreadableDocumentException($"HTML nested deeper than {MaxDepth} elements");
            foreach (var child in node.ChildNodes)
            {
                switch (child)
                {
                    case IText t:
                        AppendText(t.Data);
                        break;
                    case IElement e when IsLeftOut(e) || noteElements.Contains(e):
                        break;
                    case IElement e when markerLinks.TryGetValue(e, out var label):
                        markers.Add(new NoteMarker(label, TrimmedLength()));
                        break;
                    case IElement { TagName: "SUP" } e when !e.QuerySelectorAll("a").Any() && NoteLabels.IsMarker(e.TextContent.Trim()) && text.Length > 0:
                        foreach (var one in e.TextContent.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
                            markers.Add(new NoteMarker(one, TrimmedLength()));
                        break;
                    case IElement { TagName: "BR" }:
                        AppendText(" ");
                        break;
                    case IElement e when Blocks.Contains(e.TagName):
                        Flush();
                        Walk(e, depth + 1);
                        Flush();
                        break;
                    case IElement e:
                        Walk(e, depth + 1);
                        break;
                }
            }
        }

        private void AppendText(string s)
        {
            foreach (var c in s)
            {
                if (char.IsWhiteSpace(c)) { if (text.Length > 0 && text[^1] != ' ') text.Append(' '); }
                else text.Append(c);
            }
        }

        private int TrimmedLength()
        {
            var n = text.Length;
            while (n > 0 && text[n - 1] == ' ') n--;
            return n;
        }

        public void Flush()
        {
            var t = text.ToString().TrimEnd();
            if (t.Length > 0 || markers.Count > 0)
                blocks.Add(new TextBlock(t, [.. markers.Select(m => m with { Offset = Math.Min(m.Offset, t.Length) })]));
            text.Clear();
            markers.Clear();
        }
    }
}
