import DriftKit
import Foundation
import GRDB

/// What a stored document is for: an `original` (a source) or a `copy` (a republication).
public enum CorpusRole: String, Sendable, CaseIterable {
    case original, copy
}

/// One stored document, as listed (without its text).
public struct CorpusEntry: Sendable, Equatable {
    public var id: Int64
    public var sha256: String
    public var path: String
    public var role: CorpusRole
    public var title: String?
    public var sourceURL: String?
    public var date: String?
}

/// A corpus of documents in one SQLite database: their text, sentences, MinHash sketch and
/// LSH buckets (schema in docs/corpus.md, migrations in `CorpusSchema`).
///
/// Every document is written in its own transaction, so an interrupted `corpus add` leaves
/// only whole documents behind, and re-adding skips what is stored (by SHA-256 of the bytes).
public final class Corpus: Sendable {
    /// `./.drift/corpus.sqlite`: beside the work, like `.git`; ignored by the repository.
    public static let defaultPath = ".drift/corpus.sqlite"

    /// Seconds a command waits for another process's lock before giving up with "locked".
    /// 2 s: a `corpus add` holds the write lock for one document at a time (a few
    /// milliseconds), so two adds interleave well within it; anything holding the lock longer
    /// is a long job the user should know about rather than wait on silently.
    public static let busyTimeout: TimeInterval = 2

    public let path: String
    public let parameters: SketchParameters
    let db: DatabaseQueue

    /// Opens (creating when `create` is true) the corpus at `path`, migrating its schema.
    /// `check` runs SQLite's `quick_check` first (O(size of the database)).
    ///
    /// `readOnly` opens an existing corpus for searching only (no schema migration, no
    /// journal-mode change), so a corpus on a read-only file or folder can still be searched;
    /// when the folder is writable the corpus is opened as usual.
    public init(path: String, create: Bool = true, check: Bool = false, readOnly: Bool = false, parameters: SketchParameters = .standard) throws {
        self.path = path
        self.parameters = parameters
        let fm = FileManager.default
        if !fm.fileExists(atPath: path) {
            guard create else { throw DriftError(path, "no corpus here", hint: "add documents to it first", remedy: .corpusPath) }
            let dir = (path as NSString).deletingLastPathComponent
            if !dir.isEmpty && !fm.fileExists(atPath: dir) {
                do { try fm.createDirectory(atPath: dir, withIntermediateDirectories: true) } catch {
                    throw DriftError(path, "cannot create directory \(dir): \(error.localizedDescription)")
                }
            }
        }
        var isDir: ObjCBool = false
        if fm.fileExists(atPath: path, isDirectory: &isDir), isDir.boolValue {
            throw DriftError(path, "cannot open the corpus database: it is a directory", hint: "name a file", remedy: .corpusPath)
        }
        let dir = (path as NSString).deletingLastPathComponent
        let readOnlyFS = !fm.isWritableFile(atPath: path) || !fm.isWritableFile(atPath: dir.isEmpty ? "." : dir)
        if readOnly && readOnlyFS {
            var config = Configuration()
            config.readonly = true
            config.busyMode = .timeout(Corpus.busyTimeout)
            do {
                // immutable=1: no -shm/-wal files are needed beside a database nobody writes to.
                db = try DatabaseQueue(path: "file:" + (path.hasPrefix("/") ? path : fm.currentDirectoryPath + "/" + path) + "?immutable=1", configuration: config)
                try CorpusSchema.verify(db, path: path, parameters: parameters)
            } catch let e as DriftError {
                throw e
            } catch {
                throw Corpus.translate(error, path)
            }
            return
        }
        var config = Configuration()
        config.busyMode = .timeout(Corpus.busyTimeout)
        config.prepareDatabase { db in
            // WAL: finds read while an add writes; a killed writer leaves a log SQLite replays.
            // synchronous=NORMAL is safe against a crash of the process (not of the machine).
            if try String.fetchOne(db, sql: "PRAGMA journal_mode") != "wal" {
                try db.execute(sql: "PRAGMA journal_mode = WAL")
            }
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
        }
        do {
            db = try DatabaseQueue(path: path, configuration: config)
            if check { try Corpus.check(db, path) }
            try CorpusSchema.migrate(db, path: path, parameters: parameters)
        } catch let e as DriftError {
            throw e
        } catch {
            throw Corpus.translate(error, path)
        }
    }

