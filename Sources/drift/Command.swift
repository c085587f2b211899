import ArgumentParser
import DriftKit

/// Exit statuses, like diff(1): 0 same (or no finding), 1 different (or findings), 2 trouble.
enum ExitStatus {
    static let same: Int32 = 0
    static let different: Int32 = 1
    static let trouble: Int32 = 2
}

/// Every drift subcommand: `execute` does the work and returns the exit status; `run` (given
/// here, once) prints any error as one line and exits with the status (2 for an error).
protocol DriftCommand: ParsableCommand {
    /// The command's work; its exit status (`ExitStatus`), or a thrown error (status 2).
    func execute() throws -> Int32
}

extension DriftCommand {
    func run() throws {
        throw ExitCode(runReporting(execute))
    }
}

/// Runs `body`, turning library errors into one line and status 2; says once, after the
/// work, when WordNet was wanted but missing.
func runReporting(_ body: () throws -> Int32) -> Int32 {
    // Said once per run, after the work: a comparison without WordNet still runs (docs/findings.md).
    defer { if let why = WordNet.unavailableIfWanted { Output.err("drift: note: \(why)") } }
    do {
        return try body()
    } catch let e as DriftError {
        Output.err(CLIErrors.line(e, usage: CLIErrors.isUsage(e)))
        return ExitStatus.trouble
    } catch {
        Output.err("drift: error: " + CLIErrors.oneLine("\(error)"))
        return ExitStatus.trouble
    }
}

func printWarnings(_ ws: [DriftWarning]) {
    for w in ws { Output.err(CLIErrors.line(w)) }
}
