// zhtext-train-entities: trains the entity model from the public NER data sets of
// ../shared/ner-train and writes Sources/ZhTextData/model/entities.bin; also tags JSON lines with
// a model or the rules alone, for Scripts/eval-ner.py.
//
//   zhtext-train-entities train [--data DIR] [--output FILE] [--epochs N] [--seed N] [--min-count N]
//                               [--sets msra,pd,weibo,cluener] [--holdout N] [--table-bits N] [--width 1|2]
//                               [--clip Q] [--sizes BITS:WIDTH,…] [--holdout-slice N] [--name-folds N]
//                               [--name-ratios yes|no] [--clusters FINE:COARSE] [--cluster-contexts N]
//                               [--cluster-window N] [--cluster-min N] [--ensemble N] [--stack N]
//                               [--news-weight N] [--msra-weight N] [--pd-domain N]
//   zhtext-train-entities tag [--mode rules|model|hybrid|raw] [--model FILE] < records.jsonl
//   zhtext-train-entities time [--runs N] [--set written|dev] [--modes rules,model,hybrid] [--model FILE]
//       (Corpus/*.txt, with --set dev the real development documents too: analysis without entities and
//       with each mode, median of N; the model's load)
//
// Never give it ../shared/eval/ner: it is for evaluation only. The characters' classes (--clusters) read
// the text, never the gold, of the real documents that are neither test nor fresh (Corpus/real/gold/split.tsv).
import Foundation
import ZhText

struct Failure: Error, CustomStringConvertible {
    let description: String
}

typealias Name = (range: Range<Int>, kind: Entity.Kind)
typealias LabeledText = EntityModelTrainer.LabeledText

/// Names from per-character BIO labels (B-PER, I-LOC, …; other types and NOM mentions are O).
func names(_ labels: [String], types: [String: Entity.Kind]) -> [Name] {
    var out: [Name] = []
    var start = -1
    var kind: Entity.Kind?
    func close(_ end: Int) {
        if start >= 0, let kind { out.append((start..<end, kind)) }
        start = -1
        kind = nil
    }
    for (index, label) in labels.enumerated() {
        let prefix = label.prefix(2)
        let type = types[String(label.dropFirst(2))]
        if prefix == "B-" || prefix == "S-" || (prefix == "I-" && (type == nil || type != kind)) {
            close(index)
            if let type {
                start = index
                kind = type
            }
        } else if prefix == "I-" || prefix == "M-" || prefix == "E-" {
            // continues
        } else {
            close(index)
        }
    }
    close(labels.count)
    return out
}

let bioTypes: [String: Entity.Kind] = [
    "PER": .person, "LOC": .location, "ORG": .organization, "GPE": .location,
    "PER.NAM": .person, "LOC.NAM": .location, "ORG.NAM": .organization, "GPE.NAM": .location,
]

/// Sentences of a file with one character and its label a line, a blank line between sentences.
func readColumns(_ path: String, characterOnly: Bool) throws -> [LabeledText] {
    let content = try String(contentsOfFile: path, encoding: .utf8)
    var out: [LabeledText] = []
    var characters: [String] = []
    var labels: [String] = []
    func flush() {
        if !characters.isEmpty {
            out.append(LabeledText(text: characters.joined(), names: names(labels, types: bioTypes)))
        }
        characters.removeAll()
        labels.removeAll()
    }
    for line in content.split(separator: "\n", omittingEmptySubsequences: false) {
        let fields = line.split(whereSeparator: { $0 == " " || $0 == "\t" })
        guard fields.count >= 2 else {
            flush()
            continue
        }
        // Weibo writes a segmentation digit after the character (科0).
        let character = characterOnly ? String(fields[0].unicodeScalars.first!) : String(fields[0])
        guard character.unicodeScalars.count == 1 else { continue }
        characters.append(character)
        labels.append(String(fields[fields.count - 1]))
    }
    flush()
    return out
}

