import ArgumentParser
import DriftKit

struct Compare: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Align an original with each copy and report how each drifted.")
    @Argument var files: [String]
    func run() throws { throw ExitCode(2) }
}
struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Exit 1 when a copy holds injected content.")
    @Argument var files: [String]
    func run() throws { throw ExitCode(2) }
}
