using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace UnCitationGraph.GraphApi.Api.Http;

/// <summary>Reads a request body as UTF-8 text, but never more than a limit: a 10 MB body costs no 10 MB buffer.</summary>
public static class BoundedBody
{
    /// <summary>The body, or null when it is longer than <paramref name="maxBytes"/>.</summary>
    public static async Task<string?> ReadAsync(HttpContext http, long maxBytes)
    {
        if (http.Request.ContentLength > maxBytes) return null;
        // Let Kestrel stop a lying or chunked upload too (read-only once the body has started; ignore then).
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature)
            feature.MaxRequestBodySize = maxBytes;

        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
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
        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }
}