/// MSRA's held-out sentences: characters separated by spaces, labels likewise in a second file.
func readMSRA(_ sentences: String, _ tags: String) throws -> [LabeledText] {
    let lines = try String(contentsOfFile: sentences, encoding: .utf8).split(separator: "\n")
    let labelLines = try String(contentsOfFile: tags, encoding: .utf8).split(separator: "\n")
    guard lines.count == labelLines.count else { throw Failure(description: "\(sentences): line counts differ") }
    return zip(lines, labelLines).compactMap { line, labelLine in
        let characters = line.split(separator: " ").map(String.init)
        let labels = labelLine.split(separator: " ").map(String.init)
        guard characters.count == labels.count, characters.allSatisfy({ $0.unicodeScalars.count == 1 }) else {
            return nil
        }
        return LabeledText(text: characters.joined(), names: names(labels, types: bioTypes))
    }
}

/// CLUENER: a stream of pretty-printed JSON objects; name → PER; company, organization,
/// government → ORG; address, scene → LOC; position, book, movie, game are no names here.
func readCLUENER(_ path: String, keepAddresses: Bool) throws -> [LabeledText] {
    var types: [String: Entity.Kind] = [
        "name": .person, "company": .organization, "organization": .organization, "government": .organization,
        "scene": .location,
    ]
    if keepAddresses { types["address"] = .location }
    let content = try String(contentsOfFile: path, encoding: .utf8)
    var out: [LabeledText] = []
    var chunk = ""
    for line in content.split(separator: "\n", omittingEmptySubsequences: false) {
        chunk += line + "\n"
        guard line == "}" else { continue }
        defer { chunk = "" }
        guard let object = try JSONSerialization.jsonObject(with: Data(chunk.utf8)) as? [String: Any],
            let text = object["text"] as? String
        else { continue }
        var found: [Name] = []
        let length = text.unicodeScalars.count
        for (type, entities) in (object["label"] as? [String: [String: [[Int]]]]) ?? [:] {
            guard let kind = types[type] else { continue }
            for (_, spans) in entities {
                for span in spans where span.count == 2 && span[0] <= span[1] && span[1] < length {
                    found.append((span[0]..<(span[1] + 1), kind))
                }
            }
        }
        // Offsets count characters; the texts of CLUENER are BMP-only. The JSON's dictionaries come
        // in no fixed order: sorting in full keeps overlapping spans, and so training, the same.
        found.sort {
            ($0.range.lowerBound, $0.range.upperBound, $0.kind.rawValue)
                < ($1.range.lowerBound, $1.range.upperBound, $1.kind.rawValue)
        }
        out.append(LabeledText(text: text, names: found))
    }
    return out
}

/// Consecutive sentences grouped `size` at a time, each group read as one document.
func documents(_ sentences: [LabeledText], size: Int) -> [[LabeledText]] {
    stride(from: 0, to: sentences.count, by: size).map { Array(sentences[$0..<min($0 + size, sentences.count)]) }
}

/// Exact span-and-type precision, recall and F1 of `recognizer` on `texts`.
func score(_ recognizer: EntityRecognizer, _ texts: [LabeledText], show: Int = 0) -> String {
    var shown = 0
    var hit = 0
    var found = 0
    var gold = 0
    for text in texts {
        let want = Set(text.names.map { "\($0.range.lowerBound) \($0.range.upperBound) \($0.kind.rawValue)" })
        let got = Set(
            recognizer.entities(in: text.text).map {
                "\($0.scalarOffsets.lowerBound) \($0.scalarOffsets.upperBound) \($0.type.rawValue)"
            })
        if shown < show, want != got {
            shown += 1
            let scalars = Array(text.text.unicodeScalars)
            func spell(_ item: String) -> String {
                let parts = item.split(separator: " ")
                return String(String.UnicodeScalarView(scalars[Int(parts[0])!..<Int(parts[1])!])) + "/" + parts[2]
            }
            log(
                "  miss " + want.subtracting(got).sorted().map(spell).joined(separator: " ")
                    + " | false " + got.subtracting(want).sorted().map(spell).joined(separator: " "))
        }
        hit += want.intersection(got).count
        found += got.count
        gold += want.count
    }
    let p = found > 0 ? Double(hit) / Double(found) : 0
    let r = gold > 0 ? Double(hit) / Double(gold) : 0
    let f = p + r > 0 ? 2 * p * r / (p + r) : 0
    return String(format: "P %.3f R %.3f F1 %.3f (gold %d, found %d, correct %d)", p, r, f, gold, found, hit)
}

