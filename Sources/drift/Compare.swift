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

/// The report of this process's comparison, never released: the process exits right after
/// writing it, and releasing its millions of tokens, beads and strings one by one only delays
/// the exit (≈ 0.1 s of one core on the 100k-sentence pair, docs/benchmarks.md); the kernel
/// takes the memory back at once. `compare` and `check` compare once per process.
nonisolated(unsafe) private var keptUntilExit: Report?

/// `compare` and `check`: an original and copies in, one report out (in the format of
/// `--format`, where `-o` says), a verdict as the exit status. The shared steps live here
/// once; each command adds its own options and verdict.
protocol ComparingCommand: DriftCommand {
    var files: [String] { get }
    var out: OutputFlags { get }
    var input: InputFlags { get }
    /// "drift compare ORIGINAL COPY [COPY...]": the hint when files are missing.
    static var usage: String { get }
}

extension ComparingCommand {
    /// Throws unless the arguments name an original and at least one copy.
    func requirePair() throws {
        guard files.count >= 2 else {
            throw DriftError(Self._commandName, "needs an original and at least one copy", hint: Self.usage)
        }
    }

    /// The files read (in parallel, warnings printed in input order) and compared.
    func compare() throws -> Report {
        let docs = try loadDocuments(files, input)
        let report = Comparison.run(original: docs[0], copies: Array(docs.dropFirst()))
        keptUntilExit = report
        return report
    }

    /// Writes the report with the renderer of the chosen format and returns `verdict`, which
    /// is also the status of a run whose standard output is closed early (`drift … | head`).
    func deliver(_ report: Report, check: CheckPolicy.Result?, verdict: Int32, view: ViewFlags? = nil) throws -> Int32 {
        Output.statusOnClosedPipe = verdict
        let format = out.resolvedFormat { Output.err("drift: warning: " + $0) }
        let renderer = format.renderer(try out.terminalOptions(view), sentenceText: out.jsonText.sentenceText)
        try renderer.write(report, check: check, to: out.destination, inputs: files)
        return verdict
    }
}

struct Compare: ComparingCommand {
    static let configuration = CommandConfiguration(
        // Named, not derived: ArgumentParser derives a name with String(describing: Self.self),
        // ≈ 340,000 instructions a call, and asks for it ~20 times a run.
        commandName: "compare",
        _superCommandName: "drift", // see `parseCommand` (main.swift)
        abstract: "Align an original with each copy and report how each drifted.",
        discussion: "Exit status: 0 when every copy differs from the original only in typography, 1 when any differs, 2 on trouble.")

    @Argument(help: "The original, then one or more copies (files, or - for one of them on standard input).")
    var files: [String] = []

    @OptionGroup var out: OutputFlags
    @OptionGroup var view: ViewFlags
    @OptionGroup var input: InputFlags

    static let usage = "drift compare ORIGINAL COPY [COPY...]"

    func execute() throws -> Int32 {
        _ = try view.view()
        try requirePair()
        let report = try compare()
        let same = report.copies.allSatisfy { $0.summary.typographyOnly }
        return try deliver(report, check: nil, verdict: same ? ExitStatus.same : ExitStatus.different, view: view)
    }
}

struct Check: ComparingCommand {
    static let configuration = CommandConfiguration(
        commandName: "check", // named, not derived (see Compare)
        _superCommandName: "drift", // see `parseCommand` (main.swift)
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

    static let usage = "drift check ORIGINAL COPY"

    func execute() throws -> Int32 {
        try requirePair()
        let policy = CheckPolicy(kinds: try kinds(), minSeverity: minSeverity.severity)
        let report = try compare()
        let result = policy.evaluate(report)
        return try deliver(report, check: result, verdict: result.failed ? ExitStatus.different : ExitStatus.same)
    }
}
