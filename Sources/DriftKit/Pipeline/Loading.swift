/// The load phase: path or text → `Document` (Input reads, decodes and extracts; Text segments).
extension Document {
    /// Reads, decodes, extracts and segments one input.
    public static func load(path: String, input: InputOptions = .init(), segment: SegmentOptions = .init()) throws -> Document {
        try load(path: path, input: input, segment: segment, split: .init())
    }

    static func load(path: String, input: InputOptions, segment: SegmentOptions, split: Segmenter.Split) throws -> Document {
        let src = try InputReader.read(path: path, options: input)
        return try Segmenter.segment(src, options: segment, split: split)
    }

    /// Reads, decodes, extracts and segments several inputs on the machine's cores (an
    /// original and its copy at the same time): one result per input, in their order, so a
    /// caller can report them (warnings, then the first error) as if loaded one by one.
    /// `segments` gives each input its options (one per path). The cores are shared among the
    /// inputs: a long input is segmented on `cores / inputs` of them (`Segmenter.Split`), so an
    /// original and its copy take one core each, as two threads on one document would cost
    /// ≈ 10% more CPU for nothing while both cores are busy (docs/benchmarks.md).
    public static func load(paths: [String], input: InputOptions = .init(), segments: [SegmentOptions]) -> [Result<Document, Error>] {
        precondition(segments.count == paths.count, "one SegmentOptions per path")
        let split = Segmenter.Split(workers: max(1, ICU.breakWorkers / max(1, paths.count)))
        return ParallelMap.map(Array(paths.indices)) { k -> Result<Document, Error> in
            Result { try Document.load(path: paths[k], input: input, segment: segments[k], split: split) }
        }
    }

    /// Segments text already in memory (plain text unless `format` says otherwise).
    /// `path` names it in reports.
    public static func from(text: String, path: String = "<text>", format: InputFormat = .text,
                            segment: SegmentOptions = .init()) throws -> Document {
        let src = try InputReader.load(bytes: Array(text.utf8), path: path, options: InputOptions(format: format))
        return try Segmenter.segment(src, options: segment)
    }
}