func options(_ arguments: ArraySlice<String>) throws -> [String: String] {
    var out: [String: String] = [:]
    var iterator = arguments.makeIterator()
    while let name = iterator.next() {
        guard name.hasPrefix("--"), let value = iterator.next() else {
            throw Failure(description: "bad option \(name)")
        }
        out[String(name.dropFirst(2))] = value
    }
    return out
}

func log(_ line: String) {
    FileHandle.standardError.write(Data((line + "\n").utf8))
}

/// The training's settings, from the command's options.
struct Settings {
    let data: String
    let output: String
    let epochs: Int
    let seed: UInt64
    let minimumCount: Int
    /// The table's size as a power of two; nil: as small as holds every feature.
    let tableBits: Int?
    /// The bytes of a score (1: `Int8`, 2: `Int16`) and the quantile scaled to 127 with `Int8`.
    let width: Int
    let clip: Double
    /// Further tables (bits and width), each written to `output` + `.bits.width` (and scored on the
    /// held-out sentences).
    let otherSizes: [(bits: Int, width: Int)]
    let sets: Set<String>
    let holdout: Int
    /// Which slice of `holdout` sentences is held out: 0 the last, 1 the one before, and so on.
    let holdoutSlice: Int
    let adapt: Bool
    let newsWeight: Int
    /// How often MSRA's sentences are read a pass (`--msra-weight N`; `--news-weight` by default).
    let msraWeight: Int
    let keepAddresses: Bool
    let show: Int
    /// Templates left out (numbers of ``EntityFeatures``' slots), for choosing them on held-out sentences.
    let drop: Set<Int>
    /// The folds the names seen in training are jack-knifed over (0: no names feature).
    let nameFolds: Int
    /// Whether the names' table rates how often each name is one where it occurs.
    let nameRatios: Bool
    /// The characters' classes: fine and coarse (`--clusters FINE:COARSE`, 1000:63 by default; 0: none), and the
    /// neighbours they read (`--cluster-contexts N`).
    let fineClusters: Int
    let coarseClusters: Int
    let clusterContexts: Int
    /// The neighbours on each side the classes read (`--cluster-window N`), and how often a character
    /// is seen to be given a class (`--cluster-min N`).
    let clusterWindow: Int
    let clusterMinimum: Int
    /// Models learned with seeds `seed`, `seed` + 1, … and averaged (`--ensemble N`, 3 by default).
    let ensemble: Int
    /// A stacked model's folds (`--stack N`: a second pass over the first's labels, jack-knifed over N
    /// folds of documents; 0: one pass).
    let stack: Int
    /// The domain of People's Daily's sentences (`--pd-domain N`: 0, the news the model keeps, with
    /// MSRA's, by default; another number gives it a copy of its own that the model does not keep).
    let pdDomain: UInt8

    init(_ options: [String: String]) throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        data = options["data"] ?? root.deletingLastPathComponent().appendingPathComponent("shared/ner-train").path
        output = options["output"] ?? root.appendingPathComponent("Sources/ZhTextData/model/entities.bin").path
        epochs = Int(options["epochs"] ?? "10") ?? 10
        seed = UInt64(options["seed"] ?? "15") ?? 15
        minimumCount = Int(options["min-count"] ?? "2") ?? 2
        tableBits = options["table-bits"].flatMap { Int($0) }
        width = Int(options["width"] ?? "1") ?? 1
        clip = Double(options["clip"] ?? "0.9999") ?? 0.9999
        otherSizes = (options["sizes"] ?? "").split(separator: ",").compactMap { item in
            let parts = item.split(separator: ":").compactMap { Int($0) }
            return parts.isEmpty ? nil : (parts[0], parts.count > 1 ? parts[1] : 1)
        }
        sets = Set((options["sets"] ?? "msra,pd,weibo,cluener").split(separator: ",").map(String.init))
        holdout = Int(options["holdout"] ?? "0") ?? 0
        holdoutSlice = Int(options["holdout-slice"] ?? "0") ?? 0
        adapt = options["adapt"] != "no"
        newsWeight = Int(options["news-weight"] ?? "2") ?? 2
        msraWeight = Int(options["msra-weight"] ?? "") ?? newsWeight
        keepAddresses = options["addresses"] == "keep"
        show = Int(options["show"] ?? "0") ?? 0
        nameFolds = Int(options["name-folds"] ?? "0") ?? 0
        nameRatios = options["name-ratios"] != "no"
        let clusters = (options["clusters"] ?? "1000:63").split(separator: ":").compactMap { Int($0) }
        fineClusters = min(clusters.first ?? 0, 1023)
        coarseClusters = min(clusters.count > 1 ? clusters[1] : 64, 63)
        clusterContexts = Int(options["cluster-contexts"] ?? "1000") ?? 1000
        ensemble = Int(options["ensemble"] ?? "3") ?? 3
        stack = Int(options["stack"] ?? "0") ?? 0
        pdDomain = UInt8(options["pd-domain"] ?? "0") ?? 0
        clusterWindow = max(Int(options["cluster-window"] ?? "1") ?? 1, 1)
        clusterMinimum = max(Int(options["cluster-min"] ?? "5") ?? 5, 1)
        drop = Set((options["drop"] ?? "").split(separator: ",").compactMap { Int($0) })
        guard !data.contains("eval/ner") else { throw Failure(description: "evaluation data is not for training") }
    }
}

