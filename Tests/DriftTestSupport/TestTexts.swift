/// Short texts more than one test target reads.
package enum TestTexts {
    /// A Reuters-style economy story of five sentences: names, numbers, an attribution and a
    /// hedge, so every detector has something to hold on to (the detector tests and the
    /// `drift check` end-to-end tests edit it).
    package static let economy = """
    Germany's economy shrank by 0.3 percent in the second quarter, the Federal Statistical Office said on Tuesday. \
    Exports fell for a third consecutive month as demand from China weakened. \
    Economists polled by Reuters had expected a contraction of 0.1 percent. \
    Finance Minister Christian Lindner said the government would present a growth package in the autumn. \
    The Bundesbank has warned that the recovery may take longer than expected.

    """
}
