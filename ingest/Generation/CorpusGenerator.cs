using System.Globalization;
using System.Text;
using UnCitationGraph.Instruments;

namespace UnCitationGraph.Ingest.Generation;

/// <summary>One generated file: its name, the symbol and language it is a version of, its text, and the ids it cites.</summary>
public sealed record GeneratedDocument(string FileName, string Symbol, string Language, string Text, IReadOnlyList<string> Cites);

/// <summary>
/// A deterministic UN-style corpus for tests and benchmarks: English and French texts with a title block
/// carrying their own symbol (GA, HRC, SC and Commission resolutions, GA and HRC reports, addenda),
/// preambular and operative paragraphs opened by citing verbs, footnotes holding symbols, resolutions cited by
/// number and instruments by name. Citations follow a power law: every text cites the Charter (almost always)
/// and the Universal Declaration (mostly), and earlier texts are far more cited than later ones.
/// Some files are the other-language version of an earlier symbol; some targets lie outside the corpus.
/// The same (count, seed) gives the same files, byte for byte.
/// </summary>
public sealed class CorpusGenerator(int documents, int seed)
{
    sealed record Work(string Symbol, Series Series, int Number, int SessionOrYear, string Date, HashSet<string> Languages);

    enum Series { GaRes, HrcRes, ScRes, ChrRes, GaReport, HrcReport }

    readonly Random _rng = new(seed);
    readonly List<Work> _works = [];
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
            var (text, cites) = Write(work, language);
            yield return new GeneratedDocument($"{i:D7}_{language}.txt", work.Symbol, language, text, cites);
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
        var series = roll < 0.40 ? Series.GaRes : roll < 0.60 ? Series.HrcRes : roll < 0.75 ? Series.ScRes
            : roll < 0.80 ? Series.ChrRes : roll < 0.90 ? Series.GaReport : Series.HrcReport;
        var count = _counters[series] = _counters.GetValueOrDefault(series) + 1;
        var (symbol, number, sessionOrYear, year) = series switch
        {
            Series.GaRes => Ga(count, s => $"A/RES/{s}/{count % 400 + 1}"),
            Series.GaReport => Ga(count, s => $"A/{s}/{count % 400 + 1}"),
            Series.HrcRes => Hrc(count, s => $"A/HRC/RES/{s}/{count % 60 + 1}"),
            Series.HrcReport => Hrc(count, s => $"A/HRC/{s}/{count % 60 + 1}" + (count % 7 == 0 ? "/Add.1" : "")),
            Series.ScRes => ($"S/RES/{count}({1946 + count / 30})", count, 1946 + count / 30, 1946 + count / 30),
            _ => ($"E/CN.4/RES/{1950 + count / 80}/{count % 80 + 1}", count % 80 + 1, 1950 + count / 80, 1950 + count / 80),
        };
        var date = new DateOnly(Math.Min(year, 2099), 1 + _rng.Next(12), 1 + _rng.Next(28)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var work = new Work(symbol, series, number, sessionOrYear, date, []);
        _works.Add(work);
        return work;

        // Sessions advance every 400 documents of a series, so symbols never repeat.
        (string, int, int, int) Ga(int n, Func<int, string> format) => (format(40 + n / 400), n % 400 + 1, 40 + n / 400, 1985 + n / 400);
        (string, int, int, int) Hrc(int n, Func<int, string> format) => (format(1 + n / 60), n % 60 + 1, 1 + n / 60, 2006 + n / 180);
    }