func train(_ options: [String: String]) throws {
    let settings = try Settings(options)
    let clock = ContinuousClock()
    let started = clock.now
    let (groups, held) = try newsGroups(settings)
    let trainer = EntityModelTrainer()
    var examples = EntityModelTrainer.Examples()
    for group in groups { trainer.add(group.texts, domain: group.domain, to: &examples) }
    let clusters = try clusterTable(settings, groups, trainer)
    func prepare() {
        examples.applyNames(folds: settings.nameFolds, ratios: settings.nameRatios)
        examples.applyClusters(clusters)
        examples.drop(templates: settings.drop)
    }
    prepare()
    log("\(examples.sentenceCount) sentences, \(examples.characterCount) characters read in \(clock.now - started)")
    var weights = trainer.learn(
        examples, epochs: settings.epochs, seed: settings.seed, minimumCount: settings.minimumCount, log: log)
    if settings.sets.contains("cluener") {
        let first = weights.model(
            tableBits: settings.tableBits, width: settings.width, clip: settings.clip, names: examples.names,
            clusters: examples.clusters, log: log)
        for group in try cluenerGroups(settings, firstModel: first) {
            trainer.add(group, domain: settings.adapt ? 2 : 0, to: &examples)
        }
        prepare()
        weights = LearnedWeights.average(
            (0..<max(settings.ensemble, 1)).map { run in
                trainer.learn(
                    examples, epochs: settings.epochs, seed: settings.seed &+ UInt64(run),
                    minimumCount: settings.minimumCount, log: log)
            })
    }
    var model = weights.model(
        tableBits: settings.tableBits, width: settings.width, clip: settings.clip, names: examples.names,
        clusters: examples.clusters, log: log)
    var variants = [("model", model)]
    if settings.stack >= 2 {
        let first = model
        model = stackedModel(settings, trainer, examples, first: first)
        variants = [("model", model), ("first pass", first)]
    }
    try Data(model).write(to: URL(fileURLWithPath: settings.output))
    log("wrote \(settings.output) (\(model.count) bytes) after \(clock.now - started)")
    for (bits, width) in settings.otherSizes {
        let other = weights.model(
            tableBits: bits, width: width, clip: settings.clip, names: examples.names, clusters: examples.clusters,
            log: log)
        try Data(other).write(to: URL(fileURLWithPath: settings.output + ".\(bits).\(width)"))
        variants.append(("model \(bits):\(width)", other))
    }
    guard !held.isEmpty else { return }
    for (name, texts) in held.sorted(by: { $0.key < $1.key }) {
        for (variant, bytes) in variants {
            guard let recognizer = EntityRecognizer(modelData: bytes, mode: .raw) else { continue }
            log(
                "held-out \(name) \(variant): \(score(recognizer, texts, show: variant == "model" ? settings.show : 0))"
            )
        }
        log("held-out \(name) rules: \(score(EntityRecognizer(mode: .rules), texts))")
    }
}

