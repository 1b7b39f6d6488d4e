using UnCitationGraph.Ingest.Extraction;
using UnCitationGraph.Ingest.Reading;
using UnCitationGraph.Model;

namespace UnCitationGraph.Ingest;

/// <summary>The full pipeline: a reader chosen by content normalises the file, the extractor reads its references.</summary>
public sealed class ExtractorPipeline(DocumentReaders readers, Extractor extractor) : IDocumentPipeline
{
    public static ExtractorPipeline Default { get; } = new(DocumentReaders.Default, Extractor.Default);

    public ExtractedDocument Extract(byte[] content, string source) => extractor.Extract(readers.Read(content, source), source);
}
