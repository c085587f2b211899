import DriftKit
import Foundation

/// `drift-bench segment`: throughput of decode → extract → segment (with tokens) on one large
/// plain-text input built from the seed texts, and peak memory as a multiple of the input.
enum SegmentBench {
    /// About `bytes` bytes of text: the seed texts' paragraphs, shuffled (fixed seed) and repeated.
    static func input(bytes: Int, seeds dir: String) throws -> [UInt8] {
        let names = try FileManager.default.contentsOfDirectory(atPath: dir).filter { $0.hasSuffix(".txt") || $0.hasSuffix(".md") }.sorted()
        guard !names.isEmpty else { throw BenchError("no .txt or .md seed texts in \(dir)") }
        var paragraphs: [[UInt8]] = []
        for name in names {
            let text = try String(contentsOfFile: "\(dir)/\(name)", encoding: .utf8)
            paragraphs += text.components(separatedBy: "\n\n").map { Array($0.utf8) }.filter { !$0.isEmpty }
        }
        var rng = SplitMix64(seed: 1)
        var out: [UInt8] = []
        out.reserveCapacity(bytes + 65536)
        while out.count < bytes {
            paragraphs.shuffle(using: &rng)
            for p in paragraphs where out.count < bytes {
                out += p
                out += [10, 10]
            }
        }
        return out
    }

    static func run(megabytes: Double, seeds: String, runs: Int) throws {
        let size = Int(megabytes * 1_000_000)
        let rssStart = Measure.status("VmRSS") ?? 0
        let bytes = try input(bytes: size, seeds: seeds)
        let rssBefore = Measure.status("VmRSS") ?? 0
        print("machine: \(Measure.machine()); load average \(Measure.load())")
        print("input: \(bytes.count) bytes of plain text (seed paragraphs from \(seeds), shuffled and repeated)")
        print("process RSS before the input was built: \(Measure.mib(rssStart)); with the input: \(Measure.mib(rssBefore))")
        print("")
        print("| run | decode+extract s | segment+tokens s | total s | MB/s | sentences | tokens |")
        print("|---|---|---|---|---|---|---|")
        var totals: [Double] = []
        for r in 1...runs {
            let t0 = Measure.now()
            let src = try InputReader.load(bytes: bytes, path: "bench.txt")
            let t1 = Measure.now()
            let doc = Segmenter.segment(src)
            let t2 = Measure.now()
            let tokens = doc.sentences.reduce(0) { $0 + $1.tokens.count }
            totals.append(t2 - t0)
            print("| \(r) | \(f3(t1 - t0)) | \(f3(t2 - t1)) | \(f3(t2 - t0)) | \(f1(Double(bytes.count) / 1e6 / (t2 - t0))) | \(doc.sentences.count) | \(tokens) |")
        }
        let hwm = Measure.status("VmHWM") ?? 0
        print("")
        print("load average after: \(Measure.load())")
        let med = Measure.median(totals)
        print("")
        print("median: \(f1(Double(bytes.count) / 1e6 / med)) MB/s (MB = 10^6 bytes), single thread")
        print("peak RSS (VmHWM): \(Measure.mib(hwm)) = \(f1(Double(hwm) * 1024 / Double(bytes.count)))× the input; "
              + "above the RSS with the input loaded: \(Measure.mib(hwm - rssBefore)) = \(f1(Double(hwm - rssBefore) * 1024 / Double(bytes.count)))× the input")
    }
}

func f1(_ x: Double) -> String { String(format: "%.1f", x) }
func f2(_ x: Double) -> String { String(format: "%.2f", x) }
func f3(_ x: Double) -> String { String(format: "%.3f", x) }
