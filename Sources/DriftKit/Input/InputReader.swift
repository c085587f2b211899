import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The formats drift reads.
public enum InputFormat: String, Sendable, CaseIterable {
    case text, markdown, html
    /// Plain text already split into sentences, one a line (a sentence-aligned corpus): each
    /// non-blank line is one sentence; never detected, only asked for.
    case lines
}

/// Options for reading one input.
public struct InputOptions: Sendable {
    /// Largest input accepted, in bytes (default 256 MiB). Larger files stop with an error
    /// before they are read whole.
    public var maxBytes: Int = 256 << 20
    /// Encoding to use instead of detection (an ICU converter name or alias).
    public var encoding: String? = nil
    /// Format to use instead of detection.
    public var format: InputFormat? = nil
    public init(maxBytes: Int = 256 << 20, encoding: String? = nil, format: InputFormat? = nil) {
        self.maxBytes = maxBytes; self.encoding = encoding; self.format = format
    }
}

/// A decoded, extracted input: the text drift works on and what it knows about where it came from.
public struct SourceText: Sendable {
    /// The path as given (`-` for standard input).
    public var path: String
    public var encoding: String
    public var format: InputFormat
    /// SHA-256 of the bytes as read (before decoding), lowercase hex.
    public var sha256: String
    /// Size of the input in bytes, as read.
    public var byteCount: Int
    /// The text offsets refer to, as UTF-8: the decoded file for text and Markdown, the
    /// extracted article text for HTML.
    public var text: [UInt8]
    /// Same length as `text`; markup that is not prose (Markdown syntax, front matter) is
    /// replaced by spaces here. Segmentation and matching read this; people are shown `text`.
    public var analysis: [UInt8]
    /// Front matter fields, the HTML title, etc.
    public var metadata: [(String, String)]
    public var warnings: [DriftWarning]
    /// HTML only: text of elements hidden from readers (not part of `text`), one entry each.
    public var hiddenBlocks: [String] = []
    /// HTML only: the extracted blocks with the role their markup gives them (headline,
    /// byline, caption, …), in order; empty for other formats.
    public var markupBlocks: [MarkupBlock] = []
    /// HTML only: what extraction left out of `text`, and why, in page order.
    public var dropped: [DroppedText] = []

    /// The role of the block holding UTF-8 byte offset `offset` of `text`, or nil when the
    /// input has no markup roles (text, Markdown). O(log blocks).
    public func markupRole(at offset: Int) -> MarkupRole? {
        guard !markupBlocks.isEmpty else { return nil }
        var lo = 0, hi = markupBlocks.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if markupBlocks[mid].end <= offset { lo = mid + 1 } else { hi = mid }
        }
        guard lo < markupBlocks.count, markupBlocks[lo].start <= offset else { return .body }
        return markupBlocks[lo].role
    }
}

public enum InputReader {
    /// Longest decoded text drift works on: 2^31 − 1 bytes. Offsets are kept in 32 bits
    /// (`Token`) and ICU takes 32-bit lengths; a larger text is refused, not truncated. (A
    /// text this size would need ~25 GiB of memory to compare.)
    public static let maxTextBytes = Int(Int32.max)

    /// Reads a file (or `-` for standard input), decodes and extracts it.
    public static func read(path: String, options: InputOptions = .init()) throws -> SourceText {
        let bytes = try readBytes(path: path, maxBytes: options.maxBytes)
        return try load(bytes: bytes, path: path, options: options)
    }

