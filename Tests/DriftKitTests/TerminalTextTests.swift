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
    /// Widths are characters, not bytes, and a space carrying a combining mark is a
    /// character of the word, not a break: accented and Cyrillic text wraps at the same
    /// column as ASCII text, and a line never ends on a detached accent.
    @Test func wrapCountsCharactersAndKeepsCombiningMarksOnTheirSpace() {
        let w = TextWrap(color: false)
        // "cafe\u{301}" is 4 characters (5 scalars, 6 bytes); "тут" is 3 characters (6 bytes).
        let words = Array(repeating: "cafe\u{301} тут", count: 6).joined(separator: " ")
        let out = w.wrap([.plain(words)], width: 24, indent: 2)
        let lines = out.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        // 24 columns hold "  " and the 21 characters of "café тут café тут café".
        #expect(lines.first.map(String.init) == "  cafe\u{301} тут cafe\u{301} тут cafe\u{301}")
        for line in lines { #expect(line.count <= 24, "\(line)") }
        // " \u{301}" (a space with an accent) is one character and stays inside its word.
        let joined = w.wrap([.plain("a \u{301}b c")], width: 80, indent: 0)
        #expect(joined == "a \u{301}b c\n")
        let (pieces, ends) = w.words([.plain("a \u{301}b c\r\nd\te")])
        #expect(pieces.map(\.text) == ["a \u{301}b", "c", "d", "e"])
        #expect(pieces.map(\.width) == [3, 1, 1, 1])
        #expect(ends == [1, 2, 3, 4])
    }
}
