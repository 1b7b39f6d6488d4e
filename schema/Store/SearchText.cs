namespace UnCitationGraph.Store;

/// <summary>
/// The one bound on search text both stores share: a symbol or a title fragment is short, and SQLite refuses LIKE
/// patterns past 50,000 bytes with an internal error. A longer text is the caller's mistake, said as such.
/// </summary>
public static class SearchText
{
    public const int MaxChars = 1000;

    /// <summary>The text unchanged; ArgumentException (shown to API clients as it is) when it is too long.</summary>
    public static string Checked(string text) =>
        text.Length <= MaxChars ? text : throw new ArgumentException($"The search text is {text.Length} characters long; at most {MaxChars} are searched.", nameof(text));
}
