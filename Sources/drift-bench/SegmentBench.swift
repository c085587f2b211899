import DriftKit
import DriftTestSupport
import Foundation

/// `drift-bench segment`: throughput of decode → extract → segment (with tokens) on one large
/// plain-text input built from the seed texts, and peak memory as a multiple of the input.
enum SegmentBench {
    /// The processors `Segmenter` shares a long text among unless told (the machine's).
    static let defaultWorkers = Segmenter.Split().workers

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

    /// About `bytes` bytes of text in which no word repeats: the worst case for the tokenizer's
    /// key table (every word's key is made afresh). A word is 0–4 random lower-case letters and
    /// then a running count written as six letters (so no two are equal), 6–10 letters in all;
    /// 5–30 words a sentence, the first capitalised; 3–6 sentences a paragraph.
    static func uniqueWordInput(bytes: Int) -> [UInt8] {
        var rng = SplitMix64(seed: 2)
        var out: [UInt8] = []
        out.reserveCapacity(bytes + 4096)
        var count = 0
        while out.count < bytes {
            for _ in 0..<Int.random(in: 3...6, using: &rng) {
                let words = Int.random(in: 5...30, using: &rng)
                for w in 0..<words {
                    var word = (0..<Int.random(in: 0...4, using: &rng)).map { _ in UInt8.random(in: 97...122, using: &rng) }
                    var c = count
                    for _ in 0..<6 { word.append(UInt8(97 + c % 26)); c /= 26 }
                    count += 1
                    if w == 0 { word[0] -= 32 }
                    out += word
                    out.append(w == words - 1 ? 0x2E : 0x20)
                }
                out.append(0x20)
            }
            out += [10, 10]
        }
        return out
    }

    static func run(megabytes: Double, seeds: String, runs: Int, uniqueWords: Bool = false, workers: Int) throws {
        let size = Int(megabytes * 1_000_000)
        let rssStart = Measure.status("VmRSS") ?? 0
        let bytes = uniqueWords ? uniqueWordInput(bytes: size) : try input(bytes: size, seeds: seeds)
        let rssBefore = Measure.status("VmRSS") ?? 0
        print("machine: \(Measure.machine()); load average \(Measure.load())")
        print(uniqueWords ? "input: \(bytes.count) bytes of plain text in which no word repeats (random letters)"
                          : "input: \(bytes.count) bytes of plain text (seed paragraphs from \(seeds), shuffled and repeated)")
        print("process RSS before the input was built: \(Measure.mib(rssStart)); with the input: \(Measure.mib(rssBefore))")
        print("")
        print("| run | decode+extract s | segment+tokens s | total s | MB/s | sentences | tokens |")
        print("|---|---|---|---|---|---|---|")
        var totals: [Double] = []
        for r in 1...runs {
            let t0 = Measure.now()
            let src = try InputReader.load(bytes: bytes, path: "bench.txt")
            let t1 = Measure.now()
            let doc = try Segmenter.segment(src, options: .init(), split: .init(workers: workers))
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
        print("median: \(f1(Double(bytes.count) / 1e6 / med)) MB/s (MB = 10^6 bytes), \(workers == 1 ? "one thread" : "\(workers) workers")")
        print("peak RSS (VmHWM): \(Measure.mib(hwm)) = \(f1(Double(hwm) * 1024 / Double(bytes.count)))× the input; "
              + "above the RSS with the input loaded: \(Measure.mib(hwm - rssBefore)) = \(f1(Double(hwm - rssBefore) * 1024 / Double(bytes.count)))× the input")
    }
}

extension SegmentBench {
    /// One file: read + segment time, and optionally every sentence and token written to `dump`.
    static func one(_ path: String, dump: String?) throws {
        let t0 = Measure.now()
        let src = try InputReader.read(path: path, options: InputOptions())
        let t1 = Measure.now()
        let doc = try Segmenter.segment(src)
        let t2 = Measure.now()
        print("read_s=\(f3(t1 - t0)) segment_s=\(f3(t2 - t1)) sentences=\(doc.sentences.count) sha256=\(src.sha256)")
        guard let dump else { return }
        var out = ""
        for s in doc.sentences {
            out += "S \(s.id) \(s.start) \(s.end) \(s.isLine)\n"
            for t in s.tokens { out += "\(t.start) \(t.end) \(t.kind.rawValue) \(t.key)\n" }
        }
        try out.write(toFile: dump, atomically: true, encoding: .utf8)
    }
}

func f1(_ x: Double) -> String { String(format: "%.1f", x) }
func f2(_ x: Double) -> String { String(format: "%.2f", x) }
func f3(_ x: Double) -> String { String(format: "%.3f", x) }
