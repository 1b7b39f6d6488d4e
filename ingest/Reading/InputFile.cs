using System.Security.Cryptography;

namespace UnCitationGraph.Ingest.Reading;

/// <summary>The bytes of one input file and their SHA-256, read under a size limit: the one way a file is read.</summary>
public sealed record InputFile(byte[] Content, string Hash)
{
    const int Chunk = 1 << 16;

    /// <summary>
    /// Reads a file that may be hostile: its size is checked against <paramref name="maxBytes"/> before anything is
    /// allocated (and again while reading, since it may grow), a symbolic link must lead to a regular file (a loop or a
    /// dangling link is refused), a file of length 0 is refused without being opened (so a named pipe cannot block a
    /// thread), and a file that changes or disappears while it is read is refused rather than stored half-read. The
    /// worker passes its --max-file-mb, `extract` the readers' own <see cref="DocumentLimits.MaxFileBytes"/>.
    /// Throws <see cref="UnreadableDocumentException"/> with the reason for the user.
    /// </summary>
    public static InputFile Read(string path, long maxBytes, CancellationToken ct = default)
    {
        try
        {
            var before = Regular(path);
            if (before.Length == 0) throw new UnreadableDocumentException("The file is empty (or is not a regular file).");
            if (before.Length > maxBytes) throw DocumentLimits.TooLarge(before.Length, maxBytes);

            var content = new byte[before.Length];
            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            using (var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, bufferSize: 1))
            {
                var read = 0;
                while (read < content.Length)
                {
                    ct.ThrowIfCancellationRequested();
                    var n = stream.Read(content, read, Math.Min(Chunk, content.Length - read));
                    if (n == 0) break;
                    hash.AppendData(content, read, n);
                    read += n;
                }
                if (read < content.Length || stream.ReadByte() >= 0) throw Changed();
            }
            if (!File.Exists(path)) throw new UnreadableDocumentException("The file disappeared while it was being read.");
            var after = Regular(path);
            if (after.Length != before.Length || after.LastWriteTimeUtc != before.LastWriteTimeUtc) throw Changed();
            return new InputFile(content, Convert.ToHexStringLower(hash.GetHashAndReset()));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UnreadableDocumentException("The file cannot be read: " + e.Message, e);
        }
    }

    /// <summary>The file itself, or the regular file its symbolic link leads to.</summary>
    static FileInfo Regular(string path)
    {
        var info = new FileInfo(path);
        if (info.LinkTarget is null) return info.Exists ? info : throw new FileNotFoundException("no such file (or it disappeared before it could be read).", path);
        FileSystemInfo? target;
        try { target = info.ResolveLinkTarget(returnFinalTarget: true); }
        catch (IOException e) { throw new UnreadableDocumentException($"The symbolic link cannot be followed (a loop?): {e.Message}", e); }
        return target is FileInfo { Exists: true } file
            ? file
            : throw new UnreadableDocumentException($"The symbolic link leads to \"{info.LinkTarget}\", which is not a readable file.");
    }

    static UnreadableDocumentException Changed() =>
        new("The file changed while it was being read; write it under a temporary name and rename it into the inbox when complete.");
}
