/// Uninitialized room for the tokens of one sentence, reused from sentence to sentence. Tokens
/// written here are always moved out (`Tokenizer.tokens`), so it never holds live tokens
/// between calls and frees only memory.
final class TokenScratch {
    private var base: UnsafeMutablePointer<Token>
    private var capacity: Int

    init() {
        capacity = 1024
        base = .allocate(capacity: capacity)
    }

    /// Room for `count` tokens (the previous room's contents are not kept).
    func reserve(_ count: Int) -> UnsafeMutablePointer<Token> {
        if count > capacity {
            base.deallocate()
            capacity = max(count, capacity * 2)
            base = .allocate(capacity: capacity)
        }
        return base
    }

    deinit { base.deallocate() }
}
