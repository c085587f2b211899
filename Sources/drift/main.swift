import ArgumentParser
import DriftKit
import Foundation
#if canImport(Glibc)
import Glibc
#endif

struct InputFlags: ParsableArguments {
    @Option(name: .long, help: "Encoding of the inputs instead of detection (e.g. UTF-8, UTF-16LE, windows-1251, ISO-8859-5).")
    var encoding: String?

    @Option(name: .customLong("input-format"), help: "Format of the inputs instead of detection.")
    var inputFormat: InputFormatChoice?

    // `.unconditional`: "--max-bytes -5" takes -5 as the value (and refuses it) rather than
    // reading it as an option.
    @Option(name: .customLong("max-bytes"), parsing: .unconditional, help: "Largest input accepted, in bytes.")
    var maxBytes: Int = 256 << 20

    @Option(name: .customLong("max-sentences"), parsing: .unconditional, help: "Most sentences accepted in one input.")
    var maxSentences: Int = SegmentOptions().maxSentences

    @Option(name: .long, help: "Language of the inputs as an ISO 639 code (en, ru, uk, de, fr, it, es, ar, …), or one per input in order (en,ru); detected per document when omitted.")
    var lang: String?

    func options() throws -> (InputOptions, SegmentOptions) {
        guard maxBytes > 0 else { throw DriftError("--max-bytes", "must be a positive number of bytes, got \(maxBytes)") }
        guard maxSentences > 0 else { throw DriftError("--max-sentences", "must be a positive number of sentences, got \(maxSentences)") }
        if let e = encoding, !TextDecoder.isKnownEncoding(e) {
            throw DriftError("--encoding", "unknown encoding '\(e)'", hint: "use a name such as UTF-8, UTF-16LE, windows-1251, ISO-8859-1")
        }
        // One code, or one per input in order ("en,ru").
        for l in (lang ?? "").split(separator: ",").map(String.init) {
            let primary = l.split(whereSeparator: { $0 == "-" || $0 == "_" }).first.map { $0.lowercased() } ?? ""
            guard Locale.LanguageCode.isoLanguageCodes.contains(where: { $0.identifier == primary }) else {
                throw DriftError("--lang", "unknown language '\(l)'", hint: "use an ISO 639 code such as en, ru, uk, de")
            }
        }
        return (InputOptions(maxBytes: maxBytes, encoding: encoding, format: inputFormat?.format), SegmentOptions(language: lang, maxSentences: maxSentences))
    }
}

struct Drift: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "drift",
        abstract: "Show how a republished copy of an article drifted from its original.",
        version: "drift \(DriftVersion.string)",
        subcommands: [Compare.self, Check.self, Segment.self, CorpusCommand.self, Batch.self],
        defaultSubcommand: Compare.self
    )
}

struct Segment: DriftCommand {
    static let configuration = CommandConfiguration(
        commandName: "segment", // named, not derived (see Compare)
        _superCommandName: "drift", // see `parseCommand`
        abstract: "Print the sentences drift sees in a file, with their byte offsets.")

    @Argument(help: "A file, or - for standard input.")
    var file: String

    @Option(name: .long, help: "Output format.")
    var format: SegmentFormat = .text

    @Flag(name: .customLong("show-dropped"), help: "HTML: also list the text left out of the article, with the rule that left it out.")
    var showDropped = false

    @OptionGroup var input: InputFlags

    func execute() throws -> Int32 {
        let (io, so) = try input.options()
        let doc = try Document.load(path: file, input: io, segment: so)
        printWarnings(doc.source.warnings)
        Output.out(format == .json ? SegmentReport.json(doc, dropped: showDropped).serialized()
                                   : SegmentReport.text(doc, header: Output.isTerminal(1), dropped: showDropped))
        return ExitStatus.same
    }
}

// Entry point: argument errors are trouble (status 2), like every other error.
// A closed pipe (`drift … | head`) is handled where output is written (exit 0, silently).
signal(SIGPIPE, SIG_IGN)
let arguments = Array(CommandLine.arguments.dropFirst())
// Bare `drift` prints the usage, as git does.
if arguments.isEmpty {
    Output.out(Drift.helpMessage() + "\n")
    exit(0)
}
// `drift --version` alone, answered before ArgumentParser: parsing the root command builds the
// argument sets of `compare` (the default subcommand) and of the completion-script probe,
// ≈ 15 M instructions, most of them the Swift runtime's protocol-conformance scans
// (docs/benchmarks.md, "Start-up"). Same text and status as ArgumentParser's answer, which
// every other spelling (`drift compare --version`, …) still gets.
if arguments == ["--version"] {
    Output.out(Drift.configuration.version + "\n")
    exit(0)
}
if let line = CLIErrors.unknownCommand(arguments, fileExists: { FileManager.default.fileExists(atPath: $0) }) {
    Output.err(line)
    exit(ExitStatus.trouble)
}
/// The command the arguments ask for. `drift compare|check|segment|batch …` is parsed with
/// that subcommand as the root: the root's parse of the same arguments builds the subcommand's
/// argument set once per positional argument to ask whether it passes arguments through
/// (the default subcommand's, ≈ 1.2 M instructions each, most of them the Swift runtime's
/// conformance scans: docs/benchmarks.md). The root adds no options, so a parse that succeeds
/// gives the same command; anything else (an error) goes through the root, for its exact
/// messages — and so do help, `--version` and the completion-script requests, which are
/// answered in the root's words ("USAGE: drift compare …") only when parsed from the root.
/// Each of those subcommands names `drift` as its super-command (`_superCommandName`, read by
/// ArgumentParser only where the subcommand is the root): the parse then skips the probe for
/// a completion-script request, which builds the argument sets of two more commands (≈ 1 ms
/// of a seed pair's 28, docs/benchmarks.md) — such requests never take this path (`rootOnly`).
func parseCommand(_ arguments: [String]) throws -> ParsableCommand {
    // The subcommands without subcommands of their own (compare, check, segment, batch).
    let direct = Drift.configuration.subcommands.filter { $0.configuration.subcommands.isEmpty }
    let rootOnly = ["-h", "--h", "--version", "--generate-completion", "--experimental"]
    if let name = arguments.first, let sub = direct.first(where: { $0._commandName == name }),
       !arguments.contains(where: { a in rootOnly.contains { a.hasPrefix($0) } }),
       let command = try? sub.parseAsRoot(Array(arguments.dropFirst())) {
        return command
    }
    return try Drift.parseAsRoot(arguments)
}

do {
    var command = try parseCommand(arguments)
    try command.run()
} catch let code as ExitCode {
    exit(code.rawValue)
} catch {
    if Drift.exitCode(for: error) == .success {
        Output.out(Drift.fullMessage(for: error) + "\n")
        exit(0)
    }
    Output.err("drift: error: \(CLIErrors.oneLine(Drift.message(for: error))) (\(CLIErrors.helpPointer(arguments)))")
    exit(ExitStatus.trouble)
}