    /// Decodes and extracts bytes already in memory. `path` names them in messages and reports.
    public static func load(bytes: [UInt8], path: String, options: InputOptions = .init()) throws -> SourceText {
        if bytes.count > options.maxBytes {
            throw DriftError(path, "file is \(bytes.count) bytes, over the limit of \(options.maxBytes)", hint: "raise the size limit", remedy: .maxBytes)
        }
        let decoded = try TextDecoder.decode(bytes, subject: path, forcedEncoding: options.encoding)
        let format = options.format ?? FormatSniffer.sniff(path: path, utf8: decoded.utf8)
        var text = decoded.utf8
        var analysis: [UInt8]
        var metadata: [(String, String)] = []
        let warnings = decoded.warnings
        var hiddenBlocks: [String] = []
        var markupBlocks: [MarkupBlock] = []
        var dropped: [DroppedText] = []
        switch format {
        case .text, .lines:
            analysis = text
        case .markdown:
            let md = MarkdownMasker.mask(text)
            analysis = md.analysis
            metadata = md.frontMatter
        case .html:
            let x = try HTMLExtractor.extract(text, subject: path)
            text = x.text
            analysis = x.text
            if let t = x.title { metadata.append(("title", t)) }
            hiddenBlocks = x.hidden
            markupBlocks = x.blocks
            dropped = x.dropped
            if text.allSatisfy({ $0 <= 0x20 }) {
                let why = HTMLExtractor.emptyReason(x)
                throw DriftError(path, why.message, hint: why.hint, remedy: why.remedy)
            }
        }
        if text.count > maxTextBytes {
            throw DriftError(path, "decoded text is \(text.count) bytes, over drift's limit of \(maxTextBytes)", hint: "split the input")
        }
        // A UTF-8 byte-order mark is not text.
        if analysis.starts(with: [0xEF, 0xBB, 0xBF]) { analysis[0] = 32; analysis[1] = 32; analysis[2] = 32 }
        if analysis.allSatisfy({ $0 <= 0x20 }) {
            throw DriftError(path, "no text left after removing \(format.rawValue) markup", hint: "read it as plain text", remedy: .plainText)
        }
        return SourceText(path: path, encoding: decoded.encoding, format: format, sha256: SHA256.hex(bytes),
                          byteCount: bytes.count, text: text, analysis: analysis, metadata: metadata, warnings: warnings, hiddenBlocks: hiddenBlocks,
                          markupBlocks: markupBlocks, dropped: dropped)
    }

    static func readBytes(path: String, maxBytes: Int) throws -> [UInt8] {
        if path == "-" {
            var data = [UInt8]()
            var buf = [UInt8](repeating: 0, count: 1 << 16)
            while true {
                let n = Glibc.read(0, &buf, buf.count)
                if n < 0 { throw DriftError("-", "cannot read standard input: \(String(cString: strerror(errno)))") }
                if n == 0 { break }
                data.append(contentsOf: buf[0..<n])
                if data.count > maxBytes {
                    throw DriftError("-", "input is over the limit of \(maxBytes) bytes", hint: "raise the size limit", remedy: .maxBytes)
                }
            }
            return data
        }
        var st = stat()
        if stat(path, &st) != 0 {
            let e = errno
            if e == ENOENT { throw DriftError(path, "no such file") }
            if e == EACCES { throw DriftError(path, "permission denied") }
            throw DriftError(path, "cannot open: \(String(cString: strerror(e)))")
        }
        if (st.st_mode & S_IFMT) == S_IFDIR {
            throw DriftError(path, "is a directory", hint: "name a file")
        }
        if (st.st_mode & S_IFMT) == S_IFREG && Int(st.st_size) > maxBytes {
            throw DriftError(path, "file is \(st.st_size) bytes, over the limit of \(maxBytes)", hint: "raise the size limit", remedy: .maxBytes)
        }
        let fd = Glibc.open(path, O_RDONLY)
        if fd < 0 {
            let e = errno
            throw DriftError(path, e == EACCES ? "permission denied" : "cannot open: \(String(cString: strerror(e)))")
        }
        defer { Glibc.close(fd) }
        // Read at most maxBytes + 1 so a file that grows while being read is still bounded.
        var data = [UInt8]()
        data.reserveCapacity(Int(st.st_size))
        var buf = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = Glibc.read(fd, &buf, buf.count)
            if n < 0 {
                let e = errno
                if e == EINTR { continue }
                throw DriftError(path, "cannot read: \(String(cString: strerror(e)))")
            }
            if n == 0 { break }
            data.append(contentsOf: buf[0..<n])
            if data.count > maxBytes {
                throw DriftError(path, "file is over the limit of \(maxBytes) bytes", hint: "raise the size limit", remedy: .maxBytes)
            }
        }
        return data
    }
}
