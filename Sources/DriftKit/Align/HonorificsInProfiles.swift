import Foundation

/// Courtesy titles: left out of the sentence identity (repeats, anchors, same-text beads).
extension Aligner {
    /// A sentence's token keys with honorifics (and the period after one) left out, one at a time (no array: the aligner hashes and
    /// compares every sentence this way).
    struct KeysWithoutHonorifics: IteratorProtocol {
        let tokens: [Token]
        var k = 0
        init(_ tokens: [Token]) { self.tokens = tokens }
        /// Longest honorific in UTF-8 bytes ("г-жа") and the bytes they start with: keys that
        /// fail either test need no set lookup.
        static let longest = Vocabulary.honorifics.map(\.utf8.count).max()!
        static let firstBytes: [Bool] = {
            var t = [Bool](repeating: false, count: 256)
            for h in Vocabulary.honorifics { t[Int(h.utf8.first!)] = true }
            return t
        }()
        @inline(__always) static func isHonorific(_ key: String) -> Bool {
            guard let f = key.utf8.first, firstBytes[Int(f)], key.utf8.count <= longest else { return false }
            return Vocabulary.honorifics.contains(key)
        }
        mutating func next() -> String? {
            while k < tokens.count {
                let t = tokens[k]
                k += 1
                if t.kind == .word && Self.isHonorific(t.key) {
                    if k < tokens.count && tokens[k].key == "." && tokens[k].kind == .punctuation { k += 1 }
                    continue
                }
                return t.key
            }
            return nil
        }
    }
}
