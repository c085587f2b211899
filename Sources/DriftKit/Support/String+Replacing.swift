extension String {
    /// Every occurrence of `a` replaced by `b`: a literal, non-overlapping replacement from the
    /// start (Foundation's `replacingOccurrences(of:with:)` without its NSString bridging).
    /// Named apart from Foundation's so that neither shadows the other.
    func replacingAll(_ a: String, with b: String) -> String {
        guard contains(a) else { return self }
        return split(separator: a, omittingEmptySubsequences: false).joined(separator: b)
    }
}
