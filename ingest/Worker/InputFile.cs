using System.Security.Cryptography;
using UnCitationGraph.Ingest.Reading;

namespace UnCitationGraph.Ingest.Worker;

/// <summary>The bytes of one input file and their SHA-256, read under the engine's size limit.</summary>
public sealed record InputFile(byte[] Content, string Hash)
{
    const int Chunk = 1 << 16;

    /// <summary>
    /// Reads a file that may be hostile: its size is checked before anything is allocated (and again while reading,
    /// since it may grow), a symbolic link must lead to a regular file (a loop or a dangling link is refused), a file
    /// of length 0 is refused without being opened (so a named pipe cannot block a thread), and a file that changes
    /// or disappears while it is read is refused rather than stored half-read. Throws
    /// <see cref="UnreadableDocumentException"/> with the reason for the user.
    /// </summary>
    public static async Task<InputFile> ReadAsync(string path, long maxBytes, CancellationToken ct)
    {
        try
        {
            var before = Regular(path);
            if (before.Length == 0) throw new UnreadableDocumentException("The file is empty (or is not a regular file).");
            if (before.Length > maxBytes) throw TooLarge(before.Length, maxBytes);

            var content = new byte[before.Length];
            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            await using (var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 1, useAsync: true))
            {
                var read = 0;
                while (read < content.Length)
                {
                    var n = await stream.ReadAsync(content.AsMemory(read, Math.Min(Chunk, content.Length - read)), ct);
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
        if (info.LinkTarget is null) return info.Exists ? info : throw new FileNotFoundException("The file disappeared before it could be read.", path);
        FileSystemInfo? target;
        try { target = info.ResolveLinkTarget(returnFinalTarget: true); }
        catch (IOException e) { throw new UnreadableDocumentException($"The symbolic link cannot be followed (a loop?): {e.Message}", e); }
        return target is FileInfo { Exists: true } file
            ? file
            : throw new UnreadableDocumentException($"The symbolic link leads to \"{info.LinkTarget}\", which is not a readable file.");
    }

    static UnreadableDocumentException TooLarge(long bytes, long max) =>
        new($"The file is too large: {bytes:N0} bytes, over the limit of {max:N0} bytes for one document (watch/ingest --max-file-mb).");

    static UnreadableDocumentException Changed() =>
        new("The file changed while it was being read; write it under a temporary name and rename it into the inbox when complete.");
}
