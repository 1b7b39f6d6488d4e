namespace UnCitationGraph.Ingest.Reading;

/// <summary>
/// Bounds on what a reader accepts, so a hostile or broken file ends in a clear error rather than a hang or an
/// unbounded allocation. Callers check the file size before loading it.
/// </summary>
public static class DocumentLimits
{
    public const long MaxFileBytes = 100L * 1024 * 1024;
    public const int MaxPdfPages = 3000;
    public const int MaxLettersPerPage = 200_000;
    public static readonly TimeSpan MaxReadTime = TimeSpan.FromSeconds(120);

    /// <summary>Unzipped size of one part of a DOCX, and the ratio to its compressed size beyond which it is a zip bomb.</summary>
    public const long MaxZipEntryBytes = 200L * 1024 * 1024;
    public const long MaxZipTotalBytes = 400L * 1024 * 1024;
    public const int MaxZipRatio = 200;
    public const int MaxZipEntries = 10_000;

    /// <summary>Throws the clear error for a file larger than the limit.</summary>
    public static void CheckSize(long bytes)
    {
        if (bytes > MaxFileBytes) throw TooLarge(bytes, MaxFileBytes);
    }

    /// <summary>The clear error for a file of <paramref name="bytes"/> over a limit of <paramref name="maxBytes"/>.</summary>
    public static UnreadableDocumentException TooLarge(long bytes, long maxBytes) =>
        new($"file too large: {Megabytes(bytes)} MB, over the {Megabytes(maxBytes)} MB limit for one document");

    static string Megabytes(long bytes) => (bytes / (1024.0 * 1024)).ToString("0.#", System.Globalization.CultureInfo.InvariantCulture);
}
