import Foundation
import Testing
import DriftTestSupport

/// Bad input: the user gets one line on standard error that names the file and says what is
/// wrong, nothing on standard output (so a pipeline does not carry on with half a result),
/// and exit status 2 ("trouble", as in diff(1)).
@Suite("Bad input")
struct BadInputTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var label: String
        /// Builds the file (or not) in a temporary directory; returns the path to pass.
        var make: @Sendable (TempDir) throws -> String
        var extra: [String] = []
        /// The message after `drift: error: <path>: `.
        var message: String
        var testDescription: String { label }
    }

    static let cases: [Case] = [
        Case(label: "missing file", make: { $0.url.appendingPathComponent("no-such-file.txt").path },
             message: "no such file"),
        Case(label: "directory", make: { d in
            let sub = d.url.appendingPathComponent("a-folder")
            try FileManager.default.createDirectory(at: sub, withIntermediateDirectories: true)
            return sub.path
        }, message: "is a directory (hint: name a file)"),
        Case(label: "empty file", make: { try $0.file("empty.txt", []) },
             message: "empty file (hint: nothing to compare)"),
        Case(label: "white space only", make: { try $0.file("blank.txt", Array(" \n\n\t  \r\n   \n".utf8)) },
             message: "empty file (only white space) (hint: nothing to compare)"),
        Case(label: "binary file (NUL bytes)", make: { d in
            // A made-up executable header, NUL bytes and random-looking bytes.
            var b: [UInt8] = [0x7F, 0x45, 0x4C, 0x46, 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0]
            for i in 0..<4000 { b.append(UInt8((i &* 7919 &+ 13) % 251)) }
            return try d.file("program.bin", b)
        }, message: "binary file (NUL bytes) (hint: drift compares text; name the encoding if this is text in an unusual encoding; use --encoding NAME)"),
        Case(label: "one NUL byte in otherwise plain text", make: { d in
            try d.file("nul.txt", Array("The talks in Geneva ended on Friday.\n".utf8) + [0] + Array("Both sides said they would meet again.\n".utf8))
        }, message: "binary file (NUL bytes) (hint: drift compares text)"),
        Case(label: "mostly control characters", make: { d in
            var b: [UInt8] = []
            for i in 0..<600 { b.append(contentsOf: [1, 2, 3, 0x1B, 0x7, UInt8(0x61 + i % 26), 0x10, 0x11]) }
            return try d.file("controls.txt", b)
        }, message: "binary file (mostly control characters) (hint: drift compares text)"),
        Case(label: "one character in ten a control character", make: { d in
            // Real text has essentially none; 10% is twice TextDecoder.binaryControlShare.
            var b: [UInt8] = []
            for i in 0..<600 { b.append(contentsOf: Array("news text".utf8) + [UInt8([1, 2, 0x1B, 0x7, 0x10][i % 5])]) }
            return try d.file("sprinkled.txt", b)
        }, message: "binary file (mostly control characters) (hint: drift compares text)"),
        Case(label: "invalid bytes under --encoding UTF-8", make: { d in
            try d.file("latin1.txt", Array("The caf".utf8) + [0xE9] + Array(" reopened on Monday.".utf8))
        }, extra: ["--encoding", "UTF-8"], message: "invalid UTF-8 at byte 7 (hint: check the encoding; use --encoding NAME)"),
        // An unknown --encoding is refused before any file is read (CLIConventionsTests).
        Case(label: "file over --max-bytes", make: { d in
            try d.file("big.txt", Array(String(repeating: "A sentence of text. ", count: 100).utf8))
        }, extra: ["--max-bytes", "1000"], message: "file is 2000 bytes, over the limit of 1000 (hint: raise the size limit; use --max-bytes N)"),
        // Issue #12 item 8: memory follows sentences, so their number is capped (docs/security.md).
        Case(label: "more lines than --max-sentences", make: { d in
            try d.file("lines.txt", Array(String(repeating: "ceasefire\n", count: 50).utf8))
        }, extra: ["--max-sentences", "30"], message: "has 50 sentences, over the limit of 30 (hint: split the input; use --max-sentences N)"),
        Case(label: "odd byte count under --encoding UTF-16LE", make: { d in
            try d.file("odd.txt", Array("abc".utf8))
        }, extra: ["--encoding", "UTF-16LE"], message: "invalid byte sequence for UTF-16LE at byte 2 (hint: check the encoding; use --encoding NAME)"),
        Case(label: "invalid UTF-8 after a UTF-8 BOM", make: { d in
            try d.file("bom.txt", [0xEF, 0xBB, 0xBF] + Array("Hello ".utf8) + [0xE9] + Array(" world.".utf8))
        }, message: "invalid UTF-8 at byte 9 after a UTF-8 byte-order mark (hint: name the real encoding; use --encoding NAME)"),
        Case(label: "lone surrogate after a UTF-16LE BOM", make: { d in
            try d.file("utf16.txt", [0xFF, 0xFE, 0x41, 0x00, 0x00, 0xDC, 0x42, 0x00])
        }, message: "invalid UTF-16LE at byte 4 (hint: name the real encoding; use --encoding NAME)"),
        Case(label: "HTML page without readable text", make: { d in
            try d.file("app.html", Array("<html><head><title>App</title></head><body><script>render()</script><div id=app></div></body></html>".utf8))
        }, message: "HTML page has no readable text: its body holds no text, only 1 script (hint: the page is a script shell that builds the article in a browser: save the rendered page, or read it as plain text; use --input-format text)"),
        Case(label: "HTML page whose only text is furniture", make: { d in
            try d.file("menu.html", Array("<html><body><nav>Home</nav><footer>Contact us</footer></body></html>".utf8))
        }, message: "HTML page has no readable text: all its text (14 characters) is in parts drift drops (footer-element, nav-element) (hint: drift segment can list what was dropped and why; or read the page as plain text; use --input-format text)"),
        Case(label: "Markdown with nothing but front matter", make: { d in
            try d.file("empty.md", Array("---\ntitle: Nothing here\ndate: 2025-08-15\n---\n\n---\n".utf8))
        }, message: "no text left after removing markdown markup (hint: read it as plain text; use --input-format text)"),
    ]

    @Test("exit 2, one line on stderr naming the file, nothing on stdout", arguments: cases)
    func badInput(c: Case) throws {
        let dir = try TempDir()
        let path = try c.make(dir)
        for format in ["text", "json"] {
            let r = try CLI.run(["segment", path, "--format", format] + c.extra)
            #expect(r.status == 2, "status \(r.status), stderr: \(r.stderr)")
            #expect(r.stdout.isEmpty, "stdout: \(r.stdout.prefix(200))")
            #expect(r.stderrLines.count == 1, "stderr: \(r.stderr)")
            #expect(r.stderr.hasSuffix("\n"))
            #expect(r.stderr.hasPrefix("drift: error: \(path): "), "stderr: \(r.stderr)")
            #expect(r.stderrLines.first == "drift: error: \(path): \(c.message)")
        }
    }

    @Test func emptyStandardInput() throws {
        let r = try CLI.run(["segment", "-"], stdin: [])
        #expect(r.status == 2)
        #expect(r.stdout.isEmpty)
        #expect(r.stderrLines == ["drift: error: -: empty file (hint: nothing to compare)"])
    }

    @Test func unknownOptionValueIsTroubleToo() throws {
        let r = try CLI.run(["segment", CLITests.original, "--input-format", "pdf"])
        #expect(r.status == 2)
        #expect(r.stdout.isEmpty)
        #expect(r.stderrLines == ["drift: error: The value 'pdf' is invalid for '--input-format <input-format>'. Please provide one of 'text', 'markdown', 'html' or 'lines'. (see 'drift segment --help')"])
    }
}
