using System.Globalization;
using System.Xml;
using UnCitationGraph.Model;
using UnCitationGraph.Store;

namespace UnCitationGraph.Ingest.Export;

/// <summary>
/// The graph as GraphML (Gephi, Cytoscape desktop, yEd), streamed from the store: every node, then every CITES edge.
/// Node ids are the canonical ids; attributes are declared as GraphML keys.
/// </summary>
public static class GraphMlWriter
{
    static readonly (string Id, string For, string Type)[] Keys =
    [
        ("kind", "node", "string"), ("label", "node", "string"), ("body", "node", "string"), ("docKind", "node", "string"),
        ("year", "node", "int"), ("session", "node", "string"), ("date", "node", "string"), ("ingested", "node", "boolean"),
        ("location", "edge", "string"), ("text", "edge", "string"), ("footnote", "edge", "string"), ("relation", "edge", "string"),
        ("languages", "edge", "string"),
    ];

    public static async Task<(long Nodes, long Edges)> WriteAsync(IGraphStore store, Stream output, CancellationToken ct)
    {
        await using var xml = XmlWriter.Create(output, new XmlWriterSettings { Async = true, Indent = true, CloseOutput = false });
        await xml.WriteStartDocumentAsync();
        xml.WriteStartElement("graphml", "http://graphml.graphdrawing.org/xmlns");
        foreach (var (id, target, type) in Keys)
        {
            xml.WriteStartElement("key");
            xml.WriteAttributeString("id", id);
            xml.WriteAttributeString("for", target);
            xml.WriteAttributeString("attr.name", id);
            xml.WriteAttributeString("attr.type", type);
            xml.WriteEndElement();
        }
        xml.WriteStartElement("graph");
        xml.WriteAttributeString("id", "un-citations");
        xml.WriteAttributeString("edgedefault", "directed");
        long nodes = 0, edges = 0;
        await foreach (var n in store.StreamNodesAsync(ct))
        {
            xml.WriteStartElement("node");
            xml.WriteAttributeString("id", n.Id);
            Data(xml, "kind", n.Kind.ToString());
            Data(xml, "label", n.Label ?? n.Id);
            Data(xml, "body", n.Body);
            Data(xml, "docKind", n.DocumentKind);
            Data(xml, "year", n.Year?.ToString(CultureInfo.InvariantCulture));
            Data(xml, "session", n.Session);
            Data(xml, "date", n.Date);
            Data(xml, "ingested", n.Ingested ? "true" : "false");
            xml.WriteEndElement();
            if (++nodes % 10_000 == 0) await xml.FlushAsync();
        }
        await foreach (var c in store.StreamCitationsAsync(ct))
        {
            xml.WriteStartElement("edge");
            xml.WriteAttributeString("id", "e" + edges.ToString(CultureInfo.InvariantCulture));
            xml.WriteAttributeString("source", c.SourceId);
            xml.WriteAttributeString("target", c.TargetId);
            Data(xml, "location", c.Location);
            Data(xml, "text", c.Text);
            Data(xml, "footnote", c.Footnote);
            Data(xml, "relation", c.Relation);
            Data(xml, "languages", string.Join(',', c.Languages));
            xml.WriteEndElement();
            if (++edges % 10_000 == 0) await xml.FlushAsync();
        }
        xml.WriteEndElement();
        xml.WriteEndElement();
        await xml.WriteEndDocumentAsync();
        return (nodes, edges);
    }

    static void Data(XmlWriter xml, string key, string? value)
    {
        if (value is null) return;
        xml.WriteStartElement("data");
        xml.WriteAttributeString("key", key);
        xml.WriteString(XmlSafe(value));
        xml.WriteEndElement();
    }

    // XML 1.0 cannot carry most control characters, even escaped; extracted text may hold them.
    static string XmlSafe(string s) =>
        s.Any(c => c < 0x20 && c is not ('\t' or '\n' or '\r')) ? new string(s.Select(c => c < 0x20 && c is not ('\t' or '\n' or '\r') ? '\uFFFD' : c).ToArray()) : s;
}
