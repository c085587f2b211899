/// The one error type of the library. The CLI renders it as
/// `drift: error: <subject>: <message>` (plus an optional hint) and exits with status 2.
public struct DriftError: Error, Equatable, CustomStringConvertible, Sendable {
    /// What the error is about: usually a file path, `-` for standard input.
    public var subject: String
    /// What is wrong, one line, no trailing period.
    public var message: String
    /// What the user can do about it, in words that name no command-line flag, or nil.
    public var hint: String?
    /// The option that would get past the error, as data; a front end words it in its own
    /// terms (the CLI as `--encoding NAME`, see Sources/drift/CLIErrors.swift).
    public var remedy: Remedy?

    public init(_ subject: String, _ message: String, hint: String? = nil, remedy: Remedy? = nil) {
        self.subject = subject
        self.message = message
        self.hint = hint
        self.remedy = remedy
    }

    public var description: String {
        var s = subject.isEmpty ? message : "\(subject): \(message)"
        if let hint { s += " (hint: \(hint))" }
        return s
    }
}

/// A non-fatal remark about an input (a guessed encoding, a fallback taken). Results stay
/// usable; the CLI prints these on standard error as `drift: warning: …`.
public struct DriftWarning: Equatable, CustomStringConvertible, Sendable {
    public var subject: String
    public var message: String
    /// The option that would settle the matter (see `DriftError.remedy`).
    public var remedy: Remedy?
    public init(_ subject: String, _ message: String, remedy: Remedy? = nil) { self.subject = subject; self.message = message; self.remedy = remedy }
    public var description: String { "\(subject): \(message)" }
}

/// An input option that gets past an error or settles a warning. The library names options
/// as data, never as command-line flags; each front end maps them to its own words.
public enum Remedy: String, Sendable, Equatable, CaseIterable {
    /// Name the input's encoding (`InputOptions.encoding`).
    case encoding
    /// Read the input as plain text (`InputOptions.format = .text`).
    case plainText
    /// Allow larger inputs (`InputOptions.maxBytes`).
    case maxBytes
    /// Allow documents of more sentences (`SegmentOptions.maxSentences`).
    case maxSentences
    /// Use another corpus database (the path given to `Corpus`).
    case corpusPath
}
