/// The parts of proper names that are not names themselves: connectors inside a multi-word
/// name and the endings that derive a demonym from a place name.
///
/// Source: hand-compiled with the name detectors (6cadc40): English connectors of
/// organisation names ("Council on Foreign Relations") and the particles of European and
/// Arabic personal names ("de", "van", "von", "al", "bin"); English demonym suffixes
/// ("-ian", "-ese", "-ish"). Scale: lower-case token keys; suffixes of lower-case keys.
extension Vocabulary {
    /// Connectors allowed inside a multi-word name ("Council on Foreign Relations").
    static let nameConnectors: Set<String> = ["of", "for", "on", "the", "de", "del", "der", "van", "von", "al", "bin", "la", "le"]

    /// Suffixes that derive a demonym or adjective from a place name ("Ukraine"/"Ukrainian"),
    /// tried in this order.
    static let demonymSuffixes: [String] = ["ians", "ian", "ans", "an", "ns", "n", "ese", "ish", "i", "s", "es"]
}
