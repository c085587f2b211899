import DriftCorpus
import DriftKit
import Foundation
import GRDB
import Testing
import DriftTestSupport

/// A generated corpus of 300 documents (150 originals of real sample sentences, 150 edited
/// copies), added with the CLI once and shared by the tests below.
///
/// 300 keeps the hard case: the pool of seed sentences is a few hundred, so originals share
/// sentences with one another and a copy's sketch matches several of them. The same property
/// at 10,000 documents (and 2,000, the size this test had before) is measured by
/// `scripts/bench_corpus.sh`, which fails when a copy's source is not ranked first.
final class SyntheticFixture: @unchecked Sendable {
    static let documents = 300
    /// Copies looked up: every one of them (issue #6 asks for every copy).
    static let queryStride = 1

    let dir: TempDir
    let db: String
    let items: [SyntheticCorpus.Item]
    let addOutput: [CLI.Result]

    static let shared: Result<SyntheticFixture, Error> = Result { try SyntheticFixture() }

    static func seeds() throws -> [String] {
        try ["cnn-putin-negotiations.original.txt", "wapo-trump-diplomacy.republished.txt", "atlantic-council-negotiating-with-putin.report.md"]
            .map { try String(contentsOfFile: CLI.sample($0), encoding: .utf8) }
    }

    init() throws {
        dir = try TempDir()
        db = dir.sub("corpus.sqlite")
        var gen = try SyntheticCorpus(texts: try SyntheticFixture.seeds(), seed: 7)
        items = gen.generate(count: SyntheticFixture.documents)
        for it in items { try dir.file("docs/" + it.name, it.text) }
        addOutput = [
            try CLI.run(["corpus", "add", dir.sub("docs/originals"), "--role", "original", "--db", db]),
            try CLI.run(["corpus", "add", dir.sub("docs/copies"), "--role", "copy", "--db", db]),
        ]
    }
}

@Suite("corpus on 300 generated documents")
struct CorpusSyntheticTests {
    @Test("every document is added once; re-adding is a no-op")
    func added() throws {
        let f = try SyntheticFixture.shared.get()
        let half = SyntheticFixture.documents / 2
        #expect(f.addOutput.map(\.stdout) == ["\(half) added, 0 already present\n", "\(half) added, 0 already present\n"])
        #expect(f.addOutput.allSatisfy { $0.status == 0 && $0.stderr.isEmpty })
        let again = try CLI.run(["corpus", "add", f.dir.sub("docs"), "--db", f.db])
        #expect(again.stdout == "0 added, \(SyntheticFixture.documents) already present\n")
        let corpus = try Corpus(path: f.db, create: false)
        #expect(try corpus.count() == SyntheticFixture.documents)
        #expect(try corpus.integrityProblems() == nil)
    }

    @Test("the right source is ranked first for every copy")
    func findsSource() throws {
        let f = try SyntheticFixture.shared.get()
        let corpus = try Corpus(path: f.db, create: false)
        let copies = f.items.filter { $0.role == .copy }
        var wrong: [String] = []
        var worstSketchRank = 0
        for (i, c) in copies.enumerated() where i % SyntheticFixture.queryStride == 0 {
            let q = try Document.load(path: f.dir.sub("docs/" + c.name))
            var opts = FindOptions()
            opts.top = 3
            let m = try corpus.find(q, options: opts)
            let want = f.dir.sub("docs/" + c.source!)
            if m.first?.entry.path != want {
                wrong.append("\(c.name): got \(m.map { "\($0.entry.path) \($0.traced)" }), want \(want)")
            }
            // How far down the sketch-only ranking the source stood (FindOptions.confirm's margin).
            let sk = MinHashSketch(q)
            let ranked = try corpus.bandMatches(sk).map(\.id)
            let sketches = try corpus.sketches(ids: ranked)
            let entries = try corpus.entries(ids: ranked)
            let order = ranked.filter { entries[$0]?.sha256 != q.source.sha256 }
                .sorted { sk.containment(in: sketches[$0]!) > sk.containment(in: sketches[$1]!) }
            if let r = order.firstIndex(where: { entries[$0]?.path == want }) { worstSketchRank = max(worstSketchRank, r + 1) }
        }
        #expect(wrong.isEmpty, "\(wrong.count) copies ranked wrong: \(wrong.prefix(5))")
        #expect(worstSketchRank <= FindOptions().confirm)
        print("corpus: worst rank of the right source by estimated containment: \(worstSketchRank)")
    }

