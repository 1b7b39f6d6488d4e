using UnCitationGraph.Model;

namespace UnCitationGraph.Ingest;

/// <summary>
/// The seam between the store side and the extraction side: bytes of one file in, what the extractor says
/// about it out. Throws <see cref="Reading.UnreadableDocumentException"/> (with the reason for the user)
/// when the file cannot be read. Must be safe to call from several threads at once.
/// </summary>
public interface IDocumentPipeline
{
    ExtractedDocument Extract(byte[] content, string source);
}
