import DriftKit
import DriftTestSupport
import Foundation

/// `drift-bench align`: time and peak memory of segmenting and aligning generated pairs of
/// growing size, each size in a fresh process, beside GNU wdiff on the same two files.
enum AlignBench {
    struct Row {
        var n: Int
        var bytes: (Int, Int)
        var sentences: (Int, Int)
        var segment: [Double] = []
        var align: [Double] = []
        var child: [Double] = []
        var childRSS = 0
        var cli: [Double] = []
        var cliRSS = 0
        var wdiff: [Double] = []
        var wdiffRSS = 0
        var beads = 0
        var notes = ""
    }

    static func run(sizes: [Int], seeds: String, runs: Int, wdiff useWdiff: Bool, cli useCLI: Bool, keep: String?) throws {
        let dir = keep ?? (NSTemporaryDirectory() + "drift-bench-\(getpid())")
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { if keep == nil { try? FileManager.default.removeItem(atPath: dir) } }
        let me = Measure.selfPath()
        let wdiffPath = useWdiff ? Measure.onPath("wdiff") : nil
        if useWdiff && wdiffPath == nil { print("note: wdiff not found on PATH (apt-get install -y wdiff); its columns are left empty") }
        let driftPath = (me as NSString).deletingLastPathComponent + "/drift"
        let haveCLI = useCLI && FileManager.default.isExecutableFile(atPath: driftPath)
        if useCLI && !haveCLI { print("note: no drift executable beside drift-bench (\(driftPath)); the CLI columns are left empty") }

        print("machine: \(Measure.machine()); load average \(Measure.load())")
        let synth = try ArticleGen.Scaled(seeds: seeds)
        print("generator: \(synth.real.count) seed sentences as shapes, vocabulary \(synth.lower.count) words + \(synth.capital.count) names")
        var rows: [Row] = []
        for n in sizes {
            let (o, c, edits) = synth.pair(n, seed: UInt64(n))
            let ot = ArticleGen.Scaled.layout(o, seed: 1), ct = ArticleGen.Scaled.layout(c, seed: 2)
            let op = "\(dir)/original-\(n).txt", cp = "\(dir)/copy-\(n).txt"
            try ot.write(toFile: op, atomically: false, encoding: .utf8)
            try ct.write(toFile: cp, atomically: false, encoding: .utf8)
            print("size \(n): original \(o.count) sentences / \(ot.utf8.count) bytes, copy \(c.count) sentences / \(ct.utf8.count) bytes; edits \(edits.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", "))")
            fflush(nil)
            var row = Row(n: n, bytes: (ot.utf8.count, ct.utf8.count), sentences: (o.count, c.count))
            for _ in 0..<runs {
                let ch = try Measure.run([me, "align-one", op, cp])
                guard ch.exitStatus == 0 else { throw BenchError("align-one \(n) failed with status \(ch.exitStatus)") }
                let kv = Dictionary(uniqueKeysWithValues: ch.output.split(separator: "\n").compactMap { line -> (String, String)? in
                    let p = line.split(separator: "=", maxSplits: 1)
                    return p.count == 2 ? (String(p[0]), String(p[1])) : nil
                })
                row.segment.append(Double(kv["segment"] ?? "") ?? .nan)
                row.align.append(Double(kv["align"] ?? "") ?? .nan)
                row.beads = Int(kv["beads"] ?? "") ?? 0
                row.notes = kv["notes"] ?? ""
                row.child.append(ch.seconds)
                row.childRSS = max(row.childRSS, ch.maxRSSKiB)
                if let w = wdiffPath {
                    let wd = try Measure.run([w, op, cp], captureOutput: false)
                    guard wd.exitStatus <= 1 else { throw BenchError("wdiff failed with status \(wd.exitStatus)") }
                    row.wdiff.append(wd.seconds); row.wdiffRSS = max(row.wdiffRSS, wd.maxRSSKiB)
                }
                if haveCLI {
                    let d = try Measure.run([driftPath, "compare", "--format", "json", op, cp], captureOutput: false)
                    guard d.exitStatus <= 1 else { throw BenchError("drift compare failed with status \(d.exitStatus)") }
                    row.cli.append(d.seconds); row.cliRSS = max(row.cliRSS, d.maxRSSKiB)
                }
            }
            print("  align \(f3(Measure.median(row.align))) s, process \(f3(Measure.median(row.child))) s, \(Measure.mib(row.childRSS)); "
                  + (row.wdiff.isEmpty ? "" : "wdiff \(f3(Measure.median(row.wdiff))) s; ")
                  + (row.cli.isEmpty ? "" : "drift compare \(f3(Measure.median(row.cli))) s, \(Measure.mib(row.cliRSS))")
                  + "; load average \(Measure.load())"
                  + (row.notes.isEmpty ? "" : "\n  notes: \(row.notes)"))
            fflush(nil)
            rows.append(row)
        }
        print("")
        print("Medians of \(runs) run(s). \"align-one\" = one process that reads, segments and aligns the pair (no findings, no output);")
        print("\"drift compare\" = the CLI end to end (findings, JSON report to /dev/null). Peak RSS from wait4 (ru_maxrss).")
        print("")
        print("| sentences per side | bytes (orig + copy) | segment s | align s | align-one process s | align-one peak RSS | drift compare s | drift compare peak RSS | wdiff s | wdiff peak RSS | align-one / wdiff | drift compare / wdiff |")
        print("|---|---|---|---|---|---|---|---|---|---|---|---|")
        for r in rows {
            let w = Measure.median(r.wdiff), ch = Measure.median(r.child), cl = Measure.median(r.cli)
            print("| \(r.n) | \(r.bytes.0 + r.bytes.1) | \(f3(Measure.median(r.segment))) | \(f3(Measure.median(r.align))) | \(f3(ch)) | \(Measure.mib(r.childRSS)) | "
                  + (r.cli.isEmpty ? "– | – | " : "\(f3(cl)) | \(Measure.mib(r.cliRSS)) | ")
                  + (r.wdiff.isEmpty ? "– | – | – | – |" : "\(f3(w)) | \(Measure.mib(r.wdiffRSS)) | \(f2(ch / w))× | " + (r.cli.isEmpty ? "– |" : "\(f2(cl / w))× |")))
        }
    }

