namespace UnCitationGraph.Ingest.Extraction;

/// <summary>
/// Folded words numbered in order of arrival, looked up by a span with a hash computed while folding (FNV-1a):
/// one probe per word of the text, no string built to ask. Open addressing, grown at half full.
/// Reads are safe from many threads once no word is added any more.
/// </summary>
public sealed class WordTable
{
    string?[] _keys = new string?[1024];
    uint[] _hashes = new uint[1024];
    int[] _ids = new int[1024];
    readonly List<string> _words = [];

    public const uint Seed = 2166136261;

    /// <summary>One more character into a word's hash.</summary>
    public static uint Step(uint hash, char c) => (hash ^ c) * 16777619;

    public static uint HashOf(ReadOnlySpan<char> word)
    {
        var h = Seed;
        foreach (var c in word) h = Step(h, c);
        return h;
    }

    public int Count => _words.Count;

    /// <summary>The word numbered <paramref name="id"/>.</summary>
    public string this[int id] => _words[id];

    /// <summary>The number of a word, or -1 when it is not in the table.</summary>
    public int Find(ReadOnlySpan<char> word, uint hash)
    {
        var mask = _keys.Length - 1;
        for (var i = (int)(hash & mask); ; i = (i + 1) & mask)
        {
            var key = _keys[i];
            if (key == null) return -1;
            if (_hashes[i] == hash && word.SequenceEqual(key)) return _ids[i];
        }
    }

    public int Find(string word) => Find(word, HashOf(word));

    /// <summary>The number of a word, added when new.</summary>
    public int Add(ReadOnlySpan<char> word, uint hash)
    {
        var found = Find(word, hash);
        if (found >= 0) return found;
        if ((_words.Count + 1) * 2 > _keys.Length) Grow();
        var id = _words.Count;
        var s = word.ToString();
        _words.Add(s);
        Place(s, hash, id);
        return id;
    }

    public int Add(string word) => Add(word, HashOf(word));

    void Place(string key, uint hash, int id)
    {
        var mask = _keys.Length - 1;
        var i = (int)(hash & mask);
        while (_keys[i] != null) i = (i + 1) & mask;
        _keys[i] = key;
        _hashes[i] = hash;
        _ids[i] = id;
    }

    void Grow()
    {
        var (keys, hashes, ids) = (_keys, _hashes, _ids);
        _keys = new string?[keys.Length * 2];
        _hashes = new uint[keys.Length * 2];
        _ids = new int[keys.Length * 2];
        for (var k = 0; k < keys.Length; k++)
            if (keys[k] is { } key) Place(key, hashes[k], ids[k]);
    }
}