    @Test("report pairs every copy with its original")
    func report() throws {
        let f = try SyntheticFixture.shared.get()
        // A smaller corpus keeps this quick: 100 originals and their copies.
        let dir = try TempDir()
        let db = dir.sub("small.sqlite")
        let origs = f.items.filter { $0.role == .original }.prefix(100).map { f.dir.sub("docs/" + $0.name) }
        let copies = f.items.filter { $0.role == .copy }.prefix(100)
        #expect(try CLI.run(["corpus", "add"] + origs + ["--db", db]).status == 0)
        #expect(try CLI.run(["corpus", "add", "--role", "copy"] + copies.map { f.dir.sub("docs/" + $0.name) } + ["--db", db]).status == 0)
        let out = dir.sub("report")
        let r = try CLI.run(["corpus", "report", "--db", db, "--out", out])
        #expect(r.status == 0, "\(r.stderr)")
        let index = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: out + "/index.json"))) as? [String: Any]
        let pairs = index?["pairs"] as? [[String: Any]] ?? []
        #expect(pairs.count == 100)
        var want: [String: String] = [:]
        for c in copies { want[f.dir.sub("docs/" + c.name)] = f.dir.sub("docs/" + c.source!) }
        var prev = (Int.max, Int.max, Int.max)
        for p in pairs {
            let copy = (p["copy"] as? [String: Any])?["path"] as? String ?? ""
            #expect((p["original"] as? [String: Any])?["path"] as? String == want[copy], "\(copy)")
            let c = p["findings"] as? [String: Int] ?? [:]
            let key = (c["major"] ?? 0, c["minor"] ?? 0, c["info"] ?? 0)
            #expect(key <= prev, "index is ordered by severity")
            prev = key
            #expect(FileManager.default.fileExists(atPath: out + "/" + (p["html"] as? String ?? "?")))
        }
    }

    @Test("corpus add killed mid-run leaves a sound database that the next run completes")
    func interrupted() throws {
        let f = try SyntheticFixture.shared.get()
        let dir = try TempDir()
        let db = dir.sub("interrupted.sqlite")
        let (p, _, _) = try CLI.start(["corpus", "add", f.dir.sub("docs"), "--db", db], in: dir)
        // Wait until some documents are stored, then kill without warning.
        let deadline = Date().addingTimeInterval(120)
        var stored = 0
        while Date() < deadline && p.isRunning {
            Thread.sleep(forTimeInterval: 0.2)
            if FileManager.default.fileExists(atPath: db),
               let n = try? DatabaseQueue(path: db).read({ try $0.tableExists("documents") ? Int.fetchOne($0, sql: "SELECT COUNT(*) FROM documents") : 0 }) {
                stored = n
                if stored >= 40 { break }
            }
        }
        #expect(p.isRunning, "add finished before it could be interrupted (\(stored) stored)")
        kill(p.processIdentifier, SIGKILL)
        p.waitUntilExit()
        #expect(p.terminationReason == .uncaughtSignal)

        let corpus = try Corpus(path: db, create: false)
        #expect(try corpus.integrityProblems() == nil)
        let n = try corpus.count()
        #expect(n >= 40 && n < SyntheticFixture.documents)
        // Whole documents only: every stored document has its sketch and sentences.
        let q = try DatabaseQueue(path: db)
        let orphans = try q.read { db in
            try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM documents d WHERE NOT EXISTS (SELECT 1 FROM sketches s WHERE s.doc_id = d.id) OR NOT EXISTS (SELECT 1 FROM sentences s WHERE s.doc_id = d.id)")
        }
        #expect(orphans == 0)
        let resumed = try CLI.run(["corpus", "add", f.dir.sub("docs"), "--db", db])
        #expect(resumed.status == 0)
        #expect(resumed.stdout == "\(SyntheticFixture.documents - n) added, \(n) already present\n")
        #expect(try corpus.count() == SyntheticFixture.documents)
    }
}

/// `drift batch` end to end.
@Suite("drift batch")
struct BatchTests {
    @Test("one report per line, in order; a failing line gives an error line and the run goes on")
    func lines() throws {
        let o = CLI.sample("cnn-putin-negotiations.original.txt")
        let c = CLI.sample("cnn-putin-negotiations.blog-repost.txt")
        var input: [String] = []
        for i in 0..<20 {
            switch i % 4 {
            case 0: input.append(#"{"id": \#(i), "original": "\#(o)", "copy": "\#(c)"}"#)
            case 1: input.append(#"{"id": "t\#(i)", "original": {"text": "Talks ended without a deal. The envoy left."}, "copy": {"text": "Talks ended without any deal. The envoy left on Monday.", "path": "c.txt"}}"#)
            case 2: input.append(#"{"id": \#(i), "original": "/no/such/file.txt", "copy": "\#(c)"}"#)
            default: input.append("not json")
            }
        }
        let r = try CLI.run(["batch"], stdin: Array((input.joined(separator: "\n") + "\n").utf8))
        #expect(r.status == 0, "\(r.stderr)")
        let lines = r.stdoutLines
        #expect(lines.count == 20)
        for (i, l) in lines.enumerated() {
            #expect(!l.contains("\n"))
            let obj = try #require(try JSONSerialization.jsonObject(with: Data(l.utf8)) as? [String: Any])
            switch i % 4 {
            case 0:
                #expect(obj["schema"] as? String == "drift.report/3")
                #expect(obj["id"] as? Int == i)
                #expect((obj["original"] as? [String: Any])?["path"] as? String == o)
            case 1:
                #expect(obj["id"] as? String == "t\(i)")
                #expect(((obj["copies"] as? [[String: Any]])?.first?["path"] as? String) == "c.txt")
            case 2:
                #expect(obj["id"] as? Int == i)
                #expect(obj["error"] as? String == "/no/such/file.txt: no such file")
            default:
                #expect(obj["id"] is NSNull)
                #expect(obj["line"] == nil)
                #expect(obj["error"] as? String == "input line: not JSON")
            }
        }
        // The same pair gives the same report as drift compare --format json.
        let compare = try CLI.run(["compare", "--format", "json", o, c])
        let a = try JSONSerialization.jsonObject(with: Data(compare.stdout.utf8)) as? NSDictionary
        var b = try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any]
        b?.removeValue(forKey: "id")
        #expect(a == (b.map { NSDictionary(dictionary: $0) }))
    }
}
