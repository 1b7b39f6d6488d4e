using UnCitationGraph.Ingest.Extraction;
using UnCitationGraph.Ingest.Reading;
using UnCitationGraph.Model;

namespace UnCitationGraph.Ingest;

/// <summary>
/// Bytes of one file → a reader chosen by content → the extractor's stages → what the contract says of the file.
/// The content hash is left to whoever read the bytes (the worker hashes while it reads), so it is computed once.
/// </summary>
public sealed class ExtractionPipeline(DocumentReaders readers, Extractor extractor) : IDocumentPipeline
{
    public static ExtractionPipeline Default { get; } = new(DocumentReaders.Default, Extractor.Default);

    public ExtractedDocument Extract(byte[] content, string source) => extractor.Extract(readers.Read(content, source), source);
}
