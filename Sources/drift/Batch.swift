import ArgumentParser
import DriftCorpus
import DriftKit
#if canImport(Glibc)
import Glibc
#endif

/// `drift batch`: JSON Lines in, one compact drift.report/3 per line out (docs/corpus.md).
struct Batch: DriftCommand {
    static let configuration = CommandConfiguration(
        commandName: "batch", // named, not derived (see Compare)
        _superCommandName: "drift", // see `parseCommand` (main.swift)
        abstract: "Compare many pairs: JSON Lines from a file or standard input, one report per line on standard output.",
        discussion: """
        Each input line is {"original": PATH or {"text": "..."}, "copy": PATH or {"text": "..."}, "id": ...}. \
        Each output line is the compact drift.report/3 JSON of that pair (with "id" appended), \
        or {"id": ..., "error": "..."} when the line fails; output line N answers input line N. \
        Lines are compared in parallel on every core. Exit status: 0 when every line was \
        answered (failed lines included), 2 on trouble.
        """)

    @Argument(help: "The JSON Lines file, or - (the default) for standard input.")
    var input: String = "-"

    @Option(name: .long, help: "Directory that relative paths in the input are resolved against (default: the current directory).")
    var base: String?

    @Option(name: .customLong("max-bytes"), help: "Longest input line, and largest file a line names, in bytes.")
    var maxBytes: Int = 256 << 20

    func execute() throws -> Int32 {
        guard maxBytes > 0 else { throw DriftError("--max-bytes", "must be a positive number of bytes") }
        let fd: Int32
        if input == "-" { fd = 0 } else {
            fd = open(input, O_RDONLY | O_CLOEXEC)
            if fd < 0 { throw DriftError(input, String(cString: strerror(errno)).lowercased()) }
        }
        defer { if fd != 0 { close(fd) } }
        BatchJob.run(items: BatchLines(fd: fd, maxBytes: maxBytes), base: base, input: InputOptions(maxBytes: maxBytes),
                         describe: CLIErrors.inline) { Output.out($0 + "\n") }
        return ExitStatus.same
    }
}