    /// Runs `PRAGMA integrity_check` (or the cheaper `quick_check`); nil when the database is sound.
    public func integrityProblems(full: Bool = true) throws -> String? {
        try guarded {
            let rows = try db.read { db in try String.fetchAll(db, sql: full ? "PRAGMA integrity_check" : "PRAGMA quick_check") }
            return rows == ["ok"] ? nil : rows.prefix(3).joined(separator: "; ")
        }
    }

    static func check(_ db: DatabaseQueue, _ path: String) throws {
        let rows = try db.read { db in try String.fetchAll(db, sql: "PRAGMA quick_check") }
        if rows != ["ok"] {
            // One line: SQLite's report starts "*** in database main ***" on a line of its own.
            let report = rows.prefix(2).joined(separator: "; ").split(whereSeparator: \.isNewline).joined(separator: " ")
            throw DriftError(path, "corpus database is corrupt (integrity check: \(report))",
                             hint: "restore it from a copy, or remove it and add the documents again")
        }
    }

    /// Maps SQLite errors to one-line `DriftError`s.
    static func translate(_ error: Error, _ path: String) -> DriftError {
        if let e = error as? DriftError { return e }
        guard let e = error as? DatabaseError else { return DriftError(path, "\(error)") }
        switch e.resultCode {
        case .SQLITE_BUSY, .SQLITE_LOCKED:
            return DriftError(path, "corpus database is locked by another process",
                              hint: "wait for the other drift to finish, or use another corpus", remedy: .corpusPath)
        case .SQLITE_NOTADB:
            return DriftError(path, "not a SQLite database", hint: "name a corpus made by drift", remedy: .corpusPath)
        case .SQLITE_CORRUPT:
            return DriftError(path, "corpus database is corrupt", hint: "restore it from a copy, or remove it and add the documents again")
        case .SQLITE_CANTOPEN:
            return DriftError(path, "cannot open the corpus database: " + Corpus.whyCannotOpen(path))
        case .SQLITE_READONLY, .SQLITE_PERM, .SQLITE_AUTH:
            return DriftError(path, "corpus database is read-only")
        case .SQLITE_FULL:
            return DriftError(path, "disk full while writing the corpus")
        default:
            return DriftError(path, "SQLite error \(e.resultCode.rawValue): \(e.message ?? "unknown")")
        }
    }

    /// The reason a database file cannot be opened, from the file system (SQLite only says
    /// "unable to open"): a directory, a folder without write permission, a missing folder.
    static func whyCannotOpen(_ path: String) -> String {
        var isDir: ObjCBool = false
        let fm = FileManager.default
        if fm.fileExists(atPath: path, isDirectory: &isDir), isDir.boolValue { return "it is a directory" }
        let dir = (path as NSString).deletingLastPathComponent
        let folder = dir.isEmpty ? "." : dir
        if !fm.fileExists(atPath: folder) { return "folder \(folder) does not exist" }
        if !fm.isWritableFile(atPath: folder) { return "permission denied: cannot create files in \(folder) (SQLite needs its journal beside the database)" }
        if fm.fileExists(atPath: path) && !fm.isReadableFile(atPath: path) { return "permission denied" }
        return "the file system refused it"
    }

    /// Runs `body`, mapping SQLite errors to `DriftError`.
    func guarded<T>(_ body: () throws -> T) throws -> T {
        do { return try body() } catch { throw Corpus.translate(error, path) }
    }

    // MARK: reading

    /// The stored role of a document.
    public func role(of id: Int64) throws -> CorpusRole? {
        try guarded { try db.read { db in try String.fetchOne(db, sql: "SELECT role FROM documents WHERE id = ?", arguments: [id]).flatMap(CorpusRole.init(rawValue:)) } }
    }

    /// Changes the role of a stored document.
    public func setRole(_ id: Int64, _ role: CorpusRole) throws {
        try guarded { try db.write { db in try db.execute(sql: "UPDATE documents SET role = ? WHERE id = ?", arguments: [role.rawValue, id]) } }
    }

