import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// drift-bench: throughput and memory of drift's phases on large inputs. See docs/benchmarks.md.
let usage = """
usage: drift-bench segment [--mb N] [--seeds DIR] [--runs R] [--unique-words] [--workers W]
       drift-bench align [--sentences N,N,...] [--seeds DIR] [--runs R] [--no-wdiff] [--no-cli] [--keep DIR]
       drift-bench align-one ORIGINAL COPY [--dump FILE]
       drift-bench segment-one FILE [--dump OUT]
       drift-bench phases [--sentences N,N,...] [--seeds DIR] [--runs R] [--keep DIR]
       drift-bench corpus-synth SEED... --out DIR [--count N] [--seed S]

  segment    decode, extract and segment (with tokens) about N MB (10^6 bytes; default 50) of text
             built by shuffling and repeating the paragraphs of the seed texts in DIR (default samples);
             prints MB/s and peak RSS (VmHWM) as a multiple of the input size. --unique-words: text of
             random words, none repeated (the worst case for the tokenizer's key table). --workers W:
             processors a text over 1 MiB is segmented on (default: the machine's; 1 for one thread).
  align      for each size (default 1000,10000,100000 sentences per side), generates an original and a
             copy with ~5% edits, then times in fresh processes: drift-bench align-one (segment + align),
             the drift CLI beside this executable (drift compare --format json), and GNU wdiff.
  align-one  the measured child of `align`: loads, segments and aligns two files, prints key=value lines;
             --dump FILE writes every bead (similarity bit for bit, diff spans) to compare two builds.

  segment-one  reads and segments one file, prints its time; --dump OUT writes every sentence and token
             (offsets, kind, key) to compare two builds.

  phases     for each size (default 1000,10000,100000), the time and allocations (calls to malloc & co.,
             bytes requested) of every phase of drift compare: read + decode, segment, align, word diff,
             the findings' indexes, each detector, collation, the JSON, text and HTML renderers; and the
             growth exponent between sizes. Each size runs in a fresh process (`phases-one ORIGINAL COPY`).

  corpus-synth  writes a generated corpus into DIR: N documents (default 2000), half originals of
             8-14 sentences of the SEED texts, half an edited copy of each, and manifest.tsv naming each
             copy's original (scripts/bench_corpus.sh; the same files for the same --seed, default 1).

  --runs R   repeat each measurement R times and report medians (default 3 for segment, 1 for align)
  --keep DIR keep the generated texts in DIR (default: a temporary folder, removed afterwards)
"""

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("drift-bench: error: \(message)\n\(message.hasPrefix("unknown") || message.hasPrefix("missing") ? "\n" + usage + "\n" : "")".utf8))
    exit(2)
}

/// Options after the subcommand: `--name value` pairs and flags; positional arguments kept in order.
struct Args {
    var values: [String: String] = [:]
    var flags: Set<String> = []
    var positional: [String] = []

    init(_ argv: ArraySlice<String>, valued: Set<String>, flags known: Set<String>) {
        var it = argv.makeIterator()
        while let a = it.next() {
            if a.hasPrefix("--") {
                var name = String(a.dropFirst(2)), value: String? = nil
                if let eq = name.firstIndex(of: "=") { value = String(name[name.index(after: eq)...]); name = String(name[..<eq]) }
                if valued.contains(name) {
                    guard let v = value ?? it.next() else { fail("missing value for --\(name)") }
                    values[name] = v
                } else if known.contains(name) && value == nil {
                    flags.insert(name)
                } else {
                    fail("unknown option --\(name)")
                }
            } else {
                positional.append(a)
            }
        }
    }

    func int(_ name: String, default d: Int) -> Int {
        guard let v = values[name] else { return d }
        guard let i = Int(v), i > 0 else { fail("--\(name) must be a positive whole number, not '\(v)'") }
        return i
    }
}


