/// Options for the finding detectors.
public struct FindingOptions: Sendable {
    public init() {}
}

/// Runs every finding detector over one aligned copy.
enum Detectors {
    static func run(original: Document, copy: Document, alignment: Alignment, unrelated: Bool, options: FindingOptions) -> [Finding] {
        []
    }
}