    (string Text, List<string> Cites) Write(Work work, string language)
    {
        var fr = language == "fr";
        var text = new StringBuilder(6000);
        var notes = new List<string>();
        var cites = new List<string>();
        Header(text, work, fr);

        var preambular = 3 + _rng.Next(6);
        var operative = 3 + _rng.Next(8);
        if (_rng.NextDouble() < 0.97) Paragraph(text, Verb(fr, true), fr ? "la Charte des Nations Unies" : "the Charter of the United Nations", cites, "instrument:un-charter");
        if (_rng.NextDouble() < 0.85) Paragraph(text, Verb(fr, true), fr ? "la Déclaration universelle des droits de l'homme" : "the Universal Declaration of Human Rights", cites, "instrument:udhr");
        var references = (int)Math.Min(40, 1 + Math.Floor(2 / Math.Pow(1 - _rng.NextDouble(), 0.6)));
        for (var p = 0; p < preambular + operative; p++)
        {
            var isPreambular = p < preambular;
            var mentions = new List<string>();
            var perParagraph = p == preambular + operative - 1 ? references : Math.Min(references, _rng.Next(3));
            for (var r = 0; r < perParagraph; r++, references--)
                mentions.Add(Mention(fr, cites, notes));
            var body = mentions.Count > 0 ? string.Join(fr ? ", ainsi que " : ", as well as ", mentions) + ", " + Filler(fr) : Filler(fr);
            if (isPreambular) text.Append(Verb(fr, true)).Append(' ').Append(body).Append(",\n\n");
            else text.Append(p - preambular + 1).Append(". ").Append(Verb(fr, false)).Append(' ').Append(body).Append(";\n\n");
        }
        if (notes.Count > 0)
        {
            text.Append("_______________\n\n");
            for (var n = 0; n < notes.Count; n++) text.Append("<sup>").Append(n + 1).Append("</sup> ").Append(notes[n]).Append("\n\n");
        }
        return (text.ToString(), cites);
    }

    void Paragraph(StringBuilder text, string verb, string name, List<string> cites, string id)
    {
        text.Append(verb).Append(' ').Append(name).Append(",\n\n");
        cites.Add(id);
    }

    /// <summary>One reference: an earlier work (early ones far more often), an instrument by name, or a text outside the corpus.</summary>
    string Mention(bool fr, List<string> cites, List<string> notes)
    {
        var roll = _rng.NextDouble();
        if (roll < 0.2)
        {
            var entries = _catalogue.Entries;
            var entry = entries[(int)(entries.Count * Math.Pow(_rng.NextDouble(), 2.5))];
            cites.Add("instrument:" + entry.Id);
            return entry.Titles.GetValueOrDefault(fr ? "fr" : "en") ?? entry.Titles.Values.First();
        }
        if (roll < 0.3 || _works.Count < 2)
        {
            var outside = $"A/RES/{20 + _rng.Next(20)}/{1 + _rng.Next(200)}";
            cites.Add(outside);
            return Footnoted(fr ? "la résolution " : "resolution ", outside, notes);
        }
        var target = _works[(int)((_works.Count - 1) * Math.Pow(_rng.NextDouble(), 3))];
        cites.Add(target.Symbol);
        return target.Series switch
        {
            Series.GaRes => (fr ? $"sa résolution {target.SessionOrYear}/{target.Number}" : $"its resolution {target.SessionOrYear}/{target.Number}")
                + Note(target.Symbol, notes, 0.4),
            Series.HrcRes => (fr ? $"la résolution {target.SessionOrYear}/{target.Number} du Conseil des droits de l'homme"
                : $"Human Rights Council resolution {target.SessionOrYear}/{target.Number}") + Note(target.Symbol, notes, 0.4),
            Series.ScRes => fr ? $"la résolution {target.Number} ({target.SessionOrYear}) du Conseil de sécurité"
                : $"Security Council resolution {target.Number} ({target.SessionOrYear})",
            Series.ChrRes => fr ? $"la résolution {target.SessionOrYear}/{target.Number} de la Commission des droits de l'homme"
                : $"Commission on Human Rights resolution {target.SessionOrYear}/{target.Number}",
            _ => Footnoted(fr ? "le rapport du Secrétaire général" : "the report of the Secretary-General", target.Symbol, notes),
        };
    }

    static string Footnoted(string words, string symbol, List<string> notes)
    {
        notes.Add(symbol + ".");
        return $"{words}<sup>{notes.Count}</sup>";
    }

    string Note(string symbol, List<string> notes, double probability)
    {
        if (_rng.NextDouble() >= probability) return "";
        notes.Add(symbol + ".");
        return $"<sup>{notes.Count}</sup>";
    }

