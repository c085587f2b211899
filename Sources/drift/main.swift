import ArgumentParser
import DriftKit
#if canImport(Glibc)
import Glibc
#endif

/// Exit statuses, like diff(1): 0 same (or no finding), 1 different (or findings), 2 trouble.
enum ExitStatus {
    static let same: Int32 = 0
    static let different: Int32 = 1
    static let trouble: Int32 = 2
}

struct InputFlags: ParsableArguments {
    @Option(name: .long, help: "Encoding of the inputs instead of detection (e.g. UTF-8, UTF-16LE, windows-1251, ISO-8859-5).")
    var encoding: String?

    @Option(name: .customLong("input-format"), help: "Format of the inputs instead of detection: text, markdown or html.")
    var inputFormat: String?

    @Option(name: .customLong("max-bytes"), help: "Largest input accepted, in bytes.")
    var maxBytes: Int = 256 << 20

    @Option(name: .long, help: "Language of the text (en, ru, …); detected from its script when omitted.")
    var lang: String?

    func options() throws -> (InputOptions, SegmentOptions) {
        var fmt: InputFormat? = nil
        if let f = inputFormat {
            guard let v = InputFormat(rawValue: f.lowercased()) else {
                throw DriftError("--input-format", "unknown format '\(f)'", hint: "use text, markdown or html")
            }
            fmt = v
        }
        guard maxBytes > 0 else { throw DriftError("--max-bytes", "must be a positive number of bytes") }
        return (InputOptions(maxBytes: maxBytes, encoding: encoding, format: fmt), SegmentOptions(language: lang))
    }
}

struct Drift: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "drift",
        abstract: "Show how a republished copy of an article drifted from its original.",
        version: DriftVersion.string,
        subcommands: [Compare.self, Check.self, Segment.self, CorpusCommand.self, Batch.self],
        defaultSubcommand: Compare.self
    )
}

/// Prints warnings and runs `body`, turning library errors into one line and status 2.
func runReporting(_ body: () throws -> Int32) -> Int32 {
    // Said once per run, after the work: a comparison without WordNet still runs (docs/findings.md).
    defer { if let why = WordNet.unavailableIfWanted { Output.err("drift: note: \(why)") } }
    do {
        return try body()
    } catch let e as DriftError {
        Output.err("drift: error: \(e)")
        return ExitStatus.trouble
    } catch {
        Output.err("drift: error: \(error)")
        return ExitStatus.trouble
    }
}

func printWarnings(_ ws: [DriftWarning]) {
    for w in ws { Output.err("drift: warning: \(w)") }
}

struct Segment: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Print the sentences drift sees in a file, with their byte offsets.")

    @Argument(help: "A file, or - for standard input.")
    var file: String

    @Option(name: .long, help: "Output format: text or json.")
    var format: String = "text"

    @Flag(name: .customLong("show-dropped"), help: "HTML: also list the text left out of the article, with the rule that left it out.")
    var showDropped = false

    @OptionGroup var input: InputFlags

    func run() throws {
        let status = runReporting {
            guard format == "text" || format == "json" else { throw DriftError("--format", "unknown format '\(format)'", hint: "use text or json") }
            let (io, so) = try input.options()
            let doc = try Document.load(path: file, input: io, segment: so)
            printWarnings(doc.source.warnings)
            Output.out(format == "json" ? SegmentReport.json(doc, dropped: showDropped).serialized()
                                        : SegmentReport.text(doc, header: Output.isTerminal(1), dropped: showDropped))
            return ExitStatus.same
        }
        throw ExitCode(status)
    }
}

// Entry point: argument errors are trouble (status 2), like every other error.
// A closed pipe (`drift … | head`) is handled where output is written (exit 0, silently).
signal(SIGPIPE, SIG_IGN)
do {
    var command = try Drift.parseAsRoot()
    try command.run()
} catch let code as ExitCode {
    exit(code.rawValue)
} catch {
    if Drift.exitCode(for: error) == .success {
        Output.out(Drift.fullMessage(for: error) + "\n")
        exit(0)
    }
    Output.err("drift: error: \(Drift.message(for: error))\nSee 'drift --help'.")
    exit(ExitStatus.trouble)
}
