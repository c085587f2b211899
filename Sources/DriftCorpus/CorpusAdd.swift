import DriftKit
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// What `Corpus.add(files:)` did.
public struct AddSummary: Sendable, Equatable {
    public var added = 0
    public var present = 0
    public var failed = 0
    /// Documents already stored under another role than the one asked for, by stored role
    /// (their role is kept unless `changeRole` was set).
    public var otherRole: [CorpusRole: Int] = [:]
    /// Documents whose stored role was changed to the one asked for.
    public var roleChanged = 0
    public init() {}
    public var description: String {
        "\(added) added, \(present) already present" + (failed > 0 ? ", \(failed) failed" : "")
    }
}

/// The files under the paths given to `corpus add`.
public enum CorpusFiles {
    /// Extensions read when walking a directory (files named directly are read whatever their name).
    public static let extensions: Set<String> = ["txt", "md", "markdown", "html", "htm"]

    /// Files named directly, in the order given, and the files under each directory (recursively,
    /// by extension, sorted by path; hidden files and folders skipped). A missing path is an error.
    /// A walk takes regular files only (symbolic links to them included): a FIFO or a device
    /// named like a document would block or never end, so it is passed to `skipped` with the
    /// reason. A FIFO or device named directly is read, as `cat` would.
    public static func collect(_ paths: [String], skipped: (String, String) -> Void = { _, _ in }) throws -> [String] {
        let fm = FileManager.default
        var out: [String] = []
        var seen = Set<String>()
        for p in paths {
            var isDir: ObjCBool = false
            guard fm.fileExists(atPath: p, isDirectory: &isDir) else { throw DriftError(p, "no such file or directory") }
            if !isDir.boolValue {
                if seen.insert(p).inserted { out.append(p) }
                continue
            }
            guard let walker = fm.enumerator(atPath: p) else { throw DriftError(p, "cannot read directory") }
            var found: [String] = []
            while let rel = walker.nextObject() as? String {
                let name = (rel as NSString).lastPathComponent
                if name.hasPrefix(".") { walker.skipDescendants(); continue }
                let ext = (name as NSString).pathExtension.lowercased()
                guard extensions.contains(ext) else { continue }
                let full = p.hasSuffix("/") ? p + rel : p + "/" + rel
                var st = stat()
                guard stat(full, &st) == 0 else { skipped(full, "cannot read: \(String(cString: strerror(errno)))"); continue }
                switch st.st_mode & S_IFMT {
                case S_IFREG: found.append(full)
                case S_IFDIR: continue
                case S_IFIFO: skipped(full, "not a regular file (a FIFO)")
                case S_IFCHR, S_IFBLK: skipped(full, "not a regular file (a device)")
                case S_IFSOCK: skipped(full, "not a regular file (a socket)")
                default: skipped(full, "not a regular file")
                }
            }
            for f in found.sorted() where seen.insert(f).inserted { out.append(f) }
        }
        return out
    }
}

extension Corpus {
    /// Files read and segmented at once (on every core) before they are stored one by one.
    /// 32: a few per core keeps both cores busy while the writer stores the previous ones;
    /// an interrupted run loses at most this many documents' reading, never a stored one.
    static let addChunk = 32

    /// Counts (and with `change`, updates) a stored document whose role differs from `role`.
    func notePresent(_ id: Int64, role: CorpusRole, change: Bool, _ summary: inout AddSummary) throws {
        guard let have = try self.role(of: id), have != role else { return }
        if change { try setRole(id, role); summary.roleChanged += 1 } else { summary.otherRole[have, default: 0] += 1 }
    }

    /// Reads, segments and stores files, each document in its own transaction. Files whose
    /// bytes are stored already are skipped (so an interrupted run is resumed by running it
    /// again). An unreadable file is reported to `failure` and the others go on; a database
    /// error stops the run.
    public func add(files: [String], role: CorpusRole, meta: [(String, String)] = [],
                    changeRole: Bool = false,
                    input: InputOptions = .init(), segment: SegmentOptions = .init(),
                    progress: (Int, Int) -> Void = { _, _ in },
                    failure: (DriftError) -> Void = { _ in }) throws -> AddSummary {
        var summary = AddSummary()
        var done = 0
        for start in stride(from: 0, to: files.count, by: Corpus.addChunk) {
            let chunk = Array(files[start..<min(files.count, start + Corpus.addChunk)])
            // Skip stored ones before segmenting: hashing is much cheaper than segmentation.
            let loaded: [Result<(SourceText, Int64?), DriftError>] = try chunk.map { f in
                do {
                    let src = try InputReader.read(path: f, options: input)
                    let stored = try id(sha256: src.sha256)
                    if let stored { try notePresent(stored, role: role, change: changeRole, &summary) }
                    return .success((src, stored))
                } catch let e as DriftError where e.subject == f {
                    return .failure(e)
                }
            }
            let docs: [Result<(Document, MinHashSketch, NameSketch)?, DriftError>] = ParallelMap.map(loaded.indices.map { $0 }) { i in
                switch loaded[i] {
                case .failure(let e): return .failure(e)
                case .success(let (src, stored)):
                    if stored != nil { return .success(nil) }
                    do {
                        let d = try Segmenter.segment(src, options: segment)
                        return .success((d, MinHashSketch(d, self.parameters), NameSketch(d)))
                    } catch let e as DriftError { return .failure(e) } catch { return .failure(DriftError(src.path, "\(error)")) }
                }
            }
            for r in docs {
                switch r {
                case .failure(let e): summary.failed += 1; failure(e)
                case .success(nil): summary.present += 1
                case .success(let .some((d, sk, names))):
                    switch try add(d, role: role, meta: meta, sketch: sk, names: names) {
                    case .added: summary.added += 1
                    case .present(let id): summary.present += 1; try notePresent(id, role: role, change: changeRole, &summary)
                    }
                }
                done += 1
                progress(done, files.count)
            }
        }
        return summary
    }
}
