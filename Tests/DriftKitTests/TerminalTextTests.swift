import Foundation
import Testing
@testable import DriftKit

/// What reaches a terminal: escaped control and invisible characters, wrapped lines, and
/// line:column positions.
@Suite("terminal text")
struct TerminalTextTests {
    @Test("every control and invisible character is escaped", arguments: [
        ("\u{1B}]0;pwned\u{07}", "\\u{1B}]0;pwned\\u{7}"),       // OSC: retitle the terminal
        ("\u{1B}[2J", "\\u{1B}[2J"),                              // clear the screen
        ("a\u{9B}b", "a\\u{9B}b"),                                // C1 CSI
        ("Pu\u{AD}tin", "Pu\\u{AD}tin"),                          // soft hyphen
        ("Pu\u{34F}tin", "Pu\\u{34F}tin"),                        // combining grapheme joiner
        ("Pu\u{180E}tin", "Pu\\u{180E}tin"),                      // Mongolian vowel separator
        ("x\u{E0041}\u{E007F}", "x\\u{E0041}\\u{E007F}"),          // TAG characters
        ("\u{202E}txt.exe", "\\u{202E}txt.exe"),                   // bidi override
        ("a\u{2066}b\u{2069}", "a\\u{2066}b\\u{2069}"),            // bidi isolates
        ("K\u{200B}yiv", "K\\u{200B}yiv"),                        // zero-width space
        ("a\u{3164}b", "a\\u{3164}b"),                            // Hangul filler (default-ignorable)
        ("a\u{FE0F}", "a\\u{FE0F}"),                              // variation selector
    ])
    func escaped(raw: String, shown: String) {
        #expect(TerminalText.escape(raw) == shown)
    }

    @Test func ordinaryTextIsLeftAlone() {
        for s in ["Kyiv — “Київ”, 2 000 km", "Zürich ß", "東京", "naïve café", "line\nbreak"] {
            #expect(TerminalText.escape(s) == s)
        }
        #expect(TerminalText.escapeLine("a\nb") == "a\\nb")
    }

    @Test func lineAndColumnCountLinesAndCharacters() throws {
        let d = try Document.from(text: "First line here.\nВторая строка — тут.\nThird.")
        let li = LineIndex(d)
        let bytes = Array("First line here.\nВторая строка — тут.\nThird.".utf8)
        let secondLine = 17
        #expect(li.location(of: 0) == (1, 1))
        #expect(li.location(of: secondLine) == (2, 1))
        // "тут" starts after 16 characters of the second line (Cyrillic letters are 2 bytes each).
        let tut = bytes.count - "тут.\nThird.".utf8.count
        #expect(li.location(of: tut) == (2, 17))
        #expect(li.describe(bytes.count - 6) == "3:1")
    }

    @Test func wrappedLinesFitAndColoursCloseOnEachLine() {
        let w = TextWrap(color: true)
        let runs: [TextWrap.Run] = [.plain("The talks in Geneva ended "), .deleted("without an agreement on Tuesday, officials said,"), .plain(" and both sides left.")]
        let out = w.wrap(runs, width: 30, indent: 4)
        for line in out.split(separator: "\n") {
            let visible = line.replacingOccurrences(of: #"\u{1B}\[[0-9;]*m"#, with: "", options: .regularExpression)
            #expect(visible.count <= 30, "\(visible)")
            #expect(line.components(separatedBy: "\u{1B}[31m").count == line.components(separatedBy: "\u{1B}[0m").count, "a colour is left open: \(line)")
        }
        let plain = TextWrap(color: false).wrap(runs, width: 30, indent: 4)
        #expect(plain.contains("[-without"))
        #expect(plain.contains("said,-]"))
        #expect(!plain.contains("\u{1B}"))
    }
}
