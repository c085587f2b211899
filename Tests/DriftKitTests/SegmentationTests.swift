import Foundation
import Testing
@testable import DriftKit
import DriftTestSupport

/// What ICU's sentence rules get wrong on news text (../shared/docs/ICU.md) and the repairs
/// drift makes. Each case is a sentence a reader sees as one, or two a reader sees as two.
@Suite("Segmentation repairs")
struct SegmentationTests {
    static func sentences(_ text: String, language: String? = nil) throws -> [String] {
        try Fixtures.document(text, language: language).sentenceTexts
    }

    @Test("stays one sentence", arguments: [
        "Stent said Gen. Keith Kellogg has been largely sidelined in the talks.",
        "The war began under George W. Bush and continued under his successors.",
        "Andrew S. Weiss is the James Family Chair at the Carnegie Endowment.",
        "Osmolovska studied psychology at St. Petersburg State University in Russia.",
        "The U.S. President met the Russian leader in Alaska.",
        "“Are we done?” he asked.",
        "“Now the ball is in your court!” she said, smiling.",
        "Dr. Fiona Hill and Mr. Graham testified before Sen. Jim Risch on Tuesday.",
        "The talks took place at No. 10 Downing Street last week.",
        "He left the meeting early (really?) and flew home.",
    ])
    func staysOneSentence(text: String) throws {
        #expect(try Self.sentences(text) == [text])
    }

