import Foundation
import Testing
@testable import DriftKit

/// Copies in another language (issue #16): language detection, stemming, name skeletons across
/// scripts, the FreeDict reader, alignment and the findings that survive translation. The texts
/// are written here (short news-like passages), not taken from the development set.
@Suite("Cross-language")
struct CrossLanguageTests {
    @Test("each document's language is detected from its script and function words")
    func detection() {
        #expect(LanguageDetector.detect("The minister said that the talks with the union would resume on Monday.") == "en")
        #expect(LanguageDetector.detect("Der Minister sagte, dass die Gespräche mit der Gewerkschaft am Montag wieder aufgenommen werden.") == "de")
        #expect(LanguageDetector.detect("Le ministre a déclaré que les négociations avec le syndicat reprendront lundi dans la capitale.") == "fr")
        #expect(LanguageDetector.detect("Il ministro ha detto che i negoziati con il sindacato riprenderanno lunedì nella capitale.") == "it")
        #expect(LanguageDetector.detect("El ministro dijo que las negociaciones con el sindicato se reanudarán el lunes en la capital.") == "es")
        #expect(LanguageDetector.detect("Министр заявил, что переговоры с профсоюзом возобновятся в понедельник.") == "ru")
        #expect(LanguageDetector.detect("Міністр заявив, що переговори з профспілкою відновляться в понеділок у Києві.") == "uk")
        #expect(LanguageDetector.detect("قال الوزير إن المحادثات مع النقابة ستستأنف يوم الاثنين.") == "ar")
    }

    @Test("the language given by the caller wins over detection")
    func override() throws {
        let d = try Fixtures.document("Der Minister sagte, dass die Gespräche wieder aufgenommen werden.", language: "en")
        #expect(d.language == "en")
    }

    @Test("light stemming joins inflected forms")
    func stemming() {
        #expect(Stemmer.stem("олигархов", "ru") == Stemmer.stem("олигархи", "ru"))
        #expect(Stemmer.stem("regierungen", "de") == Stemmer.stem("regierung", "de"))
        #expect(Stemmer.stem("negoziati", "it") == Stemmer.stem("negoziato", "it"))
        #expect(Stemmer.stem("السعودية", "ar") == "سعود")
        // Short words are left alone.
        #expect(Stemmer.stem("дом", "ru") == "дом")
    }

    @Test("names match across scripts through transliterated consonant skeletons")
    func skeletons() throws {
        let tr = try #require(Transliterator("Any-Latin; Latin-ASCII"))
        func sk(_ s: String) -> String? { CrossLanguage.Tagger.skeleton(tr.apply(s)) }
        #expect(sk("Фриланд") == sk("Freeland"))
        #expect(sk("Дмитриев") == sk("Dmitriev"))
        #expect(sk("Київ") == sk("Kyiv"))
        #expect(sk("Дмитриев") != sk("Freeland"))
    }

    static let hasDeuEng = FileManager.default.fileExists(atPath: "/usr/share/dictd/freedict-deu-eng.index")

    @Test("FreeDict entries are read from the dictzip file through the index", .enabled(if: hasDeuEng))
    func freedict() {
        let st = Stemmer.stem("regierung", "de")
        let c = ConceptLexicon.concepts(lang: "de", stems: [st], directory: "/usr/share/dictd")
        #expect(c[st]?.contains("gover") == true, "Regierung → government: \(c[st] ?? [])")
    }

    static let original = """
    Canada's foreign minister Chrystia Freeland said on Thursday that 12 activists remain in detention.
    The ministry in Ottawa called the arrests unacceptable.
    Talks with Riyadh will resume in March, officials said.
    Mohammed Dmitriev, a spokesman, declined to comment on the case.
    """
    static let copy = """
    Министр иностранных дел Канады Христя Фриланд заявила в четверг, что 12 активистов остаются под стражей.
    Министерство в Оттаве назвало аресты неприемлемыми.
    Это уже третий подобный случай за год (Прим. ред.).
    Переговоры с Эр-Риядом возобновятся в марте, сообщили чиновники.
    Представитель Мохаммед Дмитриев отказался комментировать дело.
    """

    func compare(_ o: String, _ c: String) throws -> CopyReport {
        let a = try Fixtures.document(o, path: "o.txt"), b = try Fixtures.document(c, path: "c.txt")
        #expect(a.language == "en" && b.language == "ru")
        return Comparison.compare(a, b)
    }

    @Test("a Russian translation aligns sentence to sentence and its inserted note is found")
    func alignsTranslation() throws {
        let r = try compare(Self.original, Self.copy)
        let pairs = r.alignment.beads.filter { !$0.original.isEmpty && !$0.copy.isEmpty }.map { ($0.original, $0.copy) }
        #expect(pairs.map(\.0) == [[0], [1], [2], [3]])
        #expect(pairs.map(\.1) == [[0], [1], [3], [4]])
        let note = r.findings.first { $0.kind == .insertedNote }
        #expect(note?.copy?.text.contains("Прим. ред.") == true)
        #expect(!r.findings.contains { $0.kind == .numberChange })
    }

    @Test("a number changed in translation is a number-change with both numbers")
    func numberChange() throws {
        let r = try compare(Self.original, Self.copy.replacingOccurrences(of: "12 активистов", with: "15 активистов"))
        let f = try #require(r.findings.first { $0.kind == .numberChange })
        #expect(f.from == "12" && f.to == "15")
        #expect(f.original?.text.contains("Freeland") == true)
    }

    @Test("same-language pairs keep the same-language aligner")
    func sameLanguage() throws {
        let a = try Fixtures.document(Self.original), b = try Fixtures.document(Self.original)
        let al = Comparison.align(a, b)
        #expect(al.beads.allSatisfy { $0.relation == .identical })
        #expect(!al.notes.contains { $0.contains("cross-language") })
    }

    @Test("--input-format lines takes each line as one sentence")
    func lines() throws {
        let d = try Fixtures.document("Erster Satz. Noch einer.\n\nZweite Zeile ohne Punkt\n", format: .lines)
        #expect(d.sentences.map { d.text(of: $0) } == ["Erster Satz. Noch einer.", "Zweite Zeile ohne Punkt"])
    }
}
