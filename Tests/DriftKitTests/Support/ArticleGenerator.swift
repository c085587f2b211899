import DriftTestSupport
import PropertyBased
import Testing

// The article generator lives in DriftTestSupport (ArticleGen, its planted recipe in
// ArticleGen+Planted.swift); here only what ties it to the test libraries.

extension ArticleGen {
    /// Pairs of documents with `sentences` original sentences and the edits of `mix`, for
    /// `propertyCheck` (a plan that does not fit is drawn again).
    static func pairs(sentences: ClosedRange<Int> = 10...60, mix: Mix) -> Generator<Pair, Shrink.None<Pair?>> {
        Generator<Pair?, Shrink.None<Pair?>> { rng in makePair(sentences: sentences, mix: mix, &rng) }.compactMap { $0 }
    }
}

/// A failing pair is printed as its planted edits.
extension ArticleGen.Pair: CustomTestStringConvertible {}
