using System.IO.Compression;

namespace UnCitationGraph.Ingest.Reading.Docx;

/// <summary>
/// Checks a zip container before anything parses it: entry count, and each entry's real unpacked size and
/// compression ratio, counted by streaming the entry (headers can lie) and stopping at the first limit crossed.
/// </summary>
internal static class ZipBombGuard
{
    public static void Check(byte[] content)
    {
        ZipArchive zip;
        try { zip = new ZipArchive(new MemoryStream(content, writable: false), ZipArchiveMode.Read); }
        catch (InvalidDataException e) { throw new UnreadableDocumentException($"corrupt DOCX: not a readable zip container ({e.Message})", e); }

        using (zip)
        {
            if (zip.Entries.Count > DocumentLimits.MaxZipEntries)
                throw new UnreadableDocumentException($"DOCX refused: {zip.Entries.Count} zip entries, over the limit of {DocumentLimits.MaxZipEntries}");
            var buffer = new byte[81920];
            long total = 0;
            foreach (var entry in zip.Entries)
            {
                if (entry.Length > DocumentLimits.MaxZipEntryBytes) throw Bomb(entry.FullName, entry.Length, entry.CompressedLength);
                long size = 0;
                try
                {
                    using var stream = entry.Open();
                    int n;
                    while ((n = stream.Read(buffer)) > 0)
                    {
                        size += n;
                        total += n;
                        if (size > DocumentLimits.MaxZipEntryBytes || total > DocumentLimits.MaxZipTotalBytes
                            || (size > 1024 * 1024 && size > DocumentLimits.MaxZipRatio * Math.Max(1, entry.CompressedLength)))
                            throw Bomb(entry.FullName, size, entry.CompressedLength);
                    }
                }
                catch (InvalidDataException e)
                {
                    throw new UnreadableDocumentException($"corrupt DOCX: zip entry {entry.FullName} cannot be unpacked ({e.Message})", e);
                }
            }
        }
    }

    private static UnreadableDocumentException Bomb(string entry, long size, long compressed) =>
        new($"DOCX refused as a zip bomb: entry {entry} unpacks to over {size / (1024 * 1024)} MB from {compressed / 1024} KB " +
            $"(limits: {DocumentLimits.MaxZipEntryBytes / (1024 * 1024)} MB per entry, ratio {DocumentLimits.MaxZipRatio}:1)");
}
