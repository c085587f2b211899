import CAllocCounter
import DriftKit
import DriftTestSupport
import Foundation

/// `drift-bench phases`: time and allocations of every phase of `drift compare` — decode,
/// segment, align, word diff, the findings' indexes, each detector, collation, each
/// renderer — on generated pairs of growing size, each size in a fresh process, with the
/// growth exponent between sizes (time ∝ n^k: k = 1 is linear, 2 quadratic).
///
/// Allocations are counted by CAllocCounter, which takes over malloc & co. in this process.
/// With a probe attached the library compares copies one after another, so each figure is
/// one phase's alone.
enum PhaseBench {
    struct Phase { var seconds: [Double] = []; var allocations = 0; var bytes = 0 }

    static func counter() -> (calls: Int, bytes: Int) {
        var c: UInt64 = 0, b: UInt64 = 0
        alloc_counter_read(&c, &b)
        return (Int(c), Int(b))
    }

    static func run(sizes: [Int], seeds: String, runs: Int, keep: String?) throws {
        let dir = keep ?? (NSTemporaryDirectory() + "drift-bench-\(getpid())")
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { if keep == nil { try? FileManager.default.removeItem(atPath: dir) } }
        let me = Measure.selfPath()
        print("machine: \(Measure.machine()); load average \(Measure.load())")
        let synth = try ArticleGen.Scaled(seeds: seeds)
        var order: [String] = []
        var table: [Int: [String: Phase]] = [:]
        var rss: [Int: Int] = [:]
        for n in sizes {
            let op = "\(dir)/original-\(n).txt", cp = "\(dir)/copy-\(n).txt"
            if !FileManager.default.fileExists(atPath: op) || !FileManager.default.fileExists(atPath: cp) {
                let (o, c, _) = synth.pair(n, seed: UInt64(n))
                try ArticleGen.Scaled.layout(o, seed: 1).write(toFile: op, atomically: false, encoding: .utf8)
                try ArticleGen.Scaled.layout(c, seed: 2).write(toFile: cp, atomically: false, encoding: .utf8)
            }
            var phases: [String: Phase] = [:]
            for _ in 0..<runs {
                let ch = try Measure.run([me, "phases-one", op, cp])
                guard ch.exitStatus == 0 else { throw BenchError("phases-one \(n) failed with status \(ch.exitStatus)") }
                rss[n] = max(rss[n] ?? 0, ch.maxRSSKiB)
                for line in ch.output.split(separator: "\n") {
                    let f = line.split(separator: "\t")
                    guard f.count == 4, let s = Double(f[1]), let a = Int(f[2]), let b = Int(f[3]) else { continue }
                    let name = String(f[0])
                    if !order.contains(name) { order.append(name) }
                    phases[name, default: Phase()].seconds.append(s)
                    phases[name]!.allocations = a; phases[name]!.bytes = b
                }
            }
            table[n] = phases
            print("size \(n): done (\(Measure.mib(rss[n] ?? 0)) peak); load average \(Measure.load())")
            fflush(nil)
        }
        print("")
        print("Medians of \(runs) run(s), each size in a fresh process; allocations = calls to malloc & co. (CAllocCounter);")
        print("exponent k between two sizes: time grows as n^k (1 linear, 2 quadratic; under ~5 ms the figure is noise).")
        print("")
        var head = "| phase |"
        var rule = "|---|"
        for n in sizes { head += " \(n): s | allocs | MB allocated |"; rule += "---|---|---|" }
        for k in 1..<sizes.count { head += " k \(sizes[k - 1])→\(sizes[k]) |"; rule += "---|" }
        print(head); print(rule)
        for name in order {
            var row = "| \(name) |"
            for n in sizes {
                let p = table[n]?[name]
                row += p.map { " \(f3(Measure.median($0.seconds))) | \($0.allocations) | \(String(format: "%.1f", Double($0.bytes) / 1e6)) |" } ?? " – | – | – |"
            }
            for k in 1..<sizes.count {
                guard let a = table[sizes[k - 1]]?[name], let b = table[sizes[k]]?[name] else { row += " – |"; continue }
                let ta = Measure.median(a.seconds), tb = Measure.median(b.seconds)
                row += ta > 0 && tb > 0 ? " \(f2(log(tb / ta) / log(Double(sizes[k]) / Double(sizes[k - 1])))) |" : " – |"
            }
            print(row)
        }
        var peak = "| peak RSS (process) |"
        for n in sizes { peak += " \(Measure.mib(rss[n] ?? 0)) | | |" }
        for _ in 1..<sizes.count { peak += " |" }
        print(peak)
    }

    /// The measured child: every phase of one comparison, one tab-separated line each
    /// (name, seconds, allocations, bytes requested).
    static func one(_ original: String, _ copy: String) throws {
        let probe = PhaseProbe(counter: counter)
        let srcO = try probe.measure("read + decode") { try InputReader.read(path: original) }
        let srcC = try probe.measure("read + decode") { try InputReader.read(path: copy) }
        let o = try probe.measure("segment") { try Segmenter.segment(srcO) }
        let c = try probe.measure("segment") { try Segmenter.segment(srcC) }
        var options = CompareOptions()
        options.probe = probe
        let report = Comparison.run(original: o, copies: [c], options: options)
        // Collation needs two copies: the same copy twice.
        _ = probe.measure("collation (2 copies)") { Collation.of(o, [report.copies[0], report.copies[0]]) }
        var jsonBytes = 0
        probe.measure("render json") {
            let w = ReportWriter { jsonBytes += $0.count }
            JSONReport.write(report, to: w)
            try? w.finish()
        }
        let text = probe.measure("render text") { TerminalReport.render(report, color: false) }
        let html = probe.measure("render html") { HTMLReport.render(report) }
        // "align" is the sentence search alone (the word diffs and relations are phases of their own).
        var figures = probe.totals
        if let a = figures.firstIndex(where: { $0.name == "align" }) { figures[a].name = "align (search)" }
        for f in figures { print("\(f.name)\t\(f.seconds)\t\(f.allocations)\t\(f.allocatedBytes)") }
        FileHandle.standardError.write(Data("report sizes: json \(jsonBytes) B, text \(text.utf8.count) B, html \(html.utf8.count) B\n".utf8))
    }
}
