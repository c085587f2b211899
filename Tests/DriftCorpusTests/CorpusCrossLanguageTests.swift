import DriftCorpus
import DriftKit
import Foundation
import GRDB
import Testing
import DriftTestSupport

/// `corpus find` across languages: a translated copy finds its source by the names and
/// numbers they share (`NameSketch`), since it shares no word shingles with it.
@Suite("corpus find across languages")
struct CorpusCrossLanguageTests {
    // A tiny English article, its Russian translation, and two English articles that share a
    // name or a number with it (the topic) without being its source.
    static let bridge = """
        Mayor Olena Kovalenko opened the new bridge in Mykolaiv on Friday. The bridge cost 347 million hryvnias and took 26 months to build. \
        Kovalenko thanked engineers from Gdansk and the firm Budivelnyk. Traffic across the river is expected to reach 18,000 cars a day by 2027.

        """
    static let bridgeRussian = """
        Мэр Олена Коваленко открыла в пятницу новый мост в Николаеве. Мост стоил 347 миллионов гривен, а строительство заняло 26 месяцев. \
        Коваленко поблагодарила инженеров из Гданьска и фирму «Будивельник». Ожидается, что к 2027 году по мосту будут проезжать 18000 машин в день.

        """
    static let port = """
        The port of Mykolaiv will reopen in spring, the regional governor said on Tuesday. Grain exporters had waited since 2022. \
        Kovalenko, the city's mayor, welcomed the decision but asked for money to repair the roads to the docks.

        """
    static let bakers = """
        Bakers in Lyon sold twice as many loaves this winter as last. Flour prices fell by a third after a record harvest in Beauce, \
        said Pierre Martin of the national federation. He expects 26 new bakeries to open in 2027.

        """

