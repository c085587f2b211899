import ArgumentParser
import DriftCorpus
import DriftKit
import Foundation

/// `drift corpus …`: a store of originals and copies with near-duplicate search.
struct CorpusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "corpus",
        abstract: "Store documents and find which stored original a text was copied from.",
        discussion: "The corpus is one SQLite database (default \(Corpus.defaultPath)); see docs/corpus.md.",
        subcommands: [CorpusAdd.self, CorpusFind.self, CorpusReportCommand.self]
    )
}

enum RoleChoice: String, ArgumentChoice {
    case original, copy
    var role: CorpusRole { CorpusRole(rawValue: rawValue)! }
}

struct CorpusFlags: ParsableArguments {
    @Option(name: .long, help: "The corpus database.")
    var db: String = Corpus.defaultPath
}

struct CorpusAdd: DriftCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Add files (and the .txt, .md, .html, .htm files under directories) to the corpus.",
        discussion: """
        Each document is stored in its own transaction; a document whose bytes are stored \
        already is skipped, so re-running resumes an interrupted add. Exit status: 0 when every \
        file was stored (or already present), 2 when some file could not be read or the \
        database could not be used.
        """)

    @Argument(help: "Files and directories.")
    var paths: [String] = []

    @Option(name: .long, help: "Role of the documents.")
    var role: RoleChoice = .original

    @Flag(name: .customLong("change-role"), help: "Give documents stored already under the other role the role of --role.")
    var changeRole = false

    @Option(name: .long, parsing: .singleValue, help: "Metadata KEY=VALUE stored with every document (repeatable; overrides front matter).")
    var meta: [String] = []

    @OptionGroup var corpus: CorpusFlags
    @OptionGroup var input: InputFlags

    func execute() throws -> Int32 {
        let role = self.role.role
        guard !paths.isEmpty else { throw DriftError("corpus add", "no files given", hint: "drift corpus add FILES|DIRS") }
        let pairs = try meta.map { m -> (String, String) in
            guard let eq = m.firstIndex(of: "="), eq != m.startIndex else { throw DriftError("--meta", "expected KEY=VALUE, got '\(m)'") }
            return (String(m[..<eq]), String(m[m.index(after: eq)...]))
        }
        let (io, so) = try input.options()
        let files = try CorpusFiles.collect(paths) { path, why in Output.err("drift: warning: \(TerminalText.escape(path)): skipped: \(why)") }
        let store = try Corpus(path: corpus.db, check: true)
        let bar = ProgressBar(enabled: Output.isTerminal(2))
        let s = try store.add(files: files, role: role, meta: pairs, changeRole: changeRole, input: io, segment: so,
                              progress: { bar.update($0, $1) },
                              failure: { e in bar.clear(); Output.err(CLIErrors.line(e, usage: false)) })
        bar.clear()
        Output.out(s.description + "\n")
        for (have, n) in s.otherRole.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
            Output.err("drift: warning: \(n) of the documents already present \(n == 1 ? "is" : "are") stored as \(have.rawValue) and kept so "
                       + "(add --change-role to store \(n == 1 ? "it" : "them") as \(role.rawValue))")
        }
        if s.roleChanged > 0 { Output.out("\(s.roleChanged) stored \(s.roleChanged == 1 ? "document" : "documents") changed to \(role.rawValue)\n") }
        return s.failed > 0 ? ExitStatus.trouble : ExitStatus.same
    }
}

struct CorpusFind: DriftCommand {
    static let configuration = CommandConfiguration(
        commandName: "find",
        abstract: "Find the stored documents a file was copied from (or that copy it).",
        discussion: """
        Candidates come from the LSH buckets of the file's MinHash sketch and are confirmed by \
        aligning each with the file; they are ranked by the share of the file's sentences that \
        trace to them. Documents in another language (a translation) are found by the names and \
        numbers they share with the file and ranked by that score (docs/corpus.md). Exit status: 0 when a match was found, 1 when none, 2 on trouble.
        """)

    @Argument(help: "The file to look up (or - for standard input).")
    var file: String

    @Option(name: .long, help: "Best matches shown.")
    var top: Int = 5

    @Option(name: .long, help: "Only documents of this role.")
    var role: RoleChoice?

    @Option(name: .long, help: "Output format.")
    var format: SegmentFormat = .text

