import ArgumentParser
import DriftKit

/// Every error the CLI prints goes through here: one line on standard error,
/// `drift: error: …`, with file names escaped (`TerminalText`), and for a mistake in the
/// command line a pointer to the subcommand's help (`see 'drift check --help'`).
enum CLIErrors {
    /// The subcommand path named by the arguments ("compare", "corpus add"), for help pointers.
    static func commandPath(_ args: [String]) -> String {
        let names = Drift.configuration.subcommands.map { $0._commandName }
        guard let first = args.first(where: { !$0.hasPrefix("-") }), names.contains(first) else {
            return args.first.map { names.contains($0) ? $0 : "" } ?? ""
        }
        if first == "corpus", let i = args.firstIndex(of: first), i + 1 < args.count,
           CorpusCommand.configuration.subcommands.map({ $0._commandName }).contains(args[i + 1]) {
            return "corpus " + args[i + 1]
        }
        return first
    }

    static func helpPointer(_ args: [String]) -> String {
        let path = commandPath(args)
        return "see 'drift \(path.isEmpty ? "" : path + " ")--help'"
    }

    /// One line: newlines inside a message become "; ", control characters are escaped.
    static func oneLine(_ s: String) -> String {
        let parts = s.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        return TerminalText.escapeLine(parts.joined(separator: "; "))
    }

    /// The command-line words for a library remedy: the one place the CLI's flags meet the
    /// library's errors.
    static func flag(_ r: Remedy) -> String {
        switch r {
        case .encoding: return "--encoding NAME"
        case .plainText: return "--input-format text"
        case .maxBytes: return "--max-bytes N"
        case .maxSentences: return "--max-sentences N"
        case .corpusPath: return "--db FILE"
        }
    }

    /// The hint of an error with its remedy worded as a flag: "check the encoding; use --encoding NAME".
    static func hint(_ e: DriftError) -> String? {
        switch (e.hint, e.remedy) {
        case let (h?, r?): return "\(h); use \(flag(r))"
        case let (nil, r?): return "use \(flag(r))"
        case let (h?, nil): return h
        case (nil, nil): return nil
        }
    }

    /// A library or CLI error as a line. `usage` adds the help pointer.
    static func line(_ e: DriftError, usage: Bool) -> String {
        let base = what(e)
        let notes = [hint(e).map { "hint: \($0)" }, usage ? helpPointer(Array(CommandLine.arguments.dropFirst())) : nil].compactMap { $0 }
        return "drift: error: " + oneLine(base) + (notes.isEmpty ? "" : " (" + oneLine(notes.joined(separator: "; ")) + ")")
    }

    /// An error as the `error` member of a `drift batch` output line: "subject: message (hint:
    /// …; use --flag)", without the "drift: error:" prefix.
    @Sendable static func inline(_ e: DriftError) -> String {
        what(e) + (hint(e).map { " (hint: \($0))" } ?? "")
    }

    /// "subject: message", or the message alone.
    static func what(_ e: DriftError) -> String { e.subject.isEmpty ? e.message : "\(e.subject): \(e.message)" }

    /// A warning as a line, its remedy worded as a flag.
    static func line(_ w: DriftWarning) -> String {
        "drift: warning: " + oneLine("\(w.subject): \(w.message)" + (w.remedy.map { " (use \(flag($0)))" } ?? ""))
    }

    /// A mistake in the command line (subject is a flag or a subcommand) rather than in a file.
    static func isUsage(_ e: DriftError) -> Bool {
        (e.subject.hasPrefix("-") && e.subject != "-") || Drift.configuration.subcommands.contains { e.subject.hasPrefix($0._commandName) }
    }

    // MARK: subcommand names

    /// Nearest subcommand to a mistyped one (edit distance at most 2, or a prefix), if any.
    static func suggestion(_ word: String, among names: [String]) -> String? {
        let w = word.lowercased()
        let scored = names.map { ($0, editDistance(w, $0)) }.filter { $0.1 <= 2 || $0.0.hasPrefix(w) && w.count >= 2 }
        return scored.min { $0.1 < $1.1 }?.0
    }

    /// Levenshtein distance over characters.
    static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        if a.isEmpty { return b.count }
        var prev = Array(0...b.count)
        for i in 1...a.count {
            var cur = [i] + Array(repeating: 0, count: b.count)
            for j in 1...max(1, b.count) where j <= b.count {
                cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            prev = cur
        }
        return prev[b.count]
    }

    /// Words people type for a flag.
    static let flagWords = ["version": "--version", "help": "--help"]

    /// Checks the word where a subcommand is expected. `drift ORIGINAL COPY` stays a shorthand
    /// for `drift compare` only when ORIGINAL is `-` or names an existing file; a word that
    /// names no file and looks like a command ("comapre", "version") is refused with the
    /// nearest command, as git does. Returns the error line, or nil when the arguments are fine.
    static func unknownCommand(_ args: [String], fileExists: (String) -> Bool) -> String? {
        guard let first = args.first, !first.hasPrefix("-") else { return nil }
        let top = Drift.configuration.subcommands.map { $0._commandName }
        if first == "corpus" {
            let subs = CorpusCommand.configuration.subcommands.map { $0._commandName }
            guard args.count > 1, !args[1].hasPrefix("-"), !subs.contains(args[1]), args[1] != "help" else { return nil }
            let hint = suggestion(args[1], among: subs).map { "did you mean 'drift corpus \($0)'?" } ?? "see 'drift corpus --help'"
            return "drift: error: '\(TerminalText.escapeLine(args[1]))' is not a corpus command (\(hint))"
        }
        guard !top.contains(first), first != "help", !fileExists(first) else { return nil }
        // A path that is missing is reported by compare ("no such file"); a bare word is a command.
        let looksLikePath = first.contains("/") || first.contains(".")
        if let flag = flagWords[first.lowercased()] {
            return "drift: error: '\(first)' is not a drift command (did you mean 'drift \(flag)'?)"
        }
        if let s = suggestion(first, among: top) {
            return "drift: error: '\(TerminalText.escapeLine(first))' is not a drift command (did you mean '\(s)'?)"
        }
        if looksLikePath { return nil }
        return "drift: error: '\(TerminalText.escapeLine(first))' is neither a drift command nor a file (see 'drift --help')"
    }
}
