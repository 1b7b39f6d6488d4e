using System.Security.Cryptography;
using UnCitationGraph.Ingest.Extraction;
using UnCitationGraph.Ingest.Reading;
using UnCitationGraph.Model;

namespace UnCitationGraph.Ingest;

/// <summary>Bytes of one file → a reader chosen by content → the extractor's stages → what the contract says of the file.</summary>
public sealed class ExtractionPipeline(DocumentReaders readers, Extractor extractor) : IDocumentPipeline
{
    public static ExtractionPipeline Default { get; } = new(DocumentReaders.Default, Extractor.Default);

    public ExtractedDocument Extract(byte[] content, string source)
    {
        var document = readers.Read(content, source);
        return extractor.Extract(document, source) with { ContentHash = Convert.ToHexStringLower(SHA256.HashData(content)) };
    }
}