    @OptionGroup var corpus: CorpusFlags
    @OptionGroup var input: InputFlags

    func execute() throws -> Int32 {
        guard top > 0 else { throw DriftError("--top", "must be a positive number") }
        var opts = FindOptions()
        opts.top = top
        opts.role = role?.role
        let (io, so) = try input.options()
        let query = try Document.load(path: file, input: io, segment: so)
        printWarnings(query.source.warnings)
        let store = try Corpus(path: corpus.db, create: false, readOnly: true)
        let matches = try store.find(query, options: opts)
        if format == .json {
            Output.out(CorpusJSON.find(query, matches).serialized())
        } else if matches.isEmpty {
            Output.out("no match in \(try store.count()) documents\n")
        } else {
            // Matches across languages add a line saying what they share (the traced share of
            // a cross-language alignment is no evidence by itself: docs/corpus.md).
            var lines = ["traced  jaccard  role      path"]
            for m in matches {
                lines.append(String(format: "%5.1f%%  %7.3f  ", m.traced * 100, m.jaccard)
                             + m.entry.role.rawValue.padding(toLength: 8, withPad: " ", startingAt: 0) + "  " + TerminalText.escapeLine(m.entry.path))
                if m.evidence != .shingles {
                    lines.append("                            \(m.language) ← \(query.language), \(CorpusJSON.evidenceText(m.evidence))")
                }
            }
            Output.out(lines.joined(separator: "\n") + "\n")
        }
        return matches.isEmpty ? ExitStatus.different : ExitStatus.same
    }
}

/// A one-line progress bar on standard error, redrawn in place (only on a terminal).
final class ProgressBar {
    let enabled: Bool
    private var last = -1
    private var drawn = false
    init(enabled: Bool) { self.enabled = enabled }

    func update(_ done: Int, _ total: Int) {
        guard enabled, total > 0 else { return }
        let pct = done * 100 / total
        guard pct != last else { return }
        last = pct
        let width = 30
        let fill = done * width / total
        Output.write(2, "\r[" + String(repeating: "#", count: fill) + String(repeating: ".", count: width - fill) + "] \(done)/\(total)")
        drawn = true
    }

    func clear() {
        guard drawn else { return }
        Output.write(2, "\r\u{1B}[K")
        drawn = false
        last = -1
    }
}

struct CorpusReportCommand: DriftCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Report every copy against its best source among the stored originals.",
        discussion: """
        Writes, into the output directory, a drift.report/3 JSON and an HTML report per pair \
        (copy against its best original) and index.json / index.html listing the pairs, most \
        major findings first. Exit status: 0, or 2 on trouble.
        """)

    @Option(name: .long, help: "Output directory (created when missing).")
    var out: String = "corpus-report"

    @Flag(name: .long, help: "Also report originals whose best source is another, earlier original.")
    var all = false

    @OptionGroup var corpus: CorpusFlags

    func execute() throws -> Int32 {
        let store = try Corpus(path: corpus.db, create: false, readOnly: true)
        do { try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true) } catch {
            throw DriftError(out, "cannot create directory: \(error.localizedDescription)")
        }
        let targets = try CorpusReporter.targets(store, all: all)
        let bar = ProgressBar(enabled: Output.isTerminal(2))
        var pairs: [CorpusIndexRow] = []
        for (i, t) in targets.enumerated() {
            let p = try CorpusReporter.pair(store, t)
            if let r = p.report {
                try Output.writeFileAtomically(out + "/" + p.fileStem + ".json", JSONReport.string(r))
                try Output.writeFileAtomically(out + "/" + p.fileStem + ".html", HTMLReport.render(r))
            }
            // Keep what the index needs, not the whole comparison.
            pairs.append(p.row)
            bar.update(i + 1, targets.count)
        }
        bar.clear()
        try Output.writeFileAtomically(out + "/index.json", CorpusReporter.indexJSON(pairs, database: corpus.db).serialized())
        try Output.writeFileAtomically(out + "/index.html", CorpusReporter.indexHTML(pairs, database: corpus.db))
        let found = pairs.filter { $0.source != nil }.count
        Output.out("\(targets.count) copies, \(found) with a source; wrote \(TerminalText.escapeLine(out))/index.html\n")
        return ExitStatus.same
    }
}
