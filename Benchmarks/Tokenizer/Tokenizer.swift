// Benchmarks of ZhText's hot paths on the shipped corpus (`Corpus/` at the repository root, i.e. `../Corpus`
// from this package). Run with `swift package --disable-sandbox benchmark` from Benchmarks/;
// see Benchmarks/README.md for what each benchmark measures.

import Benchmark
import Foundation
import ZhText

// MARK: - Fixture

/// Everything a benchmark needs, loaded in `setup:` so that none of it is measured.
struct CorpusFixture: Sendable {
    /// All `Corpus/*.txt` files decoded (each with `TextDecoder()`, one is GB18030) and
    /// concatenated in file-name order.
    let text: String
    /// The raw bytes of the GB18030 corpus file.
    let gb18030Bytes: [UInt8]

    /// The UTF-8 size of `text`: the input bytes of one pass over `text`.
    let textByteCount: Int

    static let directory = URL(fileURLWithPath: #filePath)  // …/Benchmarks/Tokenizer/Tokenizer.swift
        .deletingLastPathComponent()  // …/Benchmarks/Tokenizer
        .deletingLastPathComponent()  // …/Benchmarks
        .deletingLastPathComponent()  // the repository root
        .appendingPathComponent("Corpus")

    static let gb18030FileName = "11_gb18030-county-report-2023.txt"

    static func load() throws -> CorpusFixture {
        let urls = try FileManager.default
            .contentsOfDirectory(at: directory, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "txt" }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
        guard urls.isEmpty == false else {
            throw FixtureError("no *.txt files in \(directory.path)")
        }
        var text = ""
        for url in urls {
            text += try TextDecoder().decode(contentsOf: url).text
        }
        let gb18030URL = directory.appendingPathComponent(gb18030FileName)
        let gb18030Bytes = [UInt8](try Data(contentsOf: gb18030URL))
        return CorpusFixture(text: text, gb18030Bytes: gb18030Bytes, textByteCount: text.utf8.count)
    }
}

struct FixtureError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

// MARK: - Input rate

/// Input kilobytes (10^3 bytes) processed per second of wall clock: 1000 kB/s = 1 MB/s.
///
/// Recorded with `benchmark.measurement(_:_:)` from a timer around the measured work, once per
/// iteration. Custom metrics take integers, and whole MB/s would be too coarse (the auto-detecting
/// decoder runs at about 2.5 MB/s), hence kB/s. It is already a rate, so it is not divided by the
/// scaling factor (`useScalingFactor: false`).
let inputKilobytesPerSecond = BenchmarkMetric.custom(
    "Input (kB/s)",
    polarity: .prefersLarger,
    useScalingFactor: false
)

/// Runs `body` `benchmark.scaledIterations.count` times, each pass over `bytesPerPass` input
/// bytes, then stops the measurement and records the rate as `inputKilobytesPerSecond`.
@inline(__always)
func measuringInputRate(_ benchmark: Benchmark, bytesPerPass: Int, _ body: () throws -> Void) rethrows {
    let clock = ContinuousClock()
    let start = clock.now
    for _ in benchmark.scaledIterations {
        try body()
    }
    let elapsed = clock.now - start
    benchmark.stopMeasurement()
    let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
    guard seconds > 0 else { return }
    let bytes = Double(bytesPerPass) * Double(benchmark.scaledIterations.count)
    benchmark.measurement(inputKilobytesPerSecond, Int((bytes / seconds / 1e3).rounded()))
}

// MARK: - Benchmarks

let benchmarks: @Sendable () -> Void = {
    // Each iteration below takes 0.2 ms (Decoder.gb18030) to 13 ms (Tokenizer.icu): none is cheap
    // enough to need an inner loop, so the scaling factor stays `.one` and one iteration is one
    // pass over the input.
    Benchmark.defaultConfiguration.maxDuration = .seconds(2)
    Benchmark.defaultConfiguration.maxIterations = 10_000
    // Show kB/s as a plain number rather than auto-scaled to "(K)".
    Benchmark.defaultConfiguration.units = [inputKilobytesPerSecond: .count]

    // Tolerances used by `baseline compare/check` (p50, p75) and by `thresholds check` (p90,
    // against the values recorded in Thresholds/). Times are noisy on a shared 2-core machine;
    // allocation counts are deterministic.
    //
    // Throughput and the input rate carry no p90 tolerance, which leaves them out of
    // `thresholds check` (wall clock carries the same information): for metrics where larger is
    // better, package-benchmark 1.38 records the raw 90th percentile (a fast iteration) with
    // `thresholds update` but checks the run's reversed p90 (a slow one), so they would always
    // look worse by the spread of the run.
    let timing = BenchmarkThresholds(relative: [.p50: 10.0, .p75: 10.0, .p90: 20.0])
    let rate = BenchmarkThresholds(relative: [.p50: 10.0, .p75: 10.0])
    let allocations = BenchmarkThresholds(relative: [.p50: 2.0, .p75: 2.0, .p90: 2.0])
    let thresholds: [BenchmarkMetric: BenchmarkThresholds] = [
        .wallClock: timing,
        .throughput: rate,
        .mallocCountTotal: allocations,
    ]
    let metrics: [BenchmarkMetric] = [.throughput, .wallClock, .mallocCountTotal]
    Benchmark.defaultConfiguration.metrics = metrics
    Benchmark.defaultConfiguration.thresholds = thresholds

    // Benchmarks that process input text also report their input rate.
    let textConfiguration = Benchmark.Configuration(
        metrics: metrics + [inputKilobytesPerSecond],
        thresholds: thresholds.merging([inputKilobytesPerSecond: rate]) { $1 }
    )

    // Segmenting the whole corpus with the default (ICU properties + lexicon) tokenizer.
    Benchmark("Tokenizer.standard", configuration: textConfiguration) { benchmark, state in
        let (tokenizer, fixture) = state
        measuringInputRate(benchmark, bytesPerPass: fixture.textByteCount) {
            tokenizer.enumerateTokens(in: fixture.text) { blackHole($0) }
        }
    } setup: {
        (Tokenizer(), try CorpusFixture.load())
    }

    // The same with ICU's word break iterator alone.
    Benchmark("Tokenizer.icu", configuration: textConfiguration) { benchmark, state in
        let (tokenizer, fixture) = state
        measuringInputRate(benchmark, bytesPerPass: fixture.textByteCount) {
            tokenizer.enumerateTokens(in: fixture.text) { blackHole($0) }
        }
    } setup: {
        (Tokenizer(mode: .icu), try CorpusFixture.load())
    }

    // Building a tokenizer over the default lexicon (compiles the domain-lexicon overlay).
    Benchmark("Tokenizer.load") { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(Tokenizer(lexicon: .default))
        }
    } setup: {
        blackHole(Tokenizer())  // builds the static base trie and `Lexicon.default` first
    }

