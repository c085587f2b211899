/// Options for a comparison.
public struct CompareOptions: Sendable {
    /// Tunables of the sentence aligner.
    public var align = AlignOptions()
    /// Measures each phase (benchmarks); nil normally. With a probe, copies are compared
    /// one after another so that each figure is one phase's alone.
    public var probe: PhaseProbe? = nil
    public init() {}
}