let argv = CommandLine.arguments
guard argv.count >= 2 else { print(usage); exit(2) }
do {
    switch argv[1] {
    case "segment":
        let a = Args(argv.dropFirst(2), valued: ["mb", "seeds", "runs", "workers"], flags: ["unique-words"])
        guard a.positional.isEmpty else { fail("unknown argument '\(a.positional[0])'") }
        let mbText = a.values["mb"] ?? "50"
        guard let mb = Double(mbText), mb > 0 else { fail("--mb must be a positive number, not '\(mbText)'") }
        try SegmentBench.run(megabytes: mb, seeds: a.values["seeds"] ?? "samples", runs: a.int("runs", default: 3),
                             uniqueWords: a.flags.contains("unique-words"), workers: a.int("workers", default: SegmentBench.defaultWorkers))
    case "align":
        let a = Args(argv.dropFirst(2), valued: ["sentences", "seeds", "runs", "keep"], flags: ["no-wdiff", "no-cli"])
        guard a.positional.isEmpty else { fail("unknown argument '\(a.positional[0])'") }
        let list = a.values["sentences"] ?? "1000,10000,100000"
        let sizes = list.split(separator: ",").map { Int($0.trimmingCharacters(in: .whitespaces)) }
        guard !sizes.isEmpty, sizes.allSatisfy({ ($0 ?? 0) >= 10 }) else { fail("--sentences takes sizes of 10 or more, separated by commas, not '\(list)'") }
        try AlignBench.run(sizes: sizes.map { $0! }, seeds: a.values["seeds"] ?? "samples", runs: a.int("runs", default: 1),
                           wdiff: !a.flags.contains("no-wdiff"), cli: !a.flags.contains("no-cli"), keep: a.values["keep"])
    case "align-one":
        let a = Args(argv.dropFirst(2), valued: ["dump"], flags: [])
        guard a.positional.count == 2 else { fail("align-one takes two files: ORIGINAL COPY") }
        try AlignBench.one(a.positional[0], a.positional[1], dump: a.values["dump"])
    case "segment-one":
        let a = Args(argv.dropFirst(2), valued: ["dump"], flags: [])
        guard a.positional.count == 1 else { fail("segment-one takes one file") }
        try SegmentBench.one(a.positional[0], dump: a.values["dump"])
    case "phases":
        let a = Args(argv.dropFirst(2), valued: ["sentences", "seeds", "runs", "keep"], flags: [])
        guard a.positional.isEmpty else { fail("unknown argument '\(a.positional[0])'") }
        let list = a.values["sentences"] ?? "1000,10000,100000"
        let sizes = list.split(separator: ",").map { Int($0.trimmingCharacters(in: .whitespaces)) }
        guard sizes.count >= 1, sizes.allSatisfy({ ($0 ?? 0) >= 10 }) else { fail("--sentences takes sizes of 10 or more, separated by commas, not '\(list)'") }
        try PhaseBench.run(sizes: sizes.map { $0! }, seeds: a.values["seeds"] ?? "samples", runs: a.int("runs", default: 1), keep: a.values["keep"])
    case "phases-one":
        let a = Args(argv.dropFirst(2), valued: [], flags: [])
        guard a.positional.count == 2 else { fail("phases-one takes two files: ORIGINAL COPY") }
        try PhaseBench.one(a.positional[0], a.positional[1])
    case "corpus-synth":
        let a = Args(argv.dropFirst(2), valued: ["out", "count", "seed"], flags: [])
        guard let out = a.values["out"] else { fail("missing --out DIR") }
        guard !a.positional.isEmpty else { fail("corpus-synth takes seed texts (e.g. samples/*.original.txt)") }
        let seedText = a.values["seed"] ?? "1"
        guard let seed = UInt64(seedText) else { fail("--seed must be a whole number, not '\(seedText)'") }
        try CorpusSynth.run(seeds: a.positional, out: out, count: a.int("count", default: 2000), seed: seed)
    case "-h", "--help", "help":
        print(usage)
    default:
        fail("unknown subcommand '\(argv[1])'")
    }
} catch {
    fail("\(error)")
}
