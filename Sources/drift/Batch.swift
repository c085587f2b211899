import ArgumentParser
import DriftCorpus
import DriftKit
#if canImport(Glibc)
import Glibc
#endif

/// `drift batch`: JSON Lines in, one compact drift.report/1 per line out (docs/corpus.md).
struct Batch: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Compare many pairs: JSON Lines from a file or standard input, one report per line on standard output.",
        discussion: """
        Each input line is {"original": PATH or {"text": "..."}, "copy": PATH or {"text": "..."}, "id": ...}. \
        Each output line is the compact drift.report/1 JSON of that pair (with "id" appended), \
        or {"id": ..., "error": "..."} when the line fails; output line N answers input line N. \
        Lines are compared in parallel on every core. Exit status: 0 when every line was \
        answered (failed lines included), 2 on trouble.
        """)

    @Argument(help: "The JSON Lines file, or - (the default) for standard input.")
    var input: String = "-"

    @Option(name: .long, help: "Directory that relative paths in the input are resolved against (default: the current directory).")
    var base: String?

    func run() throws {
        let status = runReporting {
            let lines: FileLines
            if input == "-" {
                guard let f = fdopen(dup(0), "r") else { throw DriftError("-", "cannot read standard input") }
                lines = FileLines(f)
            } else {
                guard let f = fopen(input, "r") else { throw DriftError(input, String(cString: strerror(errno)).lowercased()) }
                lines = FileLines(f)
            }
            defer { lines.close() }
            BatchJob.run(lines: lines, base: base) { Output.out($0 + "\n") }
            if lines.failure != 0 { throw DriftError(input, "cannot read: \(String(cString: strerror(lines.failure)))") }
            return ExitStatus.same
        }
        throw ExitCode(status)
    }
}

/// A stream's lines (newline stripped), read with getline(3): standard input, a file or a FIFO.
final class FileLines: Sequence, IteratorProtocol {
    let file: UnsafeMutablePointer<FILE>
    private var line: UnsafeMutablePointer<CChar>? = nil
    private var cap = 0
    /// errno of a read error, or 0.
    private(set) var failure: Int32 = 0
    init(_ file: UnsafeMutablePointer<FILE>) { self.file = file }

    func next() -> String? {
        errno = 0
        let n = getline(&line, &cap, file)
        guard n >= 0, let line else {
            if ferror(file) != 0 { failure = errno }
            return nil
        }
        var len = n
        if len > 0 && line[len - 1] == 0x0A { len -= 1 }
        return line.withMemoryRebound(to: UInt8.self, capacity: len) { String(decoding: UnsafeBufferPointer(start: $0, count: len), as: UTF8.self) }
    }

    func close() {
        free(line); line = nil
        fclose(file)
    }
}