    @Test func staysOneInsideAParagraph() throws {
        let text = "Witkoff met Putin again. Stent pointed to the fact that Gen. Keith Kellogg, officially Trump’s special envoy, has been sidelined. Then he left."
        #expect(try Self.sentences(text) == [
            "Witkoff met Putin again.",
            "Stent pointed to the fact that Gen. Keith Kellogg, officially Trump’s special envoy, has been sidelined.",
            "Then he left.",
        ])
    }

    @Test("splits where a new sentence starts", arguments: [
        ("He lives in the U.S. The president said he would stay.", ["He lives in the U.S.", "The president said he would stay."]),
        ("The talks stalled. Putin wants more.", ["The talks stalled.", "Putin wants more."]),
        ("Is this a deal? Nobody knows.", ["Is this a deal?", "Nobody knows."]),
        ("It was over… The next day he flew home.", ["It was over…", "The next day he flew home."]),
        ("“He has no intention of stopping the war.” Stent said so twice.", ["“He has no intention of stopping the war.”", "Stent said so twice."]),
    ])
    func splits(text: String, expected: [String]) throws {
        #expect(try Self.sentences(text) == expected)
    }

    @Test func blankLinesProduceNoSentence() throws {
        let text = "First paragraph ends here.\n\n\n\nSecond paragraph.\n \t\n\r\n\nThird.\n\n"
        let doc = try Fixtures.document(text)
        #expect(doc.sentenceTexts == ["First paragraph ends here.", "Second paragraph.", "Third."])
        #expect(doc.sentenceTexts.allSatisfy { !$0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty })
    }

    @Test func headingWithoutPunctuationIsItsOwnUnit() throws {
        let text = "Putin’s ‘art of manipulating’\nLough said that Putin’s KGB training has shaped the way he approaches negotiations.\n"
        let doc = try Fixtures.document(text)
        #expect(doc.sentenceTexts == ["Putin’s ‘art of manipulating’", "Lough said that Putin’s KGB training has shaped the way he approaches negotiations."])
        #expect(doc.sentences.map(\.isLine) == [true, false])
    }

    @Test func headingInsideHardWrappedTextIsItsOwnUnit() throws {
        let text = """
        The latest US proposal includes recognizing Russian control of Crimea, a
        long-standing red line for Ukraine and its European allies, officials
        familiar with the details have told CNN on several occasions this spring.

        What comes next

        Stalling, haggling over every detail, or saying no without explicitly
        saying no is a classic Russian tactic, employed by Putin and his top
        negotiators on several occasions in the past, experts say. It works.
        """
        let doc = try Fixtures.document(text)
        #expect(doc.foldedSentenceTexts == [
            "The latest US proposal includes recognizing Russian control of Crimea, a long-standing red line for Ukraine and its European allies, officials familiar with the details have told CNN on several occasions this spring.",
            "What comes next",
            "Stalling, haggling over every detail, or saying no without explicitly saying no is a classic Russian tactic, employed by Putin and his top negotiators on several occasions in the past, experts say.",
            "It works.",
        ])
        #expect(doc.sentences[1].isLine)
    }

    /// Wraps each paragraph at `width` columns, like `fmt -w 72`.
    static func wrap(_ paragraph: String, width: Int) -> String {
        var lines: [String] = []
        var line = ""
        for word in paragraph.split(separator: " ") {
            if !line.isEmpty && line.count + 1 + word.count > width { lines.append(line); line = "" }
            line += (line.isEmpty ? "" : " ") + word
        }
        if !line.isEmpty { lines.append(line) }
        return lines.joined(separator: "\n")
    }

    @Test func hardWrappedParagraphGivesTheSameSentences() throws {
        let paragraph = "“Putin is playing a waiting game because he believes that time is on his side and that he can force Ukraine into a more disadvantageous position and persuade Kyiv and its European allies with the help of the United States that there is no alternative to a peace settlement on Russia’s terms,” Ben Lough, a senior fellow at Chatham House, told CNN. Stalling, haggling over every detail, or saying no without explicitly saying “no” is a classic Russian tactic. Gen. Keith Kellogg has been largely sidelined in the talks with Russia."
        let flat = try Fixtures.document(paragraph)
        let wrapped = try Fixtures.document(Self.wrap(paragraph, width: 72))
        #expect(flat.sentences.count == 3)
        #expect(wrapped.foldedSentenceTexts == flat.foldedSentenceTexts)
        #expect(wrapped.sentences.allSatisfy { !$0.isLine })
    }

    /// The whole CNN original hard-wrapped at 72 columns, paragraphs separated by blank lines
    /// or not: the same sentences, and the same headings, as the paragraph-per-line file.
    @Test("hard-wrapped seed gives the same sentences", arguments: ["\n\n", "\n"])
    func hardWrappedSeed(separator: String) throws {
        let text = String(decoding: try Fixtures.bytes("seeds/000_38827089d7ed5e23.txt"), as: UTF8.self)
        let paragraphs = text.split(separator: "\n").map(String.init).filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
        let flat = try Fixtures.document(paragraphs.joined(separator: "\n\n"))
        let wrapped = try Fixtures.document(paragraphs.map { Self.wrap($0, width: 72) }.joined(separator: separator))
        #expect(wrapped.foldedSentenceTexts == flat.foldedSentenceTexts)
        #expect(wrapped.sentences.map(\.isLine) == flat.sentences.map(\.isLine))
    }

    @Test func windowsLineEndings() throws {
        let doc = try Fixtures.document("Heading line\r\nFirst sentence here. Second one.\r\n\r\nThird one.\r\n")
        #expect(doc.sentenceTexts == ["Heading line", "First sentence here.", "Second one.", "Third one."])
    }

    // MARK: Russian

    @Test("Russian initials and abbreviations", arguments: [nil, "ru"] as [String?])
    func russian(language: String?) throws {
        let text = "В. В. Путин заявил, что переговоры идут трудно. Встреча прошла в 2024 г. в Москве. Проф. Иванов из МГИМО, т. е. один из ведущих экспертов, с этим согласен. Следующий раунд состоится в Стамбуле."
        let doc = try Fixtures.document(text, language: language)
        #expect(doc.language == "ru")
        #expect(doc.sentenceTexts == [
            "В. В. Путин заявил, что переговоры идут трудно.",
            "Встреча прошла в 2024 г. в Москве.",
            "Проф. Иванов из МГИМО, т. е. один из ведущих экспертов, с этим согласен.",
            "Следующий раунд состоится в Стамбуле.",
        ])
    }

    @Test func russianFixture() throws {
        let doc = try Fixtures.document(try Fixtures.bytes("fixtures/ru-talks.utf8.txt"))
        #expect(doc.language == "ru")
        #expect(doc.sentenceTexts == [
            "Переговоры в Анкоридже: итоги встречи",
            "Президент России В. В. Путин заявил журналистам, что переговоры с американской делегацией прошли «в конструктивной и уважительной атмосфере».",
            "По его словам, стороны обсудили вопросы безопасности в Европе и перспективы восстановления экономических связей.",
            "Встреча прошла в 2024 г. в Москве, а следующий раунд, как ожидается, состоится в Стамбуле.",
            "Помощник президента Ю. В. Ушаков уточнил, что конкретные даты пока не согласованы.",
            "«Мы готовы продолжать диалог, но только на равноправной основе», — подчеркнул он.",
            "Эксперты, опрошенные нашим изданием, считают, что быстрого прорыва ждать не стоит.",
            "Проф. Иванов из МГИМО отметил, что позиции сторон по-прежнему далеки друг от друга, т. е. речь идёт о долгом процессе.",
            "Тем не менее сам факт встречи говорит о том, что каналы связи между Москвой и Вашингтоном снова работают.",
        ])
        #expect(doc.sentences.map(\.isLine) == [true] + Array(repeating: false, count: 8))
    }

    @Test func languageIsDetectedFromTheScript() throws {
        #expect(try Fixtures.document("Переговоры продолжатся в Стамбуле. Так сообщил Кремль.").language == "ru")
        #expect(try Fixtures.document("Talks will continue in Istanbul. The Kremlin said so.").language == "en")
    }

    // MARK: Seeds

    @Test func seedSentencesFromICUMdStayWhole() throws {
        let cases: [(String, String)] = [
            ("000_38827089d7ed5e23.txt", "Gen. Keith Kellogg"),
            ("003_997a19e539cccc32.txt", "Andrew S. Weiss"),
            ("001_1108ccf958a2eb64.txt", "Moscow and St. Petersburg"),
            ("001_1108ccf958a2eb64.txt", "latest U.S. proposal"),
        ]
        for (seed, phrase) in cases {
            let doc = try Fixtures.seed(seed)
            let starts = doc.source.text.occurrences(of: Array(phrase.utf8))
            #expect(!starts.isEmpty, "\(phrase) not in \(seed)")
            for s in starts {
                #expect(doc.sentence(containing: s..<(s + phrase.utf8.count)) != nil, "\(seed): \(phrase) split:\n\(doc.describeSentences(around: s..<(s + phrase.utf8.count)))")
            }
        }
    }

    /// Issue #12 item 8: a document of more sentences than `maxSentences` is refused before any
    /// token is made, with the remedy named as data; at the cap it is accepted.
    @Test func sentenceCapRefusesLargerDocuments() throws {
        let lines = String(repeating: "Talks resumed.\nEnvoys met\n", count: 30)
        let src = try InputReader.load(bytes: Array(lines.utf8), path: "many.txt")
        #expect(try Segmenter.segment(src, options: SegmentOptions(maxSentences: 60)).sentences.count == 60)
        do {
            _ = try Segmenter.segment(src, options: SegmentOptions(maxSentences: 59))
            Issue.record("60 sentences passed a cap of 59")
        } catch let e as DriftError {
            #expect(e.remedy == .maxSentences)
            #expect(e.message == "has 60 sentences, over the limit of 59")
        }
        // Far over the cap, the break scan stops early and says so.
        do {
            _ = try Segmenter.segment(src, options: SegmentOptions(maxSentences: 10))
            Issue.record("60 sentences passed a cap of 10")
        } catch let e as DriftError {
            #expect(e.message == "has more than 20 sentences, over the limit of 10")
        }
    }

    @Test func longRunWithoutPunctuationIsCut() throws {
        let words = Array(repeating: "word", count: 2000).joined(separator: " ")
        let src = try InputReader.load(bytes: Array(words.utf8), path: "long.txt")
        let doc = try Segmenter.segment(src, options: SegmentOptions(maxSentenceBytes: 1000))
        #expect(doc.sentences.count >= 10)
        #expect(doc.sentences.allSatisfy { $0.end - $0.start <= 1000 })
        #expect(doc.sentenceTexts.allSatisfy { !$0.hasPrefix(" ") && !$0.hasSuffix(" ") && !$0.contains("wor d") })
    }

    /// A text longer than a chunk (1 MiB; 4 KiB here) is broken in chunks that end after a line
    /// feed, on one processor or several: its sentence breaks
    /// are those of each line broken alone, wherever a chunk ends (lines that start with an
    /// abbreviation, a quote, an ellipsis or a lower-case word, and a line with no final stop).
    @Test func longTextsBreakAsTheirLinesDo() {
        let lines = ["Mr. Putin met Dr. Hill in the U.S. capital. He left at noon.",
                     "“Are we done?” he asked. Nobody answered… Then the talks resumed.",
                     "no. 10 was quiet; St. Petersburg was not. A third sentence ends here!",
                     "A heading without a stop",
                     "Гость сказал: «Да». Потом ушёл."]
        var text: [UInt8] = [], expected: [Int] = []
        var k = 0
        // Chunks of 4 KiB (ICU.breakChunkBytes is 1 MiB), so ~60 KB of text has a dozen chunk
        // joins, broken on one processor and on two.
        while text.count < 60_000 {
            let line = Array((lines[k % lines.count] + "\n").utf8)
            let own = line.withUnsafeBufferPointer { ICU.sentenceBreaks($0, locale: "en@ss=standard") }
            expected += own.map { $0 + text.count }
            text += line
            k += 1
        }
        for workers in [1, 2] {
            let all = text.withUnsafeBufferPointer { ICU.sentenceBreaks($0, locale: "en@ss=standard", chunkBytes: 4096, workers: workers) }
            #expect(all == expected, "workers \(workers)")
        }
    }

    /// A text with many line ends and long paragraphs: lines, one-line paragraphs, paragraphs
    /// of 2–40 sentences on one line (up to ~6 KB), and, when `wrapped`, every paragraph
    /// hard-wrapped at 72 columns (soft line ends, joined before ICU reads the text).
    static func longText(bytes: Int, seed: UInt64, wrapped: Bool) -> [UInt8] {
        let pieces = ["Mr. Putin met Dr. Hill in the U.S. capital.", "He left at noon.",
                      "“Are we done?” he asked.", "Nobody answered… Then the talks resumed.",
                      "No. 10 was quiet; St. Petersburg was not.", "A third sentence ends here!",
                      "The war began under George W. Bush and continued (really?) under his successors.",
                      "Гость сказал: «Да». Потом ушёл.", "It cost $1,000.50 in 1990s money — or so.",
                      "…", "U.S.A. officials said so. The talks stalled."]
        var rng = SplitMix64(seed: seed)
        var out = ""
        while out.utf8.count < bytes {
            switch rng.int(0...5) {
            case 0: out += "A heading without a stop\n"
            case 1: out += pieces[rng.int(0...pieces.count - 1)] + "\n\n"
            default:
                var paragraph = ""
                for _ in 0..<rng.int(2...40) { paragraph += pieces[rng.int(0...pieces.count - 1)] + " " }
                if wrapped {
                    var line = ""
                    for word in paragraph.split(separator: " ") {
                        if line.count + word.count > 72 { out += line + "\n"; line = "" }
                        line += (line.isEmpty ? "" : " ") + word
                    }
                    out += line + "\n"
                } else {
                    out += paragraph
                }
                out += rng.int(0...2) == 0 ? "\n" : "\n\n"
            }
        }
        return Array(out.utf8)
    }

    /// A long text broken by ICU in chunks on several processors, its sentences tokenized in
    /// runs, gives the document one chunk and one processor give: every sentence's place,
    /// line flag and tokens. (The chunks here are 4 KiB, so a text of ~300 KB has dozens.)
    @Test("parallel chunks segment as one", arguments: [false, true])
    func parallelChunksSegmentAsOne(wrapped: Bool) throws {
        let text = Self.longText(bytes: 300_000, seed: wrapped ? 7 : 3, wrapped: wrapped)
        let src = try InputReader.load(bytes: text, path: "long.txt")
        let one = try Segmenter.segment(src, options: .init(), split: .init(chunkBytes: Int(Int32.max), workers: 1))
        #expect(one.sentences.count > 1000)
        // ICU's own breaks, before the repairs (which would mend most wrong cuts).
        let whole = text.withUnsafeBufferPointer { ICU.sentenceBreaks($0, locale: "en@ss=standard", chunkBytes: Int(Int32.max), workers: 1) }
        for workers in [2, 3] {
            let parts = text.withUnsafeBufferPointer { ICU.sentenceBreaks($0, locale: "en@ss=standard", chunkBytes: 4096, workers: workers) }
            let first = zip(parts, whole).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(parts.count, whole.count)
            #expect(parts.count == whole.count && first == whole.count,
                    "workers \(workers): \(parts.count) breaks against \(whole.count), first difference at break \(first)")
            let split = Segmenter.Split(chunkBytes: 4096, workers: workers, minParallelBytes: 0)
            let doc = try Segmenter.segment(src, options: .init(), split: split)
            #expect(doc.sentences.count == one.sentences.count)
            for (a, b) in zip(doc.sentences, one.sentences) where (a.id, a.start, a.end, a.isLine) != (b.id, b.start, b.end, b.isLine) || a.tokens != b.tokens {
                Issue.record("workers \(workers): sentence \(b.id) \(b.start)..<\(b.end) differs: \(a.id) \(a.start)..<\(a.end) line \(a.isLine)")
                break
            }
            // The runs' key numbers, joined, are the numbers one pass gives.
            #expect(doc.sentences.flatMap { $0.tokens.map(\.keyID) } == one.sentences.flatMap { $0.tokens.map(\.keyID) }, "workers \(workers)")
            #expect(doc.keys?.keys == one.keys?.keys && doc.keys?.kinds == one.keys?.kinds, "workers \(workers)")
        }
    }

    /// Every token of a segmented document carries the number of its kind and key
    /// (`Token.keyID`, `Document.keys`): equal numbers exactly for equal kinds and keys,
    /// numbered in the order a pass over the tokens first meets them — the order the
    /// aligner's term table and the name index take them in, on which their results rest.
    @Test("token key numbers: one per kind and key, in the order first met", arguments: [1, 3])
    func keyNumbers(workers: Int) throws {
        let text = Self.longText(bytes: 120_000, seed: 11, wrapped: false)
            + Array(" “Quoted” — 5 five 5.0 Five FIVE ... -- don’t don't U.S. us".utf8)
        let src = try InputReader.load(bytes: text, path: "long.txt")
        let doc = try Segmenter.segment(src, options: .init(), split: .init(chunkBytes: 4096, workers: workers, minParallelBytes: 0))
        let keys = try #require(doc.keys)
        var byKey: [String: Int32] = [:]
        var next: Int32 = 0
        for t in doc.sentences.flatMap(\.tokens) {
            #expect(t.keyID >= 0 && Int(t.keyID) < keys.count)
            guard t.keyID >= 0 && Int(t.keyID) < keys.count else { return }
            #expect(keys.keys[Int(t.keyID)] == t.key && keys.kinds[Int(t.keyID)] == t.kind, "“\(t.key)”")
            let name = "\(t.kind.rawValue) \(t.key)"
            if let id = byKey[name] { #expect(id == t.keyID, "“\(t.key)” numbered twice") } else {
                #expect(t.keyID == next, "“\(t.key)” numbered out of order")
                byKey[name] = t.keyID; next += 1
            }
        }
        #expect(Int(next) == keys.count)
        // A document whose sentences are changed no longer claims numbers for them.
        var changed = doc
        changed.sentences.removeLast()
        #expect(changed.keys == nil)
    }
}