/// A stacked model (``EntityStacking``) whose first pass is `first`: the second pass learned from
/// the first pass's jack-knifed labels (`--stack` folds), its weights averaged over the ensemble's seeds.
func stackedModel(
    _ settings: Settings, _ trainer: EntityModelTrainer, _ examples: EntityModelTrainer.Examples, first: [UInt8]
) -> [UInt8] {
    let second = trainer.stacked(
        examples, folds: settings.stack, epochs: settings.epochs, seed: settings.seed,
        minimumCount: settings.minimumCount, clip: settings.clip, log: log)
    let weights = LearnedWeights.average(
        (0..<max(settings.ensemble, 1)).map { run in
            trainer.learn(
                second, epochs: settings.epochs, seed: settings.seed &+ UInt64(run),
                minimumCount: settings.minimumCount, log: log)
        })
    return weights.stackedModel(
        first: first, tableBits: settings.tableBits, width: settings.width, clip: settings.clip, log: log)
}

/// The characters' classes (``ClusterLearner``), or nil with `--clusters 0`.
///
/// Learned from the texts of the training sentences (not those held out) and the real documents
/// that are neither test nor fresh (`split.tsv`); never from the evaluation sets.
func clusterTable(
    _ settings: Settings, _ groups: [(domain: UInt8, texts: [LabeledText])], _ trainer: EntityModelTrainer
) throws -> [UInt8]? {
    guard settings.fineClusters > 0 else { return nil }
    var texts: [[UInt32]] = []
    var seen = Set<String>()
    var sentences = groups.flatMap { $0.texts.map(\.text) }
    if settings.sets.contains("cluener") {
        sentences += try
            (readCLUENER("\(settings.data)/cluener_train.json", keepAddresses: false)
            + readCLUENER("\(settings.data)/cluener_dev.json", keepAddresses: false)).map(\.text)
    }
    // News read twice a pass is counted once.
    for text in sentences where seen.insert(text).inserted { texts.append(trainer.foldedCharacters(text)) }
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    let real = root.appendingPathComponent("Corpus/real")
    let split = try String(contentsOf: real.appendingPathComponent("gold/split.tsv"), encoding: .utf8)
    // Held out: the test and fresh documents (and those listed by number, whatever split.tsv says).
    var held: Set<String> = ["05_", "31_", "45_", "17_", "44_"]
    for line in split.split(separator: "\n") {
        let fields = line.split(separator: "\t").map(String.init)
        if fields.count >= 2, fields[1] != "dev", fields[1] != "split" { held.insert(String(fields[0].prefix(3))) }
    }
    var documents = 0
    for name in try FileManager.default.contentsOfDirectory(atPath: real.path).sorted()
    where name.hasSuffix(".txt") && !held.contains(String(name.prefix(3))) {
        let text = try TextDecoder().decode(contentsOf: real.appendingPathComponent(name)).text
        texts += text.split(separator: "\n").map { trainer.foldedCharacters(String($0)) }
        documents += 1
    }
    log("clusters from \(seen.count) training sentences and \(documents) real documents")
    var learner = ClusterLearner(seed: settings.seed)
    learner.contextCount = settings.clusterContexts
    learner.window = settings.clusterWindow
    learner.minimumCount = settings.clusterMinimum
    return learner.learn(texts, fine: settings.fineClusters, coarse: settings.coarseClusters, log: log)
}

/// The news data sets (MSRA, People's Daily: domain 0) and Weibo (domain 1) as documents, and the
/// sentences held out of MSRA and People's Daily.
func newsGroups(_ settings: Settings) throws -> ([(domain: UInt8, texts: [LabeledText])], [String: [LabeledText]]) {
    var groups: [(domain: UInt8, texts: [LabeledText])] = []
    var held: [String: [LabeledText]] = [:]
    func add(_ name: String, _ sentences: [LabeledText], size: Int, domain: UInt8) {
        guard settings.sets.contains(name) else { return }
        var sentences = sentences
        if settings.holdout > 0, name == "msra" || name == "pd" {
            // The last `holdout` sentences, or those `holdout-slice` slices before them.
            let end = max(sentences.count - settings.holdout * settings.holdoutSlice, settings.holdout)
            held[name] = Array(sentences[(end - settings.holdout)..<end])
            sentences.removeSubrange((end - settings.holdout)..<end)
        }
        log("\(name): \(sentences.count) sentences, \(sentences.reduce(0) { $0 + $1.names.count }) names")
        // News (domain 0) may be read more than once a pass, weighing it against the larger sets.
        let copies = name == "msra" ? settings.msraWeight : name == "pd" ? settings.newsWeight : 1
        for _ in 0..<copies {
            groups += documents(sentences, size: size).map { (settings.adapt ? domain : 0, $0) }
        }
    }
    let data = settings.data
    add("msra", try readMSRA("\(data)/msra_val_sentences.txt", "\(data)/msra_val_tags.txt"), size: 20, domain: 0)
    add("pd", try readColumns("\(data)/pd_example.dev", characterOnly: false), size: 20, domain: settings.pdDomain)
    add(
        "weibo",
        try readColumns("\(data)/weibo_train.conll", characterOnly: true)
            + readColumns("\(data)/weibo_dev.conll", characterOnly: true), size: 1, domain: 1)
    return (groups, held)
}

