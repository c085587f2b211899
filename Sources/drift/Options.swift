import ArgumentParser
import DriftKit

// Enumerated option values: each an `ExpressibleByArgument` enum, so `--help` lists the values
// and an unknown value is refused by the parser with the list (one line, see CLIErrors.swift).

/// An option's closed set of values, spelt by their raw values. Gives ArgumentParser the same
/// strings its defaults would (`allValueStrings`: the raw values; no value has a description of
/// its own), without their key path (`\.rawValue.defaultValueDescription`) and string
/// interpolation, which the Swift runtime resolves at every start with a protocol-conformance
/// scan of the whole binary per enum and protocol (docs/benchmarks.md, "Start-up").
protocol ArgumentChoice: CaseIterable, RawRepresentable, ExpressibleByArgument where RawValue == String {}

extension ArgumentChoice {
    init?(argument: String) { self.init(rawValue: argument) }
    var defaultValueDescription: String { rawValue }
    static var allValueStrings: [String] { allCases.map { $0.rawValue } }
    static var allValueDescriptions: [String: String] { [:] }
    static var defaultCompletionKind: CompletionKind { .list(allValueStrings) }
}

enum ReportFormat: String, ArgumentChoice {
    case text, json, html

    /// The format a file name asks for by its extension (`.json`, `.html`/`.htm`, `.txt`), if any.
    init?(fileName: String) {
        let name = fileName.lowercased()
        if name.hasSuffix(".json") { self = .json } else if name.hasSuffix(".html") || name.hasSuffix(".htm") { self = .html } else if name.hasSuffix(".txt") { self = .text } else { return nil }
    }
}

enum SegmentFormat: String, ArgumentChoice {
    case text, json
}

/// `--json-text`: the library's `JSONReport.SentenceText`.
enum JSONTextChoice: String, ArgumentChoice {
    case all, unshared
    var sentenceText: JSONReport.SentenceText { JSONReport.SentenceText(rawValue: rawValue)! }
}

enum ColorChoice: String, ArgumentChoice {
    case auto, always, never
}

enum SeverityChoice: String, ArgumentChoice {
    case major, minor, info
    var severity: Finding.Severity { Finding.Severity(rawValue: rawValue)! }
}

enum InputFormatChoice: String, ArgumentChoice {
    case text, markdown, html, lines
    var format: InputFormat { InputFormat(rawValue: rawValue)! }
}

/// Where a report goes: standard output, or a file written atomically.
enum Destination: Equatable {
    case standardOutput
    case file(String)

    /// `-o` as given: none or `-` is standard output.
    init(_ o: String?) {
        if let o, o != "-" { self = .file(o) } else { self = .standardOutput }
    }
}

struct OutputFlags: ParsableArguments {
    @Option(name: .long, help: "Output format (default: from the -o file's extension, else text).")
    var format: ReportFormat?

    @Option(name: .shortAndLong, help: ArgumentHelp("Write the report to this file instead of standard output (- is standard output).", valueName: "file"))
    var output: String?

    @Option(name: .long, help: "Colour in text output (NO_COLOR is respected).")
    var color: ColorChoice = .auto

    @Option(name: .customLong("json-text"), help: "JSON output: which sentences carry their text (unshared: not the copy's sentences kept byte for byte, which are the original's).")
    var jsonText: JSONTextChoice = .all

    var destination: Destination { Destination(output) }

    /// The format to write: `--format`, else the `-o` file's extension, else text. A
    /// contradiction between the two is a warning (the explicit `--format` wins).
    func resolvedFormat(warn: (String) -> Void) -> ReportFormat {
        let byName: ReportFormat? = if case .file(let p) = destination { ReportFormat(fileName: p) } else { nil }
        if let f = format {
            if let n = byName, n != f, case .file(let p) = destination {
                let ext = p.split(separator: ".").last.map(String.init) ?? ""
                warn("\(TerminalText.escapeLine(p)): writing \(f.rawValue) as --format asks, though the name ends in .\(TerminalText.escapeLine(ext)) (a \(n.rawValue) file)")
            }
            return f
        }
        return byName ?? .text
    }

    func useColor() -> Bool {
        if destination != .standardOutput { return color == .always }
        switch color {
        case .always: return true
        case .never: return false
        case .auto: return Output.isTerminal(1) && (getenvString("NO_COLOR") ?? "").isEmpty && getenvString("TERM") != "dumb"
        }
    }

    /// Columns to wrap the text report to: `$COLUMNS`, else the terminal's width, else 80.
    func width() -> Int {
        if let c = getenvString("COLUMNS").flatMap(Int.init), c > 0 { return c }
        if destination == .standardOutput, let w = Output.terminalWidth(1) { return w }
        return 80
    }

    func terminalOptions(_ view: ViewFlags? = nil) throws -> TerminalOptions {
        TerminalOptions(color: useColor(), width: width(), view: try view?.view() ?? .full, showUnrelated: view?.full ?? false)
    }
}

/// How much of the text report `compare` prints.
struct ViewFlags: ParsableArguments {
    @Flag(name: .customLong("findings-only"), help: "Text output: the summary and the findings, without the aligned sentences.")
    var findingsOnly = false

    @Flag(name: .long, help: "Text output: one screen of counts per relation and finding kind (like git diff --stat).")
    var stat = false

    @Flag(name: .long, help: "Text output: print the aligned sentences even of a copy judged unrelated to the original.")
    var full = false

    func view() throws -> TerminalOptions.View {
        if findingsOnly && stat { throw DriftError("--stat", "cannot be used with --findings-only", hint: "choose one view") }
        return stat ? .stat : findingsOnly ? .findings : .full
    }
}
