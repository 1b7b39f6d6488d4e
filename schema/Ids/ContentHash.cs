using System.Security.Cryptography;

namespace UnCitationGraph.Ids;

/// <summary>The content hash that keys versions and unidentified files ("hash:..."): SHA-256 of the file's bytes, lower-case hex.</summary>
public static class ContentHash
{
    public static string Of(ReadOnlySpan<byte> content) => Convert.ToHexStringLower(SHA256.HashData(content));
}