    /// `drift-bench align-one ORIGINAL COPY`: the measured child. Prints key=value lines.
    static func one(_ original: String, _ copy: String, dump: String? = nil) throws {
        let t0 = Measure.now()
        let a = try Document.load(path: original)
        let b = try Document.load(path: copy)
        let t1 = Measure.now()
        let al = Comparison.align(a, b)
        let t2 = Measure.now()
        var counts: [String: Int] = [:]
        for bead in al.beads { counts[bead.relation.rawValue, default: 0] += 1 }
        print("segment=\(t1 - t0)")
        print("align=\(t2 - t1)")
        print("beads=\(al.beads.count)")
        print("relations=\(counts.sorted { $0.key < $1.key }.map { "\($0.key):\($0.value)" }.joined(separator: ","))")
        print("notes=\(al.notes.joined(separator: "; "))")
        print("peakRSSKiB=\(Measure.status("VmHWM") ?? 0)")
        if let dump {
            // Every bead with its similarity to the last bit and its diff: two dumps are equal
            // exactly when the alignments are.
            var out = ""
            for bead in al.beads {
                out += "\(bead.original):\(bead.copy):\(bead.relation.rawValue):\(bead.similarity.bitPattern):\(bead.duplicateOf ?? [])"
                for op in bead.diff { out += " \(op.op.rawValue)\(op.original.map { "\($0)" } ?? "-")\(op.copy.map { "\($0)" } ?? "-")\(op.wordCount)" }
                out += "\n"
            }
            out += "notes: \(al.notes)\n"
            try out.write(toFile: dump, atomically: false, encoding: .utf8)
        }
    }
}
