import DriftKit
import GRDB

/// The corpus schema, versioned with GRDB migrations (each runs once, in order, in its own
/// transaction; GRDB records the applied ones in `grdb_migrations`). Described in docs/corpus.md.
enum CorpusSchema {
    static var migrator: DatabaseMigrator {
        var m = DatabaseMigrator()
        m.registerMigration("v1") { db in
            try db.create(table: "documents") { t in
                t.autoIncrementedPrimaryKey("id")
                // SHA-256 of the bytes as read, lower-case hex: adding the same file twice is a no-op.
                t.column("sha256", .text).notNull().unique()
                t.column("path", .text).notNull()
                t.column("role", .text).notNull().check(sql: "role IN ('original', 'copy')")
                t.column("title", .text)
                t.column("source_url", .text)
                t.column("date", .text)
                // Every metadata field (front matter, HTML title, --meta) as one JSON object.
                t.column("meta", .text).notNull().defaults(to: "{}")
                // Input format (text, markdown, html), encoding and size as read.
                t.column("format", .text).notNull()
                t.column("encoding", .text).notNull()
                t.column("bytes", .integer).notNull()
                // The text sentence offsets index (UTF-8): the decoded file, or for HTML the
                // article text drift extracted.
                t.column("text", .text).notNull()
                t.column("added_at", .text).notNull()
            }
            try db.create(index: "documents_role", on: "documents", columns: ["role"])
            try db.create(table: "sentences", options: [.withoutRowID]) { t in
                t.column("doc_id", .integer).notNull().references("documents", onDelete: .cascade)
                t.column("idx", .integer).notNull()
                // UTF-8 byte offsets into documents.text, start inclusive, end exclusive.
                t.column("start", .integer).notNull()
                t.column("end", .integer).notNull()
                t.primaryKey(["doc_id", "idx"])
            }
            try db.create(table: "sketches") { t in
                t.column("doc_id", .integer).primaryKey().references("documents", onDelete: .cascade)
                // MinHash values, 4 bytes each, little-endian (see SketchParameters).
                t.column("hashes", .blob).notNull()
                // Distinct shingles in the document.
                t.column("shingles", .integer).notNull()
            }
            try db.create(table: "lsh", options: [.withoutRowID]) { t in
                t.column("band", .integer).notNull()
                t.column("bucket", .integer).notNull()
                t.column("doc_id", .integer).notNull().references("documents", onDelete: .cascade)
                t.primaryKey(["band", "bucket", "doc_id"])
            }
            try db.create(index: "lsh_doc", on: "lsh", columns: ["doc_id"])
            try db.create(table: "corpus_info") { t in
                t.column("key", .text).primaryKey()
                t.column("value", .text).notNull()
            }
        }
        // v2: the names-and-numbers sketch of every document (cross-language `corpus find`),
        // computed for the documents already stored (their text is segmented again).
        m.registerMigration("v2") { db in
            try db.create(table: "name_sketches") { t in
                t.column("doc_id", .integer).primaryKey().references("documents", onDelete: .cascade)
                // Document.language when it was added (`en`, `ru`, …).
                t.column("language", .text).notNull()
                // Distinct keys of the document (rows in name_keys).
                t.column("keys", .integer).notNull()
            }
            try db.create(table: "name_keys", options: [.withoutRowID]) { t in
                // `#2018`, `n:mdfd`, `a:BP` (NameNumberKeys).
                t.column("key", .text).notNull()
                t.column("doc_id", .integer).notNull().references("documents", onDelete: .cascade)
                t.primaryKey(["key", "doc_id"])
            }
            try db.create(index: "name_keys_doc", on: "name_keys", columns: ["doc_id"])
            let rows = try Row.fetchAll(db, sql: "SELECT id, path, format, text FROM documents ORDER BY id")
            for r in rows {
                let fmtName: String = r["format"]
                let doc = try Document.from(text: r["text"], path: r["path"], format: fmtName == "markdown" ? .markdown : .text)
                try Corpus.storeNames(db, id: r["id"], NameSketch(doc))
            }
        }
        return m
    }

    /// For a corpus opened read-only: the schema must be complete and the sketches made with
    /// these parameters (nothing can be migrated).
    static func verify(_ db: DatabaseQueue, path: String, parameters p: SketchParameters) throws {
        let m = migrator
        let (complete, superseded, have) = try db.read { db in
            (try m.hasCompletedMigrations(db), try m.hasBeenSuperseded(db),
             try db.tableExists("corpus_info") ? try String.fetchOne(db, sql: "SELECT value FROM corpus_info WHERE key = 'sketch'") : nil)
        }
        if superseded { throw DriftError(path, "corpus was made by a newer drift (unknown schema migration)", hint: "use that drift, or another corpus", remedy: .corpusPath) }
        guard complete, let have else {
            throw DriftError(path, "corpus is read-only and needs a schema upgrade", hint: "open it once where it can be written")
        }
        if have != p.description {
            throw DriftError(path, "corpus sketches were made with \(have), this drift uses \(p.description)", hint: "add the documents to a new corpus")
        }
    }

    static func migrate(_ db: DatabaseQueue, path: String, parameters p: SketchParameters) throws {
        let m = migrator
        if try db.read({ try m.hasBeenSuperseded($0) }) {
            throw DriftError(path, "corpus was made by a newer drift (unknown schema migration)", hint: "use that drift, or another corpus", remedy: .corpusPath)
        }
        // Reads first: a corpus that is up to date is opened without taking the write lock,
        // so `find` runs while an `add` writes.
        let want = p.description
        let (complete, have) = try db.read { db in
            (try m.hasCompletedMigrations(db),
             try db.tableExists("corpus_info") ? try String.fetchOne(db, sql: "SELECT value FROM corpus_info WHERE key = 'sketch'") : nil)
        }
        if !complete { try m.migrate(db) }
        if let have {
            if have != want {
                throw DriftError(path, "corpus sketches were made with \(have), this drift uses \(want)", hint: "add the documents to a new corpus")
            }
        } else {
            try db.write { db in
                try db.execute(sql: "INSERT OR IGNORE INTO corpus_info (key, value) VALUES ('sketch', ?)", arguments: [want])
            }
        }
    }
}