    void Header(StringBuilder text, Work work, bool fr)
    {
        var (organ, organFr) = work.Series switch
        {
            Series.HrcRes or Series.HrcReport => ("Human Rights Council", "Conseil des droits de l'homme"),
            Series.ScRes => ("Security Council", "Conseil de sécurité"),
            Series.ChrRes => ("Commission on Human Rights", "Commission des droits de l'homme"),
            _ => ("General Assembly", "Assemblée générale"),
        };
        var isReport = work.Series is Series.GaReport or Series.HrcReport;
        text.Append(fr ? "Nations Unies" : "United Nations").Append("\t\t\t\t").Append(work.Symbol).Append("\n\n");
        text.Append(fr ? organFr : organ).Append("\t\t\t").Append(fr ? "Distr. générale" : "Distr.: General").Append('\n');
        text.Append("\t\t\t\t").Append(work.Date).Append("\n\n");
        text.Append(fr ? "Original : anglais" : "Original: English").Append("\n\n");
        text.Append(fr ? "Point " : "Agenda item ").Append(1 + _rng.Next(140)).Append("\n\n");
        if (isReport)
            text.Append(fr ? "Rapport du Secrétaire général" : "Report of the Secretary-General").Append("\n\n");
        else
            text.Append(fr ? $"Résolution adoptée par : {organFr}, le {work.Date}" : $"Resolution adopted by the {organ} on {work.Date}").Append("\n\n");
        text.Append(work.Number).Append(". ").Append(Title(fr)).Append("\n\n");
        if (!isReport) text.Append(fr ? $"Le {organFr}," : $"The {organ},").Append("\n\n");
    }

    static readonly string[] TopicsEn = ["human rights and extreme poverty", "the right to development", "the safety of journalists",
        "international cooperation in the field of human rights", "the rights of persons with disabilities", "freedom of expression",
        "the situation in the Middle East", "the protection of civilians in armed conflict", "the right to food", "climate change and human rights"];
    static readonly string[] TopicsFr = ["les droits de l'homme et l'extrême pauvreté", "le droit au développement", "la sécurité des journalistes",
        "la coopération internationale dans le domaine des droits de l'homme", "les droits des personnes handicapées", "la liberté d'expression",
        "la situation au Moyen-Orient", "la protection des civils en période de conflit armé", "le droit à l'alimentation", "les changements climatiques et les droits de l'homme"];
    static readonly string[] PreambularEn = ["Recalling", "Reaffirming", "Guided by", "Welcoming", "Noting", "Bearing in mind", "Recognizing", "Taking note of"];
    static readonly string[] PreambularFr = ["Rappelant", "Réaffirmant", "Guidé par", "Se félicitant de", "Notant", "Ayant à l'esprit", "Considérant", "Prenant note de"];
    static readonly string[] OperativeEn = ["Requests", "Decides", "Welcomes", "Calls upon all States to implement", "Urges all parties to respect", "Reaffirms", "Takes note of"];
    static readonly string[] OperativeFr = ["Prie", "Décide", "Accueille avec satisfaction", "Demande à tous les États d'appliquer", "Exhorte toutes les parties à respecter", "Réaffirme", "Prend note de"];
    static readonly string[] FillerEn = ["in particular its relevant provisions", "and stresses the importance of their full implementation",
        "and calls for renewed efforts by all Member States", "which remain of great importance for the work of the Organization",
        "and encourages States to continue their cooperation with the Office of the High Commissioner"];
    static readonly string[] FillerFr = ["en particulier ses dispositions pertinentes", "et souligne l'importance de leur pleine application",
        "et demande à tous les États Membres de redoubler d'efforts", "qui demeurent d'une grande importance pour les travaux de l'Organisation",
        "et encourage les États à poursuivre leur coopération avec le Haut-Commissariat"];

    string Title(bool fr) => fr ? TopicsFr[_rng.Next(TopicsFr.Length)] : TopicsEn[_rng.Next(TopicsEn.Length)];
    string Verb(bool fr, bool preambular) => (fr, preambular) switch
    {
        (true, true) => PreambularFr[_rng.Next(PreambularFr.Length)],
        (false, true) => PreambularEn[_rng.Next(PreambularEn.Length)],
        (true, false) => OperativeFr[_rng.Next(OperativeFr.Length)],
        _ => OperativeEn[_rng.Next(OperativeEn.Length)],
    };
    string Filler(bool fr)
    {
        var sentences = 1 + _rng.Next(4);
        var parts = Enumerable.Range(0, sentences).Select(_ => fr ? FillerFr[_rng.Next(FillerFr.Length)] : FillerEn[_rng.Next(FillerEn.Length)]);
        return string.Join(fr ? " ; " : "; ", parts) + (fr ? $", concernant {Title(true)}" : $", concerning {Title(false)}");
    }
}