    /// Number of documents stored, by role.
    public func count(role: CorpusRole? = nil) throws -> Int {
        try guarded {
            try db.read { db in
                if let role { return try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM documents WHERE role = ?", arguments: [role.rawValue]) ?? 0 }
                return try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM documents") ?? 0
            }
        }
    }

    /// The id of the document with these bytes, if stored.
    public func id(sha256: String) throws -> Int64? {
        try guarded { try db.read { db in try Int64.fetchOne(db, sql: "SELECT id FROM documents WHERE sha256 = ?", arguments: [sha256]) } }
    }

    static let entryColumns = "id, sha256, path, role, title, source_url, date"

    static func entry(_ r: Row) -> CorpusEntry {
        CorpusEntry(id: r["id"], sha256: r["sha256"], path: r["path"], role: CorpusRole(rawValue: r["role"]) ?? .copy,
                    title: r["title"], sourceURL: r["source_url"], date: r["date"])
    }

    /// Every document, in the order added (or only those of one role).
    public func entries(role: CorpusRole? = nil) throws -> [CorpusEntry] {
        try guarded {
            try db.read { db in
                let rows = role == nil
                    ? try Row.fetchAll(db, sql: "SELECT \(Corpus.entryColumns) FROM documents ORDER BY id")
                    : try Row.fetchAll(db, sql: "SELECT \(Corpus.entryColumns) FROM documents WHERE role = ? ORDER BY id", arguments: [role!.rawValue])
                return rows.map(Corpus.entry)
            }
        }
    }

    public func entry(id: Int64) throws -> CorpusEntry? {
        try guarded {
            try db.read { db in
                try Row.fetchOne(db, sql: "SELECT \(Corpus.entryColumns) FROM documents WHERE id = ?", arguments: [id]).map(Corpus.entry)
            }
        }
    }

    /// The stored sketch of a document.
    public func sketch(id: Int64) throws -> MinHashSketch? {
        try sketches(ids: [id])[id]
    }

    public func sketches(ids: [Int64]) throws -> [Int64: MinHashSketch] {
        var out: [Int64: MinHashSketch] = [:]
        try rows(ids: ids, "SELECT doc_id, hashes, shingles FROM sketches WHERE doc_id IN") { r in
            let d: Data = r["hashes"]
            out[r["doc_id"]] = MinHashSketch(bytes: [UInt8](d), shingleCount: r["shingles"])
        }
        return out
    }

    /// Runs `select` (a query ending in `IN`) over `ids` in chunks of 500 (under SQLite's
    /// default limit of host parameters) and hands every row to `body`.
    func rows(ids: [Int64], _ select: String, _ body: (Row) throws -> Void) throws {
        guard !ids.isEmpty else { return }
        try guarded {
            try db.read { db in
                for chunk in stride(from: 0, to: ids.count, by: 500) {
                    let part = Array(ids[chunk..<min(ids.count, chunk + 500)])
                    let marks = part.map { _ in "?" }.joined(separator: ",")
                    for r in try Row.fetchAll(db, sql: "\(select) (\(marks))", arguments: StatementArguments(part)) { try body(r) }
                }
            }
        }
    }

    /// Rebuilds a stored document (segmenting its stored text again; segmentation is
    /// deterministic, so the sentences are those in the `sentences` table).
    public func document(id: Int64) throws -> Document {
        let row = try guarded {
            try db.read { db in try Row.fetchOne(db, sql: "SELECT path, sha256, format, encoding, bytes, meta, text FROM documents WHERE id = ?", arguments: [id]) }
        }
        guard let row else { throw DriftError(path, "no document with id \(id)") }
        let docPath: String = row["path"]
        let fmtName: String = row["format"]
        // HTML was stored as the article text drift extracted.
        let fmt: InputFormat = fmtName == "markdown" ? .markdown : .text
        var doc = try Document.from(text: row["text"], path: docPath, format: fmt)
        doc.source.sha256 = row["sha256"]
        doc.source.encoding = row["encoding"]
        doc.source.byteCount = row["bytes"]
        doc.source.format = InputFormat(rawValue: fmtName) ?? .text
        doc.source.metadata = CorpusMeta.decode(row["meta"])
        return doc
    }

    /// Candidate documents sharing at least one LSH band with `sketch`, with the number of
    /// bands shared, most first.
    public func bandMatches(_ sketch: MinHashSketch) throws -> [(id: Int64, bands: Int)] {
        let buckets = sketch.buckets(parameters)
        guard !buckets.isEmpty else { return [] }
        return try guarded {
            try db.read { db in
                var hits: [Int64: Int] = [:]
                let stmt = try db.cachedStatement(sql: "SELECT doc_id FROM lsh WHERE band = ? AND bucket = ?")
                for (b, key) in buckets.enumerated() {
                    for id in try Int64.fetchAll(stmt, arguments: [b, key]) { hits[id, default: 0] += 1 }
                }
                return hits.map { ($0.key, $0.value) }.sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }
            }
        }
    }

