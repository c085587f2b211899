import ArgumentParser
import DriftKit

func loadDocuments(_ paths: [String], _ input: InputFlags) throws -> [Document] {
    guard paths.filter({ $0 == "-" }).count <= 1 else { throw DriftError("-", "standard input can be read only once") }
    let (io, so) = try input.options()
    // `--lang en,ru`: one code per input in order (the last one for the rest).
    let codes = so.language.map { $0.split(separator: ",").map { String($0) } } ?? []
    let options = paths.indices.map { k in
        var sk = so
        if !codes.isEmpty { sk.language = codes[min(k, codes.count - 1)] }
        return sk
    }
    // Read and segmented in parallel; warnings and the first error come out in input order.
    return try Document.load(paths: paths, input: io, segments: options).map { r in
        let d = try r.get()
        printWarnings(d.source.warnings)
        return d
    }
}

/// Writes a report to where `-o` says, through a buffered writer (a file: atomically, through
/// links, never over one of `inputs`; see `OutputFile`).
func emit(_ flags: OutputFlags, inputs: [String], _ body: (inout FDWriter) -> Void) throws {
    switch flags.destination {
    case .file(let path): try Output.writeFileAtomically(path, inputs: inputs) { body(&$0) }
    case .standardOutput:
        var w = FDWriter(fd: 1)
        body(&w)
        w.flush()
    }
}

/// The report in the chosen format. JSON and HTML stream through the library's `ReportWriter`.
func writeReport(_ report: Report, check: CheckPolicy.Result?, _ out: OutputFlags, view: ViewFlags? = nil, inputs: [String]) throws {
    let format = out.resolvedFormat { Output.err("drift: warning: " + $0) }
    let opts = try out.terminalOptions(view)
    let path: String? = if case .file(let p) = out.destination { p } else { nil }
    switch format {
    case .json: try Output.stream(to: path, inputs: inputs) { JSONReport.write(report, check: check, to: $0) }
    case .html: try Output.stream(to: path, inputs: inputs) { HTMLReport.write(report, check: check, to: $0) }
    case .text:
        try emit(out, inputs: inputs) { w in
            if let check { TerminalReport.writeCheck(report, check, opts, to: &w) } else { TerminalReport.write(report, opts, to: &w) }
        }
    }
}

struct Compare: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Align an original with each copy and report how each drifted.",
        discussion: "Exit status: 0 when every copy differs from the original only in typography, 1 when any differs, 2 on trouble.")

    @Argument(help: "The original, then one or more copies (files, or - for one of them on standard input).")
    var files: [String] = []

    @OptionGroup var out: OutputFlags
    @OptionGroup var view: ViewFlags
    @OptionGroup var input: InputFlags

    func run() throws {
        let status = runReporting {
            _ = try view.view()
            guard files.count >= 2 else { throw DriftError("compare", "needs an original and at least one copy", hint: "drift compare ORIGINAL COPY [COPY...]") }
            let docs = try loadDocuments(files, input)
            let report = Comparison.run(original: docs[0], copies: Array(docs.dropFirst()))
            let status = report.copies.allSatisfy { $0.summary.typographyOnly } ? ExitStatus.same : ExitStatus.different
            Output.statusOnClosedPipe = status
            try writeReport(report, check: nil, out, view: view, inputs: files)
            return status
        }
        throw ExitCode(status)
    }
}

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "The gate: exit 1 when a copy holds injected content, 0 when it does not.",
        discussion: """
        Reports the findings of the kinds in --fail-on at --min-severity or above \
        (default: \(CheckPolicy.defaultKinds.map(\.rawValue).joined(separator: ", ")) at major \
        severity). --fail-on may be repeated and takes comma-separated kinds; its values add up. \
        Exit status: 0 none found, 1 found, 2 trouble.
        """)

    @Argument(help: "The original, then one or more copies.")
    var files: [String] = []

    @Option(name: .customLong("fail-on"), parsing: .singleValue,
            help: ArgumentHelp("Finding kinds that fail the check, comma-separated or repeated (\(Finding.Kind.allCases.map(\.rawValue).joined(separator: ", ")), or all).", valueName: "kinds"))
    var failOn: [String] = []

    @Option(name: .customLong("min-severity"), help: "Least severity that fails the check.")
    var minSeverity: SeverityChoice = .major

    @OptionGroup var out: OutputFlags
    @OptionGroup var input: InputFlags

    /// The kinds of every `--fail-on`, added up; the default set when none is given.
    func kinds() throws -> Set<Finding.Kind> {
        guard !failOn.isEmpty else { return Set(CheckPolicy.defaultKinds) }
        var ks = Set<Finding.Kind>()
        for part in failOn.flatMap({ $0.split(separator: ",") }).map({ $0.trimmingCharacters(in: .whitespaces) }) where !part.isEmpty {
            if part == "all" { ks.formUnion(Finding.Kind.allCases); continue }
            guard let k = Finding.Kind(rawValue: part) else {
                throw DriftError("--fail-on", "unknown finding kind '\(part)'", hint: "use any of " + Finding.Kind.allCases.map(\.rawValue).joined(separator: ", ") + ", or all")
            }
            ks.insert(k)
        }
        guard !ks.isEmpty else { throw DriftError("--fail-on", "names no finding kind", hint: "e.g. --fail-on insertion,claim-change") }
        return ks
    }

    func run() throws {
        let status = runReporting {
            guard files.count >= 2 else { throw DriftError("check", "needs an original and at least one copy", hint: "drift check ORIGINAL COPY") }
            let policy = CheckPolicy(kinds: try kinds(), minSeverity: minSeverity.severity)
            let docs = try loadDocuments(files, input)
            let report = Comparison.run(original: docs[0], copies: Array(docs.dropFirst()))
            let result = policy.evaluate(report)
            Output.statusOnClosedPipe = result.failed ? ExitStatus.different : ExitStatus.same
            try writeReport(report, check: result, out, inputs: files)
            return result.failed ? ExitStatus.different : ExitStatus.same
        }
        throw ExitCode(status)
    }
}