/// CLUENER's sentences, one document each.
///
/// CLUENER marks its ten fine types only (a country or a province outside an address is left
/// unmarked, an address is one long span): its sentences get the names the first model (trained
/// without them) finds outside its own spans.
func cluenerGroups(_ settings: Settings, firstModel: [UInt8]) throws -> [[LabeledText]] {
    guard let first = EntityRecognizer(modelData: firstModel, mode: .raw) else {
        throw Failure(description: "bad first model")
    }
    var sentences =
        try readCLUENER("\(settings.data)/cluener_train.json", keepAddresses: settings.keepAddresses)
        + readCLUENER("\(settings.data)/cluener_dev.json", keepAddresses: settings.keepAddresses)
    var added = 0
    for index in sentences.indices {
        let gold = sentences[index].names
        for entity in first.entities(in: sentences[index].text)
        where !gold.contains(where: { $0.range.overlaps(entity.scalarOffsets) }) {
            sentences[index].names.append((entity.scalarOffsets, entity.type))
            added += 1
        }
    }
    log("cluener: \(sentences.count) sentences, \(added) names added by the first model")
    return documents(sentences, size: 1)
}

/// Tags JSON lines (`{"id": …, "text": …}` or `{"id": …, "path": …}`) read from standard input:
/// one line out per line in,
/// `{"id": …, "entities": [{"start", "end", "type", "text"}]}` with scalar offsets.
func tag(_ options: [String: String]) throws {
    guard let mode = EntityRecognizer.Mode(rawValue: options["mode"] ?? "model") else {
        throw Failure(description: "--mode is one of rules, model, hybrid, raw")
    }
    let recognizer: EntityRecognizer
    if let path = options["model"] {
        guard
            let model = EntityRecognizer(
                modelData: [UInt8](try Data(contentsOf: URL(fileURLWithPath: path))), mode: mode)
        else {
            throw Failure(description: "\(path) is not an entity model")
        }
        recognizer = model
    } else {
        recognizer = EntityRecognizer(mode: mode)
    }
    while let line = readLine() {
        guard let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] else { continue }
        // A record names its text, or a file read as `zhtext extract` reads it.
        let text: String
        if let given = object["text"] as? String {
            text = given
        } else if let path = object["path"] as? String {
            text = try TextDecoder().decode(contentsOf: URL(fileURLWithPath: path)).text
        } else {
            continue
        }
        let entities = recognizer.entities(in: text).map {
            [
                "start": $0.scalarOffsets.lowerBound, "end": $0.scalarOffsets.upperBound, "type": $0.type.rawValue,
                "text": $0.text,
            ] as [String: Any]
        }
        let record: [String: Any] = ["id": object["id"] ?? NSNull(), "entities": entities]
        let data = try JSONSerialization.data(withJSONObject: record, options: [.sortedKeys, .withoutEscapingSlashes])
        print(String(decoding: data, as: UTF8.self))
    }
}