    // MARK: writing

    /// What `add` did with one document.
    public enum AddOutcome: Sendable, Equatable {
        case added(Int64)
        case present(Int64)
    }

    /// Stores one segmented document with its sentences, sketch and LSH buckets, in one
    /// transaction. A document whose bytes are already stored is left as it is.
    @discardableResult
    public func add(_ doc: Document, role: CorpusRole, meta: [(String, String)] = [], sketch: MinHashSketch? = nil,
                    names: NameSketch? = nil) throws -> AddOutcome {
        let sketch = sketch ?? MinHashSketch(doc, parameters)
        let names = names ?? NameSketch(doc)
        let buckets = sketch.buckets(parameters)
        let fields = CorpusMeta.fields(doc.source.metadata + meta)
        let text = String(decoding: doc.source.text, as: UTF8.self)
        let now = ISO8601DateFormatter().string(from: Date())
        return try guarded {
            try db.write { db -> AddOutcome in
                if let id = try Int64.fetchOne(db, sql: "SELECT id FROM documents WHERE sha256 = ?", arguments: [doc.source.sha256]) {
                    return .present(id)
                }
                try db.execute(sql: """
                    INSERT INTO documents (sha256, path, role, title, source_url, date, meta, format, encoding, bytes, text, added_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """, arguments: [doc.source.sha256, doc.path, role.rawValue, fields.title, fields.sourceURL, fields.date,
                                     fields.json, doc.source.format.rawValue, doc.source.encoding, doc.source.byteCount, text, now])
                let id = db.lastInsertedRowID
                let sent = try db.cachedStatement(sql: "INSERT INTO sentences (doc_id, idx, start, \"end\") VALUES (?, ?, ?, ?)")
                for s in doc.sentences { try sent.execute(arguments: [id, s.id, s.start, s.end]) }
                try db.execute(sql: "INSERT INTO sketches (doc_id, hashes, shingles) VALUES (?, ?, ?)",
                               arguments: [id, Data(sketch.bytes), sketch.shingleCount])
                let band = try db.cachedStatement(sql: "INSERT OR IGNORE INTO lsh (band, bucket, doc_id) VALUES (?, ?, ?)")
                for (b, key) in buckets.enumerated() { try band.execute(arguments: [b, key, id]) }
                try Corpus.storeNames(db, id: id, names)
                return .added(id)
            }
        }
    }

    /// Writes a document's names-and-numbers sketch (`name_sketches`, `name_keys`).
    static func storeNames(_ db: Database, id: Int64, _ names: NameSketch) throws {
        try db.execute(sql: "INSERT INTO name_sketches (doc_id, language, keys) VALUES (?, ?, ?)",
                       arguments: [id, names.language, names.keys.count])
        let key = try db.cachedStatement(sql: "INSERT OR IGNORE INTO name_keys (key, doc_id) VALUES (?, ?)")
        for k in names.keys { try key.execute(arguments: [k, id]) }
    }
}

/// The `meta` column: every metadata field as one JSON object, and the well-known ones.
enum CorpusMeta {
    struct Fields { var title: String?; var sourceURL: String?; var date: String?; var json: String }

    /// Later pairs override earlier ones with the same key (so `--meta` overrides front matter).
    static func fields(_ pairs: [(String, String)]) -> Fields {
        var merged: [(String, String)] = []
        for (k, v) in pairs {
            if let i = merged.firstIndex(where: { $0.0 == k }) { merged[i].1 = v } else { merged.append((k, v)) }
        }
        func first(_ keys: [String]) -> String? {
            for k in keys { if let v = merged.first(where: { $0.0.lowercased() == k })?.1, !v.isEmpty { return v } }
            return nil
        }
        let json = JSON.object(merged.map { ($0.0, JSON.string($0.1)) }).serialized(pretty: false)
        return Fields(title: first(["title"]),
                      sourceURL: first(["source_url", "url", "source", "link", "canonical"]),
                      date: first(["date", "published", "published_at", "pubdate"]),
                      json: json)
    }

    static func decode(_ json: String) -> [(String, String)] {
        guard let obj = try? JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any] else { return [] }
        return obj.compactMap { k, v in (v as? String).map { (k, $0) } }.sorted { $0.0 < $1.0 }
    }
}
