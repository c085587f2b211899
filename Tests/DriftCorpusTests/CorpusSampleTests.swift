import DriftCorpus
import DriftKit
import Foundation
import GRDB
import Testing
import DriftTestSupport

/// `drift corpus add/find/report` end to end on samples/.
@Suite("corpus on samples/")
struct CorpusSampleTests {
    static let original = CLI.sample("cnn-putin-negotiations.original.txt")
    static let retranslation = CLI.sample("cnn-putin-negotiations.inosmi-retranslation.txt")
    static let repost = CLI.sample("cnn-putin-negotiations.blog-repost.txt")
    static let wapo = CLI.sample("wapo-trump-diplomacy.republished.txt")
    static let atlantic = CLI.sample("atlantic-council-negotiating-with-putin.report.md")

    @Test("add, re-add is a no-op, find ranks the original first, report pairs each copy with it")
    func addFindReport() throws {
        let dir = try TempDir()
        let db = dir.sub("c/corpus.sqlite")
        var r = try CLI.run(["corpus", "add", Self.original, Self.wapo, Self.atlantic, "--db", db, "--meta", "collection=samples"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout == "3 added, 0 already present\n")
        #expect(r.stderr.isEmpty)
        r = try CLI.run(["corpus", "add", "--role", "copy", Self.retranslation, Self.repost, "--db", db])
        #expect(r.stdout == "2 added, 0 already present\n")
        // Re-adding everything (a directory walk included) changes nothing.
        r = try CLI.run(["corpus", "add", CLI.samples.path, "--db", db])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout == "1 added, 5 already present\n")  // samples/README.md is new

        let corpus = try Corpus(path: db, create: false)
        #expect(try corpus.count() == 6)
        #expect(try corpus.count(role: .copy) == 2)
        let atl = try #require(try corpus.entries().first { $0.path == Self.atlantic })
        #expect(atl.title == "Negotiating with Putin's Russia - Atlantic Council")
        #expect(atl.date == "2025-08-15")
        #expect(atl.sourceURL?.hasPrefix("https://www.atlanticcouncil.org/") == true)

        // The stored sentences are the ones drift segments.
        let doc = try Document.load(path: Self.original)
        let q = try DatabaseQueue(path: db)
        let stored = try q.read { db in try Row.fetchAll(db, sql: "SELECT s.start, s.\"end\" FROM sentences s JOIN documents d ON d.id = s.doc_id WHERE d.path = ? ORDER BY idx", arguments: [Self.original]) }
        #expect(stored.map { [$0[0] as Int, $0[1] as Int] } == doc.sentences.map { [$0.start, $0.end] })
        let meta = try q.read { db in try String.fetchOne(db, sql: "SELECT meta FROM documents WHERE path = ?", arguments: [Self.original]) }
        #expect(meta == #"{"collection":"samples"}"#)

        for copy in [Self.repost, Self.retranslation] {
            r = try CLI.run(["corpus", "find", copy, "--db", db, "--format", "json"])
            #expect(r.status == 0, "\(copy): \(r.stderr)")
            let obj = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any]
            let matches = obj?["matches"] as? [[String: Any]] ?? []
            #expect(matches.first?["path"] as? String == Self.original, "\(copy): \(r.stdout)")
            #expect((matches.first?["traced"] as? Double ?? 0) > 0.4)
        }
        r = try CLI.run(["corpus", "find", Self.repost, "--db", db])
        #expect(r.stdoutLines.first == "traced  jaccard  role      path")
        #expect(r.stdoutLines.dropFirst().first?.hasSuffix("original  " + Self.original) == true, "\(r.stdout)")

