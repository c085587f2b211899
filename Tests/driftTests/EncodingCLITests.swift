import Foundation
import Testing
import DriftTestSupport

/// Encodings through the CLI: the files are written by the test from UTF-8 text with
/// Foundation's encoders, then read by `drift segment --format json`.
@Suite("Encodings, end to end")
struct EncodingCLITests {
    /// A Russian news paragraph written for these tests (cp1251-representable, over 600 bytes).
    static let russian = """
    Президент России В. В. Путин заявил журналистам, что переговоры с американской делегацией \
    прошли «в конструктивной атмосфере». Встреча прошла в 2024 г. в Москве, а следующий раунд, \
    как ожидается, состоится в Стамбуле. Помощник президента Ю. В. Ушаков уточнил, что конкретные \
    даты пока не согласованы. Эксперты считают, что быстрого прорыва ждать не стоит. Проф. Иванов \
    из МГИМО отметил, что позиции сторон по-прежнему далеки друг от друга, т. е. речь идёт о долгом \
    процессе. Тем не менее сам факт встречи говорит о том, что каналы связи между Москвой и \
    Вашингтоном снова работают. Следующая встреча на уровне министров намечена на осень.
    """

    static let russianSentences = [
        "Президент России В. В. Путин заявил журналистам, что переговоры с американской делегацией прошли «в конструктивной атмосфере».",
        "Встреча прошла в 2024 г. в Москве, а следующий раунд, как ожидается, состоится в Стамбуле.",
        "Помощник президента Ю. В. Ушаков уточнил, что конкретные даты пока не согласованы.",
        "Эксперты считают, что быстрого прорыва ждать не стоит.",
        "Проф. Иванов из МГИМО отметил, что позиции сторон по-прежнему далеки друг от друга, т. е. речь идёт о долгом процессе.",
        "Тем не менее сам факт встречи говорит о том, что каналы связи между Москвой и Вашингтоном снова работают.",
        "Следующая встреча на уровне министров намечена на осень.",
    ]

    struct Rendering: CustomTestStringConvertible, Sendable {
        var label: String
        var encoding: String.Encoding
        var bom: [UInt8]
        var reported: String
        var testDescription: String { label }
    }

    static let renderings = [
        Rendering(label: "UTF-16LE with BOM", encoding: .utf16LittleEndian, bom: [0xFF, 0xFE], reported: "UTF-16LE"),
        Rendering(label: "UTF-16BE with BOM", encoding: .utf16BigEndian, bom: [0xFE, 0xFF], reported: "UTF-16BE"),
        Rendering(label: "UTF-16LE without BOM", encoding: .utf16LittleEndian, bom: [], reported: "UTF-16LE"),
        Rendering(label: "UTF-8 with BOM", encoding: .utf8, bom: [0xEF, 0xBB, 0xBF], reported: "UTF-8"),
        Rendering(label: "UTF-32LE with BOM", encoding: .utf32LittleEndian, bom: [0xFF, 0xFE, 0, 0], reported: "UTF-32LE"),
        Rendering(label: "UTF-32BE with BOM", encoding: .utf32BigEndian, bom: [0, 0, 0xFE, 0xFF], reported: "UTF-32BE"),
    ]

    @Test("the CNN original in another Unicode encoding", arguments: renderings)
    func seedRendering(r: Rendering) throws {
        let (ref, refObj) = try CLI.segmentJSON([CLITests.original])
        #expect(ref.status == 0)
        let text = try String(contentsOfFile: CLITests.original, encoding: .utf8)
        let dir = try TempDir()
        let path = try dir.file("copy.txt", r.bom + [UInt8](try #require(text.data(using: r.encoding))))
        let (res, obj) = try CLI.segmentJSON([path])
        #expect(res.status == 0, "stderr: \(res.stderr)")
        #expect(res.stderr.isEmpty)
        #expect(obj?["encoding"] as? String == r.reported)
        #expect(CLI.sentenceTexts(obj) == CLI.sentenceTexts(refObj))
        #expect(CLI.sentenceTexts(obj).count > 50)
    }

    @Test("Russian text in another Unicode encoding", arguments: renderings)
    func russianRendering(r: Rendering) throws {
        let dir = try TempDir()
        let path = try dir.file("ru.txt", r.bom + [UInt8](try #require(Self.russian.data(using: r.encoding))))
        let (res, obj) = try CLI.segmentJSON([path])
        #expect(res.status == 0, "stderr: \(res.stderr)")
        #expect(obj?["encoding"] as? String == r.reported)
        #expect(obj?["language"] as? String == "ru")
        #expect(CLI.sentenceTexts(obj) == Self.russianSentences)
    }

    @Test func windows1251WithEncodingOptionIsExact() throws {
        let dir = try TempDir()
        let bytes = [UInt8](try #require(Self.russian.data(using: .windowsCP1251)))
        #expect(bytes.count >= 600)
        let path = try dir.file("ru-1251.txt", bytes)
        for name in ["windows-1251", "cp1251"] {
            let (res, obj) = try CLI.segmentJSON([path, "--encoding", name])
            #expect(res.status == 0)
            #expect(res.stderr.isEmpty, "stderr: \(res.stderr)")
            #expect(obj?["encoding"] as? String == "windows-1251")
            #expect(obj?["bytes"] as? Int == bytes.count)
            #expect(CLI.sentenceTexts(obj) == Self.russianSentences)
        }
    }

    /// Without --encoding the detector may be unsure: the text must be right, or standard
    /// error must tell the user to name the encoding.
    @Test func windows1251DetectedOrQuestioned() throws {
        let dir = try TempDir()
        let path = try dir.file("ru-1251.txt", [UInt8](try #require(Self.russian.data(using: .windowsCP1251))))
        let (res, obj) = try CLI.segmentJSON([path])
        #expect(res.status == 0)
        let right = CLI.sentenceTexts(obj) == Self.russianSentences
        let warned = res.stderrLines.contains { $0.hasPrefix("drift: warning: \(path): ") && $0.contains("--encoding") }
        #expect(right || warned, "encoding \(obj?["encoding"] ?? "?"), stderr: \(res.stderr)")
        #expect(res.stderrLines.allSatisfy { $0.hasPrefix("drift: warning: ") })
    }

    /// English with curly quotes, dashes and "…" is representable in windows-1251 too.
    @Test func englishSeedInWindows1251() throws {
        let text = try String(contentsOfFile: CLITests.original, encoding: .utf8)
        let bytes = [UInt8](try #require(text.data(using: .windowsCP1251)))
        let dir = try TempDir()
        let path = try dir.file("cnn-1251.txt", bytes)
        let (_, refObj) = try CLI.segmentJSON([CLITests.original])
        let (forced, forcedObj) = try CLI.segmentJSON([path, "--encoding", "windows-1251"])
        #expect(forced.status == 0)
        #expect(forcedObj?["encoding"] as? String == "windows-1251")
        #expect(CLI.sentenceTexts(forcedObj) == CLI.sentenceTexts(refObj))
        let (auto, autoObj) = try CLI.segmentJSON([path])
        #expect(auto.status == 0)
        let right = CLI.sentenceTexts(autoObj) == CLI.sentenceTexts(refObj)
        #expect(right || auto.stderr.contains("--encoding"), "stderr: \(auto.stderr)")
    }
}