    @Test("a Russian translation finds its English source by shared names and numbers; the output says so")
    func synthetic() throws {
        let dir = try TempDir()
        let db = dir.sub("corpus.sqlite")
        let files = try [("bridge.txt", Self.bridge), ("port.txt", Self.port), ("bakers.txt", Self.bakers)].map { try dir.file($0.0, $0.1) }
        var r = try CLI.run(["corpus", "add", "--db", db] + files)
        #expect(r.status == 0, "\(r.stderr)")
        let copy = try dir.file("most.txt", Self.bridgeRussian)

        let corpus = try Corpus(path: db, create: false)
        let q = try Document.load(path: copy)
        #expect(q.language == "ru")
        let m = try corpus.find(q)
        #expect(m.first?.entry.path == files[0], "\(m.map { ($0.entry.path, $0.evidence) })")
        guard case .namesAndNumbers(let shared, let score)? = m.first?.evidence else {
            Issue.record("not found by names and numbers: \(m.map(\.evidence))"); return
        }
        // Kovalenko, Olena, Gdansk, Budivelnyk, 347, 26, 2027, 18000 (Mykolaiv/Николаев differ).
        #expect(shared >= 6)
        #expect(score > 0.4)
        #expect(m.first?.language == "en")
        // The article about the port shares the mayor and the city only: not a source.
        #expect(!m.contains { $0.entry.path == files[1] }, "\(m.map { ($0.entry.path, $0.evidence) })")

        r = try CLI.run(["corpus", "find", "--db", db, copy])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdoutLines.first == "traced  jaccard  role      path")
        #expect(r.stdoutLines.dropFirst().first?.hasSuffix("original  " + files[0]) == true, "\(r.stdout)")
        #expect(r.stdoutLines.dropFirst(2).first?.contains("en ← ru, names and numbers: \(shared) shared (score ") == true, "\(r.stdout)")
        r = try CLI.run(["corpus", "find", "--db", db, "--format", "json", copy])
        let obj = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any]
        #expect((obj?["query"] as? [String: Any])?["language"] as? String == "ru")
        let first = (obj?["matches"] as? [[String: Any]])?.first
        #expect(first?["language"] as? String == "en")
        let ev = first?["evidence"] as? [String: Any]
        #expect(ev?["kind"] as? String == "names-and-numbers")
        #expect(ev?["shared"] as? Int == shared)

        // The other way: the English article finds the stored Russian translation.
        _ = try corpus.add(q, role: .copy)
        let back = try corpus.find(try Document.load(path: files[0]))
        #expect(back.contains { $0.entry.path == copy && $0.evidence != .shingles }, "\(back.map { ($0.entry.path, $0.evidence) })")
    }

    @Test("corpus report pairs a translated copy with its source; drift compare collates it beside a same-language copy")
    func reportAndCollation() throws {
        let dir = try TempDir()
        let db = dir.sub("corpus.sqlite")
        let files = try [("bridge.txt", Self.bridge), ("port.txt", Self.port), ("bakers.txt", Self.bakers)].map { try dir.file($0.0, $0.1) }
        let ru = try dir.file("most.txt", Self.bridgeRussian)
        let en = try dir.file("bridge-copy.txt", Self.bridge.replacingOccurrences(of: "347 million", with: "374 million"))
        var r = try CLI.run(["corpus", "add", "--db", db] + files)
        r = try CLI.run(["corpus", "add", "--db", db, "--role", "copy", ru, en])
        #expect(r.status == 0, "\(r.stderr)")
        let out = dir.sub("report")
        r = try CLI.run(["corpus", "report", "--db", db, "--out", out])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout == "2 copies, 2 with a source; wrote \(out)/index.html\n")
        let index = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: out + "/index.json"))) as? [String: Any]
        for p in index?["pairs"] as? [[String: Any]] ?? [] {
            #expect((p["original"] as? [String: Any])?["path"] as? String == files[0], "\(p)")
        }

        // Three documents: the original, its Russian translation, an edited English copy.
        r = try CLI.run(["compare", "--format", "json", files[0], ru, en])
        #expect(r.status == 1, "\(r.stderr)")
        let rep = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any]
        let rows = (rep?["collation"] as? [String: Any])?["rows"] as? [[String: Any]] ?? []
        #expect(rows.count == 4)
        for row in rows {
            let cells = row["copies"] as? [[String: Any]] ?? []
            // Every sentence is traced in the translation (reworded, across languages) and in the English copy.
            #expect(cells.count == 2 && cells.allSatisfy { !["none", "omitted"].contains($0["relation"] as? String ?? "none") }, "\(row)")
        }
        // A translation and an English copy share no change the original lacks.
        #expect(((rep?["collation"] as? [String: Any])?["provenance"] as? [Any])?.isEmpty == true)
        #expect(try CLI.run(["compare", files[0], ru, en]).stdout.contains("no two copies share changes the original does not have"))
    }

    @Test("documents in the query's language are found by shingles only, as before")
    func sameLanguageUntouched() throws {
        let dir = try TempDir()
        let corpus = try Corpus(path: dir.sub("corpus.sqlite"))
        for (name, text) in [("bridge.txt", Self.bridge), ("port.txt", Self.port), ("bakers.txt", Self.bakers)] {
            _ = try corpus.add(try Document.load(path: try dir.file(name, text)), role: .original)
        }
        let edited = Self.bridge.replacingOccurrences(of: "on Friday", with: "on Saturday")
        let m = try corpus.find(try Document.load(path: try dir.file("edited.txt", edited)))
        #expect(m.map(\.entry.path) == [dir.sub("bridge.txt")])
        #expect(m.allSatisfy { $0.evidence == .shingles })
        // No stored document is in another language: nothing to rank by names.
        #expect(try corpus.nameMatches(NameSketch(try Document.load(path: dir.sub("edited.txt")))).isEmpty)
    }

    @Test("the names-and-numbers keys read names across scripts, numbers in any digits")
    func keys() throws {
        let en = try Document.from(text: "In 2018 Igor Sechin met President Medvedev. BP paid $8 billion.\n")
        let ru = try Document.from(text: "В 2018 году Игорь Сечин встретился с президентом Медведевым. ВР заплатила 8 миллиардов.\n")
        let ar = try Document.from(text: "رفضت كريستيا فريلاند ذلك في ٢٠١٨.\n")
        let ke = Set(NameNumberKeys.keys(en)), kr = Set(NameNumberKeys.keys(ru)), ka = Set(NameNumberKeys.keys(ar))
        for k in ["#2018", "#8", "n:skn", "n:mdfd", "n:gr", "a:BP"] {
            #expect(ke.contains(k) && kr.contains(k), "\(k): en \(ke.sorted()), ru \(kr.sorted())")
        }
        #expect(ka.isSuperset(of: ["#2018", "n:frln", "n:krst"]), "\(ka.sorted())")
        // "In" starts a sentence and is a function word; "President" is capitalised inside
        // one (a title: a key, but a common one).
        #expect(!ke.contains("n:n"))
    }

    @Test("a corpus made before the names sketch is migrated: its documents get one")
    func migratesOldCorpus() throws {
        let dir = try TempDir()
        let db = dir.sub("corpus.sqlite")
        let src = try dir.file("bridge.txt", Self.bridge)
        do {
            let corpus = try Corpus(path: db)
            _ = try corpus.add(try Document.load(path: src), role: .original)
        }
        // Make it what drift wrote before: schema v1 only.
        let q = try DatabaseQueue(path: db)
        try q.write { db in
            try db.execute(sql: "DROP TABLE name_keys; DROP TABLE name_sketches; DELETE FROM grdb_migrations WHERE identifier = 'v2'")
        }
        try q.close()
        let corpus = try Corpus(path: db, create: false)
        let m = try corpus.find(try Document.load(path: try dir.file("most.txt", Self.bridgeRussian)))
        #expect(m.first?.entry.path == src)
        let n = try DatabaseQueue(path: db).read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM name_sketches") }
        #expect(n == 1)
    }
}

