using System.Buffers;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace UnCitationGraph.GraphApi.Api.Http;

/// <summary>Reads a request body as UTF-8 text, but never more than a limit: a 10 MB body costs no 10 MB buffer.</summary>
public static class BoundedBody
{
    /// <summary>The body, or null when it is longer than <paramref name="maxBytes"/>.</summary>
    public static async Task<string?> ReadAsync(HttpContext http, long maxBytes) =>
        await ReadBytesAsync(http, maxBytes) is { } bytes ? Encoding.UTF8.GetString(bytes) : null;

    /// <summary>The body's bytes, or null when it is longer than <paramref name="maxBytes"/>.</summary>
    public static async Task<byte[]?> ReadBytesAsync(HttpContext http, long maxBytes)
    {
        if (http.Request.ContentLength > maxBytes) return null;
        // Let Kestrel stop a lying or chunked upload too (read-only once the body has started; ignore then).
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature)
            feature.MaxRequestBodySize = maxBytes;

        // Sized for the announced length; the read chunk is pooled: a fresh 16 KB array per request was half of all the
        // bytes the API allocated (by-symbol lookup), and every gen0 collection that caused paused all requests.
        using var buffer = new MemoryStream((int)Math.Clamp(http.Request.ContentLength ?? 0, 0, maxBytes));
        var chunk = ArrayPool<byte>.Shared.Rent(16 * 1024);
        try
        {
            int read;
            while ((read = await http.Request.Body.ReadAsync(chunk, http.RequestAborted)) > 0)
            {
                if (buffer.Length + read > maxBytes) return null;
                buffer.Write(chunk, 0, read);
            }
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return null;
        }
        finally { ArrayPool<byte>.Shared.Return(chunk); }
        return buffer.ToArray();
    }
}
