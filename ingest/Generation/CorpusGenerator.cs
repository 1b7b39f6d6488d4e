using System.Globalization;
using System.Text;
using UnCitationGraph.Instruments;
using UnCitationGraph.Model;

namespace UnCitationGraph.Ingest.Generation;

/// <summary>
/// One generated file: its name, the symbol and language it is a version of, its text, and what an exact extractor
/// would say about it (<see cref="Truth"/>: identity, every reference with its location, orphaned footnotes).
/// </summary>
public sealed record GeneratedDocument(string FileName, string Symbol, string Language, string Text, ExtractedDocument Truth)
{
    /// <summary>The ids the text cites, in order of appearance (repeats kept).</summary>
    public IEnumerable<string> Cites => Truth.References.Select(r => r.Target);
}

/// <summary>
/// A deterministic UN-style corpus for tests and benchmarks: English and French texts with a title block carrying
/// their own symbol, from ten series (GA, HRC, SC, ECOSOC and Commission resolutions; GA, HRC, SC and ECOSOC
/// documents, addenda), preambular and operative paragraphs opened by citing verbs (numbered paragraphs in
/// reports), footnotes holding symbols (some orphaned), resolutions cited by number with or without their body,
/// instruments by name, symbols of other series (conferences, treaty bodies, Secretariat, committees) and web
/// addresses. Citations follow a power law: the Charter and the Universal Declaration are cited by almost every
/// text, and a cited work is picked by copying an earlier citation half of the time (preferential attachment,
/// as in Price's model), so a few texts gather most citations. Some files are the other-language version of
/// an earlier symbol. The same (count, seed) gives the same files, byte for byte.
/// At a million files the series run past today's sessions and years: symbols stay well-formed and unique.
/// </summary>
public sealed class CorpusGenerator(int documents, int seed)
{
    // A work's language versions are written from the same content seed, so they cite the same targets (with
    // the words of their language): PoolSize freezes the copying pool as the first version saw it.
    /// <summary>A date as UN documents print it: "2 November 2006", "2 novembre 2006" (the truth keeps it ISO).</summary>
    static string PrintedDate(string iso, bool french) =>
        DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture)
            .ToString("d MMMM yyyy", french ? CultureInfo.GetCultureInfo("fr-FR") : CultureInfo.InvariantCulture);

    sealed record Work(int Index, string Symbol, Series Series, int Number, int SessionOrYear, string Date, int ContentSeed, HashSet<string> Languages)
    {
        public int PoolSize { get; set; } = -1;

        public bool IsResolution => Series is Series.GaRes or Series.HrcRes or Series.ScRes or Series.ChrRes or Series.EcosocRes;
    }

    enum Series { GaRes, HrcRes, ScRes, ChrRes, EcosocRes, GaReport, HrcReport, ScDocument, EcosocDocument }

    // Share of new works per series: documents outnumber resolutions, as in the Official Document System.
    static readonly (Series Series, double Share)[] Mix =
    [
        (Series.GaRes, 0.22), (Series.HrcRes, 0.12), (Series.ScRes, 0.06), (Series.ChrRes, 0.04), (Series.EcosocRes, 0.04),
        (Series.GaReport, 0.22), (Series.HrcReport, 0.12), (Series.ScDocument, 0.12), (Series.EcosocDocument, 0.06),
    ];

    readonly Random _rng = new(seed);
    readonly List<Work> _works = [];
    readonly List<int> _cited = []; // every citation of a corpus work so far, by work index: the copying pool
    readonly Dictionary<Series, int> _counters = [];
    readonly InstrumentCatalogue _catalogue = InstrumentCatalogue.Default;

    public IEnumerable<GeneratedDocument> Generate()
    {
        for (var i = 0; i < documents; i++)
        {
            var translation = _works.Count > 10 && _rng.NextDouble() < 0.15 ? PickUntranslated() : null;
            var work = translation ?? NewWork();
            var language = translation is null ? (_rng.NextDouble() < 0.6 ? "en" : "fr") : (work.Languages.Contains("en") ? "fr" : "en");
            work.Languages.Add(language);
            var fileName = $"{i:D7}_{language}.txt";
            var first = work.PoolSize < 0;
            if (first) work.PoolSize = _cited.Count;
            var (text, truth) = new Writer(this, work, language == "fr", first).Write(fileName);
            yield return new GeneratedDocument(fileName, work.Symbol, language, text, truth);
        }
    }

    Work? PickUntranslated()
    {
        for (var tries = 0; tries < 5; tries++)
        {
            var w = _works[_works.Count - 1 - _rng.Next(Math.Min(50, _works.Count))];
            if (w.Languages.Count == 1) return w;
        }
        return null;
    }

    Work NewWork()
    {
        var roll = _rng.NextDouble();
        var series = Mix[^1].Series;
        foreach (var (s, share) in Mix)
        {
            if (roll < share) { series = s; break; }
            roll -= share;
        }
        var c = _counters[series] = _counters.GetValueOrDefault(series) + 1;
        // Numbers restart each session or year; sessions and years advance when a series has used up its numbers,
        // so symbols never repeat. Years follow SymbolFacts (GA session n: 1945 + n; HRC: three sessions a year).
        var (symbol, number, sessionOrYear, year) = series switch
        {
            Series.GaRes => Numbered(c, 300, 40, (s, n) => $"A/RES/{s}/{n}", s => 1945 + s),
            Series.GaReport => Numbered(c, 1000, 40, (s, n) => $"A/{s}/{n}" + (n % 7 == 0 ? "/Add.1" : ""), s => 1945 + s),
            Series.HrcRes => Numbered(c, 40, 1, (s, n) => $"A/HRC/RES/{s}/{n}", s => 2006 + (s - 1) / 3),
            Series.HrcReport => Numbered(c, 150, 1, (s, n) => $"A/HRC/{s}/{n}" + (n % 9 == 0 ? "/Add.1" : ""), s => 2006 + (s - 1) / 3),
            Series.ScRes => ($"S/RES/{c}({1946 + c / 60})", c, 1946 + c / 60, 1946 + c / 60),
            Series.ScDocument => Numbered(c, 1000, 1990, (y, n) => $"S/{y}/{n}", y => y),
            Series.ChrRes => Numbered(c, 80, 1950, (y, n) => $"E/CN.4/RES/{y}/{n}", y => y),
            Series.EcosocRes => Numbered(c, 60, 1980, (y, n) => $"E/RES/{y}/{n}", y => y),
            _ => Numbered(c, 500, 1980, (y, n) => $"E/{y}/{n}", y => y),
        };
        var date = new DateOnly(Math.Min(year, 2099), 1 + _rng.Next(12), 1 + _rng.Next(28)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var work = new Work(_works.Count, symbol, series, number, sessionOrYear, date, _rng.Next(), []);
        _works.Add(work);
        return work;

        static (string, int, int, int) Numbered(int count, int perSession, int first, Func<int, int, string> format, Func<int, int> yearOf)
        {
            var session = first + (count - 1) / perSession;
            var number = (count - 1) % perSession + 1;
            return (format(session, number), number, session, yearOf(session));
        }
    }

    /// <summary>An earlier work to cite: a copy of an earlier citation half of the time (the rich get richer), else any earlier work.</summary>
    Work CitedWork(Random rng, Work citing, bool first)
    {
        var index = citing.PoolSize > 0 && rng.NextDouble() < 0.5 ? _cited[rng.Next(citing.PoolSize)] : rng.Next(citing.Index);
        if (first) _cited.Add(index);
        return _works[index];
    }

    /// <summary>Writes one file, keeping beside the text what an exact extractor would report.</summary>
    sealed class Writer(CorpusGenerator g, Work work, bool fr, bool first)
    {
        readonly StringBuilder _text = new(6000);
        readonly List<string> _notes = [];
        readonly List<Reference> _references = [];
        readonly List<Orphan> _orphans = [];
        readonly Random _rng = new(work.ContentSeed);
        string _location = "P0";

        public (string Text, ExtractedDocument Truth) Write(string fileName)
        {
            var title = Title();
            Header(title);
            var references = (int)Math.Min(40, 1 + Math.Floor(2 / Math.Pow(1 - _rng.NextDouble(), 0.6)));
            if (work.IsResolution) Resolution(references);
            else Report(references);
            Notes();
            var identity = new DocumentIdentity(work.Symbol, BodyCode(work.Series), work.IsResolution ? DocumentKinds.Resolution : DocumentKinds.Report,
                fr ? "fr" : "en", work.Date, title);
            return (_text.ToString(), new ExtractedDocument(fileName, identity, _references, [], _orphans));
        }

        void Resolution(int references)
        {
            var preambular = 3 + _rng.Next(6);
            var operative = 3 + _rng.Next(8);
            var pp = 0;
            if (_rng.NextDouble() < 0.97)
                Named(++pp, fr ? "la Charte des Nations Unies" : "the Charter of the United Nations", "instrument:un-charter");
            if (_rng.NextDouble() < 0.85)
                Named(++pp, fr ? "la Déclaration universelle des droits de l'homme" : "the Universal Declaration of Human Rights", "instrument:udhr");
            for (var p = 0; p < preambular + operative; p++)
            {
                var isPreambular = p < preambular;
                _location = isPreambular ? $"PP{++pp}" : $"OP{p - preambular + 1}";
                var count = p == preambular + operative - 1 ? references : Math.Min(references, _rng.Next(3));
                references -= count;
                var body = Mentions(count);
                if (isPreambular) _text.Append(Verb(true)).Append(' ').Append(body).Append(",\n\n");
                else _text.Append(p - preambular + 1).Append(". ").Append(Verb(false)).Append(' ').Append(body).Append(";\n\n");
            }
        }

        void Report(int references)
        {
            var paragraphs = 4 + _rng.Next(10);
            for (var p = 1; p <= paragraphs; p++)
            {
                _location = $"P{p}";
                var count = p == paragraphs ? references : Math.Min(references, _rng.Next(3));
                references -= count;
                if (p == 1 && _rng.NextDouble() < 0.9)
                {
                    _text.Append("1. ").Append(fr ? "Le présent rapport est soumis en application de " : "The present report is submitted pursuant to ");
                    var charter = fr ? "la Charte des Nations Unies" : "the Charter of the United Nations";
                    _text.Append(charter);
                    _references.Add(new Reference("instrument:un-charter", charter, _location, null, null));
                    _text.Append(count > 0 ? (fr ? " et de " : " and ") + Mentions(count) : "").Append(".\n\n");
                    continue;
                }
                _text.Append(p).Append(". ").Append(fr ? "Le Secrétaire général rappelle " : "The Secretary-General recalls ")
                    .Append(Mentions(count)).Append(".\n\n");
            }
        }

        void Named(int pp, string name, string id)
        {
            _location = $"PP{pp}";
            var verb = Verb(true);
            _text.Append(verb).Append(' ').Append(name).Append(",\n\n");
            _references.Add(new Reference(id, name, _location, null, RelationOf(verb)));
        }

        string Mentions(int count)
        {
            if (count == 0) return Filler();
            var mentions = new List<string>(count);
            for (var r = 0; r < count; r++) mentions.Add(Mention());
            return string.Join(fr ? ", ainsi que " : ", as well as ", mentions) + ", " + Filler();
        }

        /// <summary>One reference: a corpus work, an instrument by name, or a text or address outside the corpus.</summary>
        string Mention()
        {
            var roll = _rng.NextDouble();
            if (roll < 0.2)
            {
                var entries = g._catalogue.Entries;
                var entry = entries[(int)(entries.Count * Math.Pow(_rng.NextDouble(), 2.5))];
                var name = entry.Titles.GetValueOrDefault(fr ? "fr" : "en") ?? entry.Titles.Values.First();
                return Cite("instrument:" + entry.Id, name);
            }
            if (roll < 0.3 || work.Index < 1) return Outside();
            var target = g.CitedWork(_rng, work, first);
            var numbered = target.Series switch
            {
                Series.GaRes => ByNumber(target, "General Assembly resolution", "de l'Assemblée générale", $"{target.SessionOrYear}/{target.Number}"),
                Series.HrcRes => ByNumber(target, "Human Rights Council resolution", "du Conseil des droits de l'homme", $"{target.SessionOrYear}/{target.Number}"),
                Series.ScRes => ByNumber(target, "Security Council resolution", "du Conseil de sécurité", $"{target.Number} ({target.SessionOrYear})"),
                Series.ChrRes => ByNumber(target, "Commission on Human Rights resolution", "de la Commission des droits de l'homme", $"{target.SessionOrYear}/{target.Number}"),
                Series.EcosocRes => ByNumber(target, "Economic and Social Council resolution", "du Conseil économique et social", $"{target.SessionOrYear}/{target.Number}"),
                _ => null,
            };
            if (numbered is not null)
                return Cite(target.Symbol, numbered, _rng.NextDouble() < 0.4 ? target.Symbol + "." : null);
            // A document: by its symbol in the text, or behind a footnote holding it.
            return _rng.NextDouble() < 0.5
                ? Cite(target.Symbol, (fr ? "le document " : "document ") + target.Symbol)
                : Cite(target.Symbol, fr ? "le rapport du Secrétaire général" : "the report of the Secretary-General", target.Symbol + ".");
        }

        // "its resolution 60/251" when the citing text's own body adopted it, else the body is named.
        string ByNumber(Work target, string en, string frBody, string number) =>
            BodyCode(target.Series) == BodyCode(work.Series)
                ? (fr ? $"sa résolution {number}" : $"its resolution {number}")
                : (fr ? $"la résolution {number} {frBody}" : $"{en} {number}");

        /// <summary>Texts of other series that the corpus does not hold, always behind a footnote or as an address.</summary>
        string Outside()
        {
            var n = 1 + _rng.Next(400);
            var y = 1990 + _rng.Next(35);
            var (words, symbol) = _rng.Next(9) switch
            {
                0 => (fr ? "la résolution 2200 A (XXI)" : "resolution 2200 A (XXI)", "A/RES/2200A(XXI)"),
                1 => (fr ? "la Déclaration et le Programme d'action de Vienne" : "the Vienna Declaration and Programme of Action", "A/CONF.157/23"),
                2 => (fr ? "le rapport de la Sous-Commission" : "the report of the Sub-Commission", $"E/CN.4/Sub.2/{y}/{n}"),
                3 => (fr ? "l'observation générale du Comité des droits de l'homme" : "the general comment of the Human Rights Committee", $"CCPR/C/GC/{1 + n % 37}"),
                4 => (fr ? "la circulaire du Secrétaire général" : "the Secretary-General's bulletin", $"ST/SGB/{y}/{1 + n % 20}"),
                5 => (fr ? "le projet de résolution" : "the draft resolution", $"A/C.3/{40 + n % 40}/L.{n}"),
                6 => (fr ? "le rapport de la Commission de la condition de la femme" : "the report of the Commission on the Status of Women", $"E/CN.6/{y}/{1 + n % 15}"),
                7 => (fr ? "la résolution" : "resolution", $"A/RES/{20 + n % 20}/{n}"),
                _ => ("", ""),
            };
            if (symbol.Length == 0)
            {
                var url = $"https://undocs.org/{(fr ? "fr" : "en")}/A/{40 + n % 40}/{n}";
                return Cite("url:" + url, fr ? "les informations disponibles" : "the information available", url + ".");
            }
            return Cite(symbol, words, symbol + ".");
        }

        /// <summary>Records a reference and returns its words; a note text puts the words behind a footnote marker.</summary>
        string Cite(string target, string words, string? note = null)
        {
            string? marker = null;
            if (note is not null)
            {
                _notes.Add(note);
                marker = _notes.Count.ToString(CultureInfo.InvariantCulture);
            }
            _references.Add(new Reference(target, words, _location, marker, null));
            return marker is null ? words : $"{words}<sup>{marker}</sup>";
        }

        // About one text in thirty loses a note (marker without note); one in fifty has a note nothing points to.
        void Notes()
        {
            var missing = _notes.Count > 0 && _rng.NextDouble() < 0.033 ? 1 + _rng.Next(_notes.Count) : 0;
            var unanchored = _rng.NextDouble() < 0.02;
            if (_notes.Count == 0 && !unanchored) return;
            _text.Append("_______________\n\n");
            for (var n = 1; n <= _notes.Count; n++)
            {
                if (n == missing) { _orphans.Add(new Orphan(n.ToString(CultureInfo.InvariantCulture), OrphanProblems.MarkerWithoutNote)); continue; }
                _text.Append("<sup>").Append(n).Append("</sup> ").Append(_notes[n - 1]).Append("\n\n");
            }
            if (unanchored)
            {
                var marker = (_notes.Count + 1).ToString(CultureInfo.InvariantCulture);
                _text.Append("<sup>").Append(marker).Append("</sup> ").Append(fr ? "Voir aussi les rapports précédents." : "See also the previous reports.").Append("\n\n");
                _orphans.Add(new Orphan(marker, OrphanProblems.NoteWithoutMarker));
            }
        }

        void Header(string title)
        {
            var (organ, organFr) = work.Series switch
            {
                Series.HrcRes or Series.HrcReport => ("Human Rights Council", "Conseil des droits de l'homme"),
                Series.ScRes or Series.ScDocument => ("Security Council", "Conseil de sécurité"),
                Series.ChrRes => ("Commission on Human Rights", "Commission des droits de l'homme"),
                Series.EcosocRes or Series.EcosocDocument => ("Economic and Social Council", "Conseil économique et social"),
                _ => ("General Assembly", "Assemblée générale"),
            };
            _text.Append(fr ? "Nations Unies" : "United Nations").Append("\t\t\t\t").Append(work.Symbol).Append("\n\n");
            _text.Append(fr ? organFr : organ).Append("\t\t\t").Append(fr ? "Distr. générale" : "Distr.: General").Append('\n');
            var printed = PrintedDate(work.Date, fr);
            _text.Append("\t\t\t\t").Append(printed).Append("\n\n");
            _text.Append(fr ? "Original : anglais" : "Original: English").Append("\n\n");
            _text.Append(fr ? "Point " : "Agenda item ").Append(1 + _rng.Next(140)).Append("\n\n");
            if (work.IsResolution)
            {
                _text.Append(fr ? $"Résolution adoptée par : {organFr}, le {printed}" : $"Resolution adopted by the {organ} on {printed}").Append("\n\n");
                _text.Append(work.Number).Append(". ").Append(title).Append("\n\n");
                _text.Append(fr ? $"Le {organFr}," : $"The {organ},").Append("\n\n");
            }
            else
            {
                _text.Append(title).Append("\n\n");
                _text.Append(fr ? "Rapport du Secrétaire général" : "Report of the Secretary-General").Append("\n\n");
            }
        }

        string Title() => fr ? TopicsFr[_rng.Next(TopicsFr.Length)] : TopicsEn[_rng.Next(TopicsEn.Length)];

        string Verb(bool preambular) => (fr, preambular) switch
        {
            (true, true) => PreambularFr[_rng.Next(PreambularFr.Length)],
            (false, true) => PreambularEn[_rng.Next(PreambularEn.Length)],
            (true, false) => OperativeFr[_rng.Next(OperativeFr.Length)],
            _ => OperativeEn[_rng.Next(OperativeEn.Length)],
        };

        // The ground truth gives a relation only to the instrument paragraphs, whose verb opens the paragraph.
        string? RelationOf(string verb)
        {
            var i = Array.IndexOf(fr ? PreambularFr : PreambularEn, verb);
            return i >= 0 ? PreambularRelations[i] : null;
        }

        string Filler()
        {
            var sentences = 1 + _rng.Next(4);
            var filler = fr ? FillerFr : FillerEn;
            var parts = new string[sentences];
            for (var i = 0; i < sentences; i++) parts[i] = filler[_rng.Next(filler.Length)];
            return string.Join(fr ? " ; " : "; ", parts) + (fr ? $", concernant {Title()}" : $", concerning {Title()}");
        }
    }

    static string BodyCode(Series s) => s switch
    {
        Series.HrcRes or Series.HrcReport => Bodies.HRC,
        Series.ScRes or Series.ScDocument => Bodies.SC,
        Series.ChrRes => Bodies.CHR,
        Series.EcosocRes or Series.EcosocDocument => Bodies.ECOSOC,
        _ => Bodies.GA,
    };

    static readonly string[] TopicsEn = ["Human rights and extreme poverty", "The right to development", "The safety of journalists",
        "International cooperation in the field of human rights", "The rights of persons with disabilities", "Freedom of expression",
        "The situation in the Middle East", "The protection of civilians in armed conflict", "The right to food", "Climate change and human rights"];
    static readonly string[] TopicsFr = ["Les droits de l'homme et l'extrême pauvreté", "Le droit au développement", "La sécurité des journalistes",
        "La coopération internationale dans le domaine des droits de l'homme", "Les droits des personnes handicapées", "La liberté d'expression",
        "La situation au Moyen-Orient", "La protection des civils en période de conflit armé", "Le droit à l'alimentation", "Les changements climatiques et les droits de l'homme"];
    static readonly string[] PreambularEn = ["Recalling", "Reaffirming", "Guided by", "Welcoming", "Noting", "Bearing in mind", "Recognizing", "Taking note of"];
    static readonly string[] PreambularFr = ["Rappelant", "Réaffirmant", "Guidé par", "Se félicitant de", "Notant", "Ayant à l'esprit", "Considérant", "Prenant note de"];
    static readonly string[] PreambularRelations = [Relations.Recalls, Relations.Reaffirms, Relations.GuidedBy, Relations.Welcomes, Relations.Notes,
        Relations.BearsInMind, Relations.Recognizes, Relations.TakesNote];
    static readonly string[] OperativeEn = ["Requests", "Decides", "Welcomes", "Calls upon all States to implement", "Urges all parties to respect", "Reaffirms", "Takes note of"];
    static readonly string[] OperativeFr = ["Prie", "Décide", "Accueille avec satisfaction", "Demande à tous les États d'appliquer", "Exhorte toutes les parties à respecter", "Réaffirme", "Prend note de"];
    static readonly string[] FillerEn = ["in particular its relevant provisions", "and stresses the importance of their full implementation",
        "and calls for renewed efforts by all Member States", "which remain of great importance for the work of the Organization",
        "and encourages States to continue their cooperation with the Office of the High Commissioner"];
    static readonly string[] FillerFr = ["en particulier ses dispositions pertinentes", "et souligne l'importance de leur pleine application",
        "et demande à tous les États Membres de redoubler d'efforts", "qui demeurent d'une grande importance pour les travaux de l'Organisation",
        "et encourage les États à poursuivre leur coopération avec le Haut-Commissariat"];
}