    // Copying the default lexicon, adding one word and building a tokenizer over it.
    Benchmark("Lexicon.default-copy-and-add") { benchmark in
        for _ in benchmark.scaledIterations {
            var lexicon = Lexicon.default
            lexicon.addWord("测试词语")
            blackHole(Tokenizer(lexicon: lexicon))
        }
    } setup: {
        blackHole(Tokenizer())
    }

    // NFKC (compatibility forms) + whitespace folding of the whole corpus, with the chunk map.
    Benchmark("Normalizer.nfkc", configuration: textConfiguration) { benchmark, fixture in
        measuringInputRate(benchmark, bytesPerPass: fixture.textByteCount) {
            blackHole(Normalizer().normalize(fixture.text))
        }
    } setup: {
        try CorpusFixture.load()
    }

    // Decoding the GB18030 corpus file with the encoding given (rate in GB18030 input bytes).
    Benchmark("Decoder.gb18030", configuration: textConfiguration) { benchmark, fixture in
        do {
            try measuringInputRate(benchmark, bytesPerPass: fixture.gb18030Bytes.count) {
                blackHole(try TextDecoder(encoding: .gb18030).decode(fixture.gb18030Bytes, source: "bench"))
            }
        } catch {
            benchmark.error("decoding failed: \(error)")
        }
    } setup: {
        try CorpusFixture.load()
    }

    // The same bytes with detection (`.auto`: BOM, strict UTF-8, then ICU's charset detector).
    Benchmark("Decoder.auto", configuration: textConfiguration) { benchmark, fixture in
        do {
            try measuringInputRate(benchmark, bytesPerPass: fixture.gb18030Bytes.count) {
                blackHole(try TextDecoder().decode(fixture.gb18030Bytes, source: "bench"))
            }
        } catch {
            benchmark.error("decoding failed: \(error)")
        }
    } setup: {
        try CorpusFixture.load()
    }

    // Figures (quantities, percentages, dates) of the whole corpus: normalization, tokenization
    // and the grammars, everything `FigureExtractor.figures(in:)` does.
    Benchmark("Extract.figures", configuration: textConfiguration) { benchmark, state in
        let (extractor, fixture) = state
        measuringInputRate(benchmark, bytesPerPass: fixture.textByteCount) {
            blackHole(extractor.figures(in: fixture.text))
        }
    } setup: {
        (FigureExtractor(), try CorpusFixture.load())
    }

    // Named entities of the whole corpus (normalization, tokenization and the entity rules).
    Benchmark("Extract.entities", configuration: textConfiguration) { benchmark, state in
        let (recognizer, fixture) = state
        measuringInputRate(benchmark, bytesPerPass: fixture.textByteCount) {
            blackHole(recognizer.entities(in: fixture.text))
        }
    } setup: {
        (EntityRecognizer(), try CorpusFixture.load())
    }

    // A whole document analysis, as `zhtext extract` runs it: figures, entities, terms and facts.
    Benchmark("Extract.document", configuration: textConfiguration) { benchmark, state in
        let (analyzer, fixture) = state
        measuringInputRate(benchmark, bytesPerPass: fixture.textByteCount) {
            blackHole(analyzer.analyze(fixture.text))
        }
    } setup: {
        (DocumentAnalyzer(), try CorpusFixture.load())
    }

    // The same analysis without the entity pass: what entities cost is the ratio of the two.
    Benchmark("Extract.document-without-entities", configuration: textConfiguration) { benchmark, state in
        let (analyzer, fixture) = state
        measuringInputRate(benchmark, bytesPerPass: fixture.textByteCount) {
            blackHole(analyzer.analyze(fixture.text))
        }
    } setup: {
        (DocumentAnalyzer(entities: nil), try CorpusFixture.load())
    }
}
