import DriftKit

/// A report renderer: where the chosen format meets the library's entry point. Each wraps one
/// (`JSONReport.write`, `HTMLReport.write`, `TerminalReport.write`/`writeCheck`) and writes to
/// standard output or, with `-o FILE`, atomically to that file (through links, never over one
/// of `inputs`; see `OutputFile`).
protocol ReportRenderer {
    /// Writes `report`, with the verdict of `drift check` when there is one.
    func write(_ report: Report, check: CheckPolicy.Result?, to destination: Destination, inputs: [String]) throws
}

extension ReportFormat {
    /// The renderer of this format; `terminal` configures the text report, `sentenceText`
    /// the JSON.
    func renderer(_ terminal: TerminalOptions, sentenceText: JSONReport.SentenceText = .all) -> any ReportRenderer {
        switch self {
        case .json: JSONRenderer(sentenceText: sentenceText)
        case .html: HTMLRenderer()
        case .text: TextRenderer(options: terminal)
        }
    }
}

/// drift.report/3, streamed through the library's `ReportWriter` (docs/json-format.md).
struct JSONRenderer: ReportRenderer {
    var sentenceText: JSONReport.SentenceText = .all

    func write(_ report: Report, check: CheckPolicy.Result?, to destination: Destination, inputs: [String]) throws {
        let path: String? = if case .file(let p) = destination { p } else { nil }
        try Output.stream(to: path, inputs: inputs) { JSONReport.write(report, check: check, to: $0, sentenceText: sentenceText) }
    }
}

/// The self-contained HTML page, streamed through the library's `ReportWriter` like the JSON.
struct HTMLRenderer: ReportRenderer {
    func write(_ report: Report, check: CheckPolicy.Result?, to destination: Destination, inputs: [String]) throws {
        let path: String? = if case .file(let p) = destination { p } else { nil }
        try Output.stream(to: path, inputs: inputs) { HTMLReport.write(report, check: check, to: $0) }
    }
}

/// The text report (colour, width and view from the command line), or `drift check`'s verdict.
struct TextRenderer: ReportRenderer {
    var options: TerminalOptions

    func write(_ report: Report, check: CheckPolicy.Result?, to destination: Destination, inputs: [String]) throws {
        try emit(destination, inputs: inputs) { w in
            if let check { TerminalReport.writeCheck(report, check, options, to: &w) } else { TerminalReport.write(report, options, to: &w) }
        }
    }
}

/// Writes through a buffered writer to standard output or, for a file, atomically.
func emit(_ destination: Destination, inputs: [String], _ body: (inout FDWriter) -> Void) throws {
    switch destination {
    case .file(let path): try Output.writeFileAtomically(path, inputs: inputs) { body(&$0) }
    case .standardOutput:
        var w = FDWriter(fd: 1)
        body(&w)
        w.flush()
    }
}