        let out = dir.sub("report")
        r = try CLI.run(["corpus", "report", "--db", db, "--out", out])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout == "2 copies, 2 with a source; wrote \(out)/index.html\n")
        let index = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: out + "/index.json"))) as? [String: Any]
        let pairs = index?["pairs"] as? [[String: Any]] ?? []
        #expect(pairs.count == 2)
        var lastMajor = Int.max
        for p in pairs {
            #expect((p["original"] as? [String: Any])?["path"] as? String == Self.original)
            let major = (p["findings"] as? [String: Any])?["major"] as? Int ?? -1
            #expect(major <= lastMajor, "pairs are listed most major findings first")
            lastMajor = major
            let json = try #require(p["json"] as? String)
            let report = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: out + "/" + json))) as? [String: Any]
            #expect(report?["schema"] as? String == "drift.report/3")
            #expect(((report?["copies"] as? [[String: Any]])?.first?["path"] as? String) == (p["copy"] as? [String: Any])?["path"] as? String)
            let html = try String(contentsOfFile: out + "/" + (p["html"] as! String), encoding: .utf8)
            #expect(html.lowercased().hasPrefix("<!doctype html>"))
        }
        let indexHTML = try String(contentsOfFile: out + "/index.html", encoding: .utf8)
        #expect(indexHTML.contains("cnn-putin-negotiations.blog-repost.txt"))
    }

    @Test("an unrelated text finds nothing (exit 1)")
    func noMatch() throws {
        let dir = try TempDir()
        let db = dir.sub("corpus.sqlite")
        _ = try CLI.run(["corpus", "add", Self.original, "--db", db])
        let other = try dir.file("other.txt", "Bakers in Lyon sold twice as many loaves this winter as last. Flour prices fell by a third after a record harvest.\n")
        let r = try CLI.run(["corpus", "find", other, "--db", db])
        #expect(r.status == 1)
        #expect(r.stdout == "no match in 1 documents\n")
    }

    @Test("a locked database: exit 2 and one error line")
    func locked() throws {
        let dir = try TempDir()
        let db = dir.sub("corpus.sqlite")
        #expect(try CLI.run(["corpus", "add", Self.original, "--db", db]).status == 0)
        let q = try DatabaseQueue(path: db)
        var result: CLI.Result?
        try q.inTransaction(.exclusive) { _ in
            result = try CLI.run(["corpus", "add", Self.wapo, "--db", db])
            return .rollback
        }
        let r = try #require(result)
        #expect(r.status == 2)
        #expect(r.stderrLines == ["drift: error: \(db): corpus database is locked by another process (hint: wait for the other drift to finish, or use another corpus; use --db FILE)"])
        #expect(r.stdout.isEmpty)
    }

    @Test("not a SQLite file, a missing corpus, bad flags: exit 2 and one error line")
    func badDatabase() throws {
        let dir = try TempDir()
        let junk = try dir.file("junk.sqlite", String(repeating: "this is not a database\n", count: 200))
        var r = try CLI.run(["corpus", "add", Self.original, "--db", junk])
        #expect(r.status == 2)
        #expect(r.stderrLines == ["drift: error: \(junk): not a SQLite database (hint: name a corpus made by drift; use --db FILE)"])
        r = try CLI.run(["corpus", "find", Self.original, "--db", dir.sub("none.sqlite")])
        #expect(r.status == 2)
        #expect(r.stderrLines.count == 1)
        #expect(r.stderrLines.first?.contains("no corpus here") == true)
        r = try CLI.run(["corpus", "add", Self.original, "--role", "source", "--db", dir.sub("x.sqlite")])
        #expect(r.stderrLines == ["drift: error: The value 'source' is invalid for '--role <role>'. Please provide one of 'original' and 'copy'. (see 'drift corpus add --help')"])
        #expect(r.status == 2)
    }

    @Test("a corpus with damaged pages: exit 2 and one error line, for add and find")
    func corrupt() throws {
        let dir = try TempDir()
        let db = dir.sub("corpus.sqlite")
        #expect(try CLI.run(["corpus", "add", CLI.samples.path, "--db", db]).status == 0)
        // Overwrite four pages after the schema (the WAL was checkpointed when drift closed it).
        let h = try #require(FileHandle(forUpdatingAtPath: db))
        try h.seek(toOffset: 4096 * 3)
        h.write(Data(repeating: 0xA5, count: 4096 * 4))
        try h.close()
        for args in [["corpus", "add", Self.original], ["corpus", "find", Self.repost]] {
            let r = try CLI.run(args + ["--db", db])
            #expect(r.status == 2)
            #expect(r.stderrLines == ["drift: error: \(db): corpus database is corrupt (hint: restore it from a copy, or remove it and add the documents again)"], "\(args)")
        }
    }

    @Test("corpus add checks the database before writing: damage SQLite would work around is refused")
    func integrityCheckedBeforeAdd() throws {
        let dir = try TempDir()
        let db = dir.sub("corpus.sqlite")
        #expect(try CLI.run(["corpus", "add", Self.original, "--db", db]).status == 0)
        // A page no table uses (the header's page count raised by one and a blank page
        // appended): reads and writes go on, SQLite's quick_check reports "Page N is never used".
        var bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: db)))
        let pageSize = bytes[16] == 0 && bytes[17] == 1 ? 65536 : Int(bytes[16]) << 8 | Int(bytes[17])
        let pages = bytes[28..<32].reduce(0) { $0 << 8 | Int($1) } + 1
        bytes.replaceSubrange(28..<32, with: [24, 16, 8, 0].map { UInt8(truncatingIfNeeded: pages >> $0) })
        bytes += [UInt8](repeating: 0, count: pageSize)
        try Data(bytes).write(to: URL(fileURLWithPath: db))
        let r = try CLI.run(["corpus", "add", Self.wapo, "--db", db])
        #expect(r.status == 2)
        #expect(r.stdout.isEmpty)
        #expect(r.stderrLines.count == 1, "\(r.stderr)")
        #expect(r.stderrLines.first?.hasPrefix("drift: error: \(db): corpus database is corrupt (integrity check: ") == true, "\(r.stderr)")
        #expect(r.stderr.contains("never used"), "\(r.stderr)")
        #expect(try Corpus(path: db, create: false).count() == 1, "a document was added to the damaged database")
    }

    @Test("a document is stored whole or not at all: a failed sketch write leaves no trace of it")
    func addIsOneTransaction() throws {
        let dir = try TempDir()
        let db = dir.sub("corpus.sqlite")
        let corpus = try Corpus(path: db)
        // A trigger makes the sketch's insert fail, as a full disk or an I/O error would
        // after the document's row and sentences are written.
        let q = try DatabaseQueue(path: db)
        try q.write { try $0.execute(sql: "CREATE TRIGGER fail_sketch BEFORE INSERT ON sketches BEGIN SELECT RAISE(ABORT, 'sketch write failed'); END") }
        let doc = try Document.load(path: Self.original)
        #expect(throws: (any Error).self) { try corpus.add(doc, role: .original) }
        #expect(try corpus.count() == 0, "the document was stored without its sketch")
        #expect(try q.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM sentences") } == 0)
        #expect(try q.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM lsh") } == 0)
        // Once the fault is gone, the same add stores the whole document.
        try q.write { try $0.execute(sql: "DROP TRIGGER fail_sketch") }
        let added = try corpus.add(doc, role: .original)
        guard case .added(let id) = added else { Issue.record("the document was not added: \(added)"); return }
        #expect(try corpus.count() == 1)
        #expect(try q.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM sketches") } == 1)
        // The same bytes again (another process may have stored them meanwhile): a no-op that
        // names the stored document.
        #expect(try corpus.add(doc, role: .copy) == .present(id))
        #expect(try corpus.count() == 1)
    }

    @Test("a file that cannot be read is reported and the others are added (exit 2)")
    func oneBadFile() throws {
        let dir = try TempDir()
        let db = dir.sub("corpus.sqlite")
        let empty = try dir.file("empty.txt", "")
        let r = try CLI.run(["corpus", "add", empty, Self.original, "--db", db])
        #expect(r.status == 2)
        #expect(r.stdout == "1 added, 0 already present, 1 failed\n")
        #expect(r.stderrLines.count == 1)
        #expect(r.stderrLines.first?.hasPrefix("drift: error: \(empty): ") == true)
    }
}

