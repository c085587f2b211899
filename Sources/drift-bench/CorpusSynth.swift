import DriftKit
import DriftTestSupport
import Foundation

/// `drift-bench corpus-synth SEEDS… --out DIR [--count N] [--seed S]`: writes a generated
/// corpus (`SyntheticCorpus`: originals of seed sentences and an edited copy of each) for
/// scripts/bench_corpus.sh and by hand; `manifest.tsv` names each copy's original. Was the
/// hidden `drift corpus synth`; the files are the same for the same seed.
enum CorpusSynth {
    static func run(seeds: [String], out: String, count: Int, seed: UInt64) throws {
        let texts = try seeds.map { p -> String in
            let d = try Document.load(path: p)
            return String(decoding: d.source.text, as: UTF8.self)
        }
        var gen = try SyntheticCorpus(texts: texts, seed: seed)
        let items = gen.generate(count: count)
        let fm = FileManager.default
        for sub in ["originals", "copies"] { try fm.createDirectory(atPath: out + "/" + sub, withIntermediateDirectories: true) }
        var manifest = ""
        for it in items {
            try it.text.write(toFile: out + "/" + it.name, atomically: true, encoding: .utf8)
            if let s = it.source { manifest += "\(it.name)\t\(s)\n" }
        }
        try manifest.write(toFile: out + "/manifest.tsv", atomically: true, encoding: .utf8)
        print("\(items.count) documents (\(gen.pool.count) seed sentences) in \(out)")
    }
}