/// The real translated copies of the cross-language development set, each looked up in a
/// corpus of 22 English originals (seeds 000, 003, 004; devtexts d01–d16; devtexts-xl
/// x01–x03). Read from ../shared; skipped when it is absent.
enum SharedTexts {
    static let shared = CLI.packageRoot.deletingLastPathComponent().appendingPathComponent("shared")
    static let xl = shared.appendingPathComponent("eval/devtexts-xl")
    static var available: Bool { FileManager.default.fileExists(atPath: xl.appendingPathComponent("x01-copy.txt").path) }
}

@Suite("corpus find: real translated copies", .enabled(if: SharedTexts.available, "../shared/eval/devtexts-xl not here"))
struct RealTranslations {
    static let shared = SharedTexts.shared
    static let xl = SharedTexts.xl

    static func originals() throws -> [String] {
        let fm = FileManager.default
        let seeds = shared.appendingPathComponent("seeds")
        var out = try fm.contentsOfDirectory(atPath: seeds.path)
            .filter { $0.hasPrefix("000_") || $0.hasPrefix("003_") || $0.hasPrefix("004_") }.sorted()
            .map { seeds.appendingPathComponent($0).path }
        let dev = shared.appendingPathComponent("eval/devtexts")
        out += (1...16).map { dev.appendingPathComponent(String(format: "d%02d-original.txt", $0)).path }.filter { fm.fileExists(atPath: $0) }
        out += (1...3).map { xl.appendingPathComponent(String(format: "x%02d-original.txt", $0)).path }
        return out
    }

    @Test("each translated copy (ru, ru, ar) ranks its own original first among all the originals")
    func ranksOriginalFirst() throws {
        let dir = try TempDir()
        let corpus = try Corpus(path: dir.sub("corpus.sqlite"))
        let files = try Self.originals()
        let s = try corpus.add(files: files, role: .original)
        #expect(s.added == files.count)
        var first = 0
        for x in ["x01", "x02", "x03"] {
            let q = try Document.load(path: Self.xl.appendingPathComponent("\(x)-copy.txt").path)
            let m = try corpus.find(q)
            let want = Self.xl.appendingPathComponent("\(x)-original.txt").path
            #expect(m.first?.entry.path == want, "\(x): \(m.map { ($0.entry.path, $0.evidence) })")
            if m.first?.entry.path == want { first += 1 }
            print("corpus find \(x)-copy (\(q.language)): \(m.map { "\(($0.entry.path as NSString).lastPathComponent) \($0.evidence)" })")
        }
        print("corpus find: \(first) of 3 translated copies rank their original first among \(files.count) originals")
    }
}