@Suite("MinHash sketch")
struct SketchTests {
    @Test("same words → same sketch; typography does not matter; estimates are in range")
    func basics() throws {
        let a = try Document.from(text: "Talks ended without a deal on Monday, officials said. The envoy will return next week.")
        let b = try Document.from(text: "Talks ended without a deal on Monday — officials said.  The envoy will return next week!")
        let c = try Document.from(text: "Bakers in Lyon sold twice as many loaves this winter as they did last year.")
        let sa = MinHashSketch(a), sb = MinHashSketch(b), sc = MinHashSketch(c)
        #expect(sa == sb)
        #expect(sa.jaccard(sb) == 1)
        #expect(sa.jaccard(sc) < 0.1)
        #expect(sa.buckets().count == SketchParameters.standard.bands)
        #expect(MinHashSketch(bytes: sa.bytes, shingleCount: sa.shingleCount) == sa)
        #expect(MinHashSketch(keys: []).isEmpty)
        #expect(MinHashSketch(keys: []).buckets().isEmpty)
    }

    @Test("the sketch is stable across runs (stored sketches must stay comparable)")
    func stable() {
        let s = MinHashSketch(keys: ["talks", "ended", "without", "a", "deal", "on", "monday"])
        #expect(s.shingleCount == 3)
        // Recorded once; a change here means stored corpora can no longer be searched.
        #expect(Array(s.values.prefix(4)) == SketchTests.recorded)
    }
    static let recorded: [UInt32] = [1327825887, 321778761, 303786066, 843533929]
}