/// Times the model's load, and the document analysis without entities and with each mode.
///
/// The texts are `--set written` (Corpus/*.txt, the default) or `--set dev` (those and the real
/// development documents); `--modes` picks the modes (rules,model,hybrid), `--model` a model file
/// instead of the embedded one. The configurations take turns, `--runs` rounds (one thread); each
/// prints its median wall-clock and CPU time, and their ratios to the analysis without entities.
func time(_ options: [String: String]) throws {
    let clock = ContinuousClock()
    let loadStart = clock.now
    let size = EntityRecognizer.embeddedModelSize
    let load = clock.now - loadStart
    print("model: \(size.map(String.init) ?? "none") bytes, loaded in \(load)")
    let texts = try timingTexts(withReal: options["set"] == "dev")
    let megabytes = Double(texts.reduce(0) { $0 + $1.utf8.count }) / 1e6
    let runs = max(Int(options["runs"] ?? "5") ?? 5, 1)
    let modes = (options["modes"] ?? "rules,model,hybrid").split(separator: ",").compactMap {
        EntityRecognizer.Mode(rawValue: String($0))
    }
    let file = try options["model"].map { [UInt8](try Data(contentsOf: URL(fileURLWithPath: $0))) }
    let configurations =
        try [("without entities", DocumentAnalyzer(entities: nil))]
        + modes.map { mode in
            guard let file else { return (mode.rawValue, DocumentAnalyzer(entities: EntityRecognizer(mode: mode))) }
            guard let recognizer = EntityRecognizer(modelData: file, mode: mode) else {
                throw Failure(description: "--model is not an entity model")
            }
            return (mode.rawValue, DocumentAnalyzer(entities: recognizer))
        }
    var times = [[(wall: Double, cpu: Double)]](repeating: [], count: configurations.count)
    for _ in 0..<runs {
        for (index, configuration) in configurations.enumerated() {
            times[index].append(seconds(configuration.1, texts))
        }
    }
    let base = (median(times[0].map(\.wall)), median(times[0].map(\.cpu)))
    for (index, configuration) in configurations.enumerated() {
        let wall = median(times[index].map(\.wall))
        let cpu = median(times[index].map(\.cpu))
        print(
            String(
                format: "%@: wall %.3f s (%.2f×), cpu %.3f s (%.2f×) for %.2f MB, median of %d",
                configuration.0, wall, wall / base.0, cpu, cpu / base.1, megabytes, runs))
    }
}

func median(_ values: [Double]) -> Double { values.sorted()[values.count / 2] }

/// The wall-clock and CPU seconds of one analysis of `texts`.
func seconds(_ analyzer: DocumentAnalyzer, _ texts: [String]) -> (wall: Double, cpu: Double) {
    func cpu() -> Double {
        var spec = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &spec)
        return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
    }
    let clock = ContinuousClock()
    let start = clock.now
    let cpuStart = cpu()
    var count = 0
    for text in texts { count += analyzer.analyze(text).entities.count }
    let elapsed = clock.now - start
    precondition(count >= 0)
    return (Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18, cpu() - cpuStart)
}

/// Corpus/*.txt, and the real development documents when `withReal` (never the test documents).
func timingTexts(withReal: Bool) throws -> [String] {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    // The real test and fresh documents are never read, not even for timing.
    let test = ["05_", "31_", "45_", "17_", "44_"]
    var texts: [String] = []
    for folder in withReal ? ["Corpus", "Corpus/real"] : ["Corpus"] {
        let url = root.appendingPathComponent(folder)
        for name in try FileManager.default.contentsOfDirectory(atPath: url.path).sorted()
        where name.hasSuffix(".txt") && !(folder == "Corpus/real" && test.contains(where: { name.hasPrefix($0) })) {
            texts.append(try TextDecoder().decode(contentsOf: url.appendingPathComponent(name)).text)
        }
    }
    return texts
}

do {
    let arguments = CommandLine.arguments.dropFirst()
    switch arguments.first {
    case "train": try train(try options(arguments.dropFirst()))
    case "tag": try tag(try options(arguments.dropFirst()))
    case "time": try time(try options(arguments.dropFirst()))
    default:
        throw Failure(
            description: """
                usage: zhtext-train-entities train [--data DIR] [--output FILE] [--epochs N] [--seed N] \
                [--min-count N] [--sets LIST] [--holdout N] [--table-bits N] [--width 1|2] [--clip Q] \
                [--sizes BITS:WIDTH,…] [--holdout-slice N] [--name-folds N] [--name-ratios yes|no] \
                [--clusters FINE:COARSE] [--cluster-contexts N] [--cluster-window N] [--cluster-min N] \
                [--ensemble N] [--stack N] [--news-weight N] [--msra-weight N] [--pd-domain N]
                  | tag [--mode rules|model|hybrid|raw] [--model FILE]
                  | time [--runs N] [--set written|dev] [--modes LIST] [--model FILE]
                """)
    }
} catch {
    log("zhtext-train-entities: \(error)")
    exit(1)
}
