import ArgumentParser
import DriftKit

struct OutputFlags: ParsableArguments {
    @Option(name: .long, help: "Output format: text, json or html.")
    var format: String = "text"

    @Option(name: .shortAndLong, help: "Write the report to this file instead of standard output.")
    var output: String?

    @Option(name: .long, help: "Colour in text output: auto, always or never (NO_COLOR is respected).")
    var color: String = "auto"

    func validate() throws {
        guard ["text", "json", "html"].contains(format) else { throw DriftError("--format", "unknown format '\(format)'", hint: "use text, json or html") }
        guard ["auto", "always", "never"].contains(color) else { throw DriftError("--color", "unknown value '\(color)'", hint: "use auto, always or never") }
    }

    func useColor() -> Bool {
        if output != nil { return color == "always" }
        switch color {
        case "always": return true
        case "never": return false
        default: return Output.isTerminal(1) && (getenvString("NO_COLOR") ?? "").isEmpty && getenvString("TERM") != "dumb"
        }
    }
}

func loadDocuments(_ paths: [String], _ input: InputFlags) throws -> [Document] {
    let (io, so) = try input.options()
    return try paths.map { p in
        let d = try Document.load(path: p, input: io, segment: so)
        printWarnings(d.source.warnings)
        return d
    }
}

/// Prints a report or writes it to `-o` (never over one of `inputs`).
func emit(_ text: String, _ flags: OutputFlags, inputs: [String]) throws {
    if let path = flags.output { try Output.writeFileAtomically(path, text, inputs: inputs) } else { Output.out(text) }
}

struct Compare: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Align an original with each copy and report how each drifted.",
        discussion: "Exit status: 0 when every copy differs from the original only in typography, 1 when any differs, 2 on trouble.")

    @Argument(help: "The original, then one or more copies (files, or - for one of them on standard input).")
    var files: [String] = []

    @OptionGroup var out: OutputFlags
    @OptionGroup var input: InputFlags

    func run() throws {
        let status = runReporting {
            try out.validate()
            guard files.count >= 2 else { throw DriftError("compare", "needs an original and at least one copy", hint: "drift compare ORIGINAL COPY [COPY...]") }
            guard files.filter({ $0 == "-" }).count <= 1 else { throw DriftError("-", "standard input can be read only once") }
            let docs = try loadDocuments(files, input)
            let report = Comparison.run(original: docs[0], copies: Array(docs.dropFirst()))
            let status = report.copies.allSatisfy { $0.summary.typographyOnly } ? ExitStatus.same : ExitStatus.different
            Output.statusOnClosedPipe = status
            switch out.format {
            case "json": try Output.stream(to: out.output, inputs: files) { JSONReport.write(report, to: $0) }
            case "html": try emit(HTMLReport.render(report), out, inputs: files)
            default: try emit(TerminalReport.render(report, color: out.useColor()), out, inputs: files)
            }
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
        (default: insertion, inserted-note, claim-change, name-change, number-change and \
        quote-change at major severity). Exit status: 0 none found, 1 found, 2 trouble.
        """)

    @Argument(help: "The original, then one or more copies.")
    var files: [String] = []

    @Option(name: .customLong("fail-on"), help: "Comma-separated finding kinds that fail the check.")
    var failOn: String = CheckPolicy.defaultKinds.map(\.rawValue).joined(separator: ",")

    @Option(name: .customLong("min-severity"), help: "Least severity that fails the check: major, minor or info.")
    var minSeverity: String = "major"

    @OptionGroup var out: OutputFlags
    @OptionGroup var input: InputFlags

    func run() throws {
        let status = runReporting {
            try out.validate()
            guard files.count >= 2 else { throw DriftError("check", "needs an original and at least one copy", hint: "drift check ORIGINAL COPY") }
            let policy = try CheckPolicy(kinds: failOn, minSeverity: minSeverity)
            let docs = try loadDocuments(files, input)
            let report = Comparison.run(original: docs[0], copies: Array(docs.dropFirst()))
            let result = policy.evaluate(report)
            Output.statusOnClosedPipe = result.failed ? ExitStatus.different : ExitStatus.same
            switch out.format {
            case "json": try Output.stream(to: out.output, inputs: files) { JSONReport.write(report, check: result, to: $0) }
            case "html": try emit(HTMLReport.render(report, check: result), out, inputs: files)
            default: try emit(TerminalReport.renderCheck(report, result, color: out.useColor()), out, inputs: files)
            }
            return result.failed ? ExitStatus.different : ExitStatus.same
        }
        throw ExitCode(status)
    }
}
