/// Trains the entity model: a structured averaged perceptron over ``EntityFeatures``, decoded
/// with first-order Viterbi, written as the binary ``EntityModel`` reads.
///
/// Deterministic: features get their numbers in order of first appearance, sentences are
/// shuffled by a seeded SplitMix64 generator, and nothing depends on a hash table's order.
package struct EntityModelTrainer {
    /// A text with its gold names, as scalar offsets into `text`.
    package struct LabeledText: Sendable {
        package var text: String
        package var names: [(range: Range<Int>, kind: Entity.Kind)]

        package init(text: String, names: [(range: Range<Int>, kind: Entity.Kind)]) {
            self.text = text
            self.names = names
        }
    }

    /// Sentences as the recognizer reads them: features and gold labels per character.
    package struct Examples {
        /// ``width`` hashes per character.
        var features: [UInt64] = []
        /// The feature slots a character: ``EntityFeatures/count``, or ``EntityStacking/width`` for a
        /// stacked model's second pass (``stacked(labels:margins:)``).
        var width = EntityFeatures.count
        var gold: [UInt8] = []
        /// Each sentence's characters (indexes into `gold`).
        var sentences: [Range<Int>] = []
        /// Each sentence's domain (0: the news the model is for).
        var domains: [UInt8] = []
        /// Each sentence's document, as a hash of the document's text (a document read twice has one).
        var documents: [UInt64] = []
        /// Each character (normalized and simplified, as the features read it), like `gold`.
        var characters: [UInt32] = []
        /// The table of the names in the gold labels (``applyNames(folds:ratios:)``), written into the model.
        package var names: (bits: Int, bytes: [UInt8])?
        /// The characters' classes (``CharacterClusters``' bytes; ``applyClusters(_:)``), written into the model.
        package var clusters: [UInt8]?

        package init() {}

        /// Fills the cluster slots of every character (``EntityFeatures/clusters`` …) from the
        /// classes `bytes` (``ClusterLearner``), and keeps them for the model; nil empties the slots.
        package mutating func applyClusters(_ bytes: [UInt8]?) {
            let width = EntityFeatures.count
            let first = Int(EntityFeatures.clusters)
            for at in gold.indices { for slot in first..<width { features[at * width + slot] = 0 } }
            clusters = bytes
            guard let bytes, bytes.count == CharacterClusters.byteCount else { return }
            let sentences = sentences
            let characters = characters
            bytes.withUnsafeBytes { raw in
                characters.withUnsafeBufferPointer { s in
                    features.withUnsafeMutableBufferPointer { out in
                        let table = CharacterClusters(raw.baseAddress!)
                        for range in sentences { table.fill(range, s, out.baseAddress! + range.lowerBound * width) }
                    }
                }
            }
        }

        /// Leaves the features of `templates` out (for choosing templates on held-out sentences).
        package mutating func drop(templates: Set<Int>) {
            guard !templates.isEmpty else { return }
            for index in features.indices where templates.contains(index % width) { features[index] = 0 }
        }

        package var sentenceCount: Int { sentences.count }
        package var characterCount: Int { gold.count }
    }

    let recognizer: EntityRecognizer

    package init() {
        recognizer = EntityRecognizer(mode: .rules)
    }

    /// The characters of `text` as the features read them (normalized, simplified, digits and Latin
    /// letters folded), for learning ``CharacterClusters`` from unlabelled text.
    package func foldedCharacters(_ text: String) -> [UInt32] {
        recognizer.normalizer.normalize(text).simplifiedTraditional().scalarValues.map {
            UInt32(EntityFeatures.folded($0))
        }
    }

    /// Adds the sentences of `document` (its texts read as one document, so that the rules'
    /// memory of names works as it does at run time) to `examples`.
    ///
    /// - Parameter domain: the data set's domain: 0 for news of the kind the model serves (its
    ///   weights are the ones kept), others for data sets whose conventions differ.
    package func add(_ document: [LabeledText], domain: UInt8 = 0, to examples: inout Examples) {
        var text = ""
        var names: [(range: Range<Int>, kind: Entity.Kind)] = []
        var offset = 0
        for part in document {
            names += part.names.map { (($0.range.lowerBound + offset)..<($0.range.upperBound + offset), $0.kind) }
            text += part.text + "\n"
            offset += part.text.unicodeScalars.count + 1
        }
        // The name each original character belongs to.
        var owner = [Int](repeating: -1, count: offset)
        for (number, name) in names.enumerated() {
            for index in name.range where index < offset { owner[index] = number }
        }
        let kinds = names.map(\.kind)
        // Read as at run time: normalized, then simplified in place.
        let normalized = recognizer.normalizer.normalize(text).simplifiedTraditional()
        var traced: [(range: Range<Int>, features: [UInt64])] = []
        let scalars = normalized.scalarValues
        var document = NameTable.seed
        for scalar in scalars { document = EntityFeatures.step(document, UInt64(scalar)) }
        scalars.withUnsafeBufferPointer { s in
            var session = EntityRecognizer.Session(recognizer: recognizer, trace: true)
            recognizer.tokenizer.enumerateTokens(in: normalized.text) { session.consume($0, s) }
            _ = session.finish(s)
            traced = session.traced
        }
        for (range, features) in traced where !range.isEmpty {
            let start = examples.gold.count
            // A name cut by the sentence's edge keeps the part inside.
            let owners = range.map { index in
                let original = normalized.originalScalarRange(of: index..<(index + 1)).lowerBound
                return original < owner.count ? owner[original] : -1
            }
            examples.gold += EntityTag.tags(owner: owners, kinds: kinds)
            examples.characters += scalars[range]
            examples.features += features
            examples.sentences.append(start..<examples.gold.count)
            examples.domains.append(domain)
            examples.documents.append(document)
        }
    }

    /// Trains on `examples` and returns the model's bytes.
    ///
    /// - Parameters:
    ///   - epochs: passes over the sentences.
    ///   - seed: the seed of the sentences' order in each pass.
    ///   - minimumCount: features seen fewer times are left out.
    ///   - tableBits: the feature table's size as a power of two (see ``LearnedWeights/model(tableBits:log:)``).
    ///   - log: receives a line per pass.
    package func train(
        _ examples: Examples, epochs: Int, seed: UInt64, minimumCount: Int, tableBits: Int? = nil,
        log: (String) -> Void
    ) -> [UInt8] {
        learn(examples, epochs: epochs, seed: seed, minimumCount: minimumCount, log: log)
            .model(tableBits: tableBits, names: examples.names, clusters: examples.clusters, log: log)
    }

    /// The averaged weights learned from `examples` (see ``train(_:epochs:seed:minimumCount:tableBits:log:)``),
    /// from which models of several sizes can be written.
    ///
    /// `only` names the sentences learned from (all when nil); features are numbered over all.
    package func learn(
        _ examples: Examples, epochs: Int, seed: UInt64, minimumCount: Int, only: [Int]? = nil,
        log: (String) -> Void
    ) -> LearnedWeights {
        let numbers = FeatureNumbers(examples, minimumCount: minimumCount)
        log("\(numbers.hashes.count) features, \(numbers.keptCount) seen \(minimumCount)+ times")
        var perceptron = Perceptron(featureCount: numbers.hashes.count)
        var random = SplitMix64(seed: seed)
        var order = only ?? Array(examples.sentences.indices)
        for epoch in 1...max(epochs, 1) {
            for index in stride(from: order.count - 1, to: 0, by: -1) {
                order.swapAt(index, Int(random.next() % UInt64(index + 1)))
            }
            var errors = 0
            var wrongSentences = 0
            for sentence in order {
                let wrong = perceptron.learn(examples.sentences[sentence], examples, numbers)
                errors += wrong
                if wrong > 0 { wrongSentences += 1 }
            }
            log("pass \(epoch): \(errors) characters wrong in \(wrongSentences) of \(order.count) sentences")
        }
        return LearnedWeights(perceptron, numbers)
    }
}

/// The trainer's numbers for the examples' features: each hash in order of first appearance, and
/// a copy of it for its sentence's domain ("frustratingly easy" domain adaptation: the general
/// weights learn what the data sets share, the domain's copy what its conventions add; the model
/// keeps general plus news, domain 0).
struct FeatureNumbers {
    /// For each feature slot of the examples, its general number (-1: none, or too rare).
    var ids: [Int32] = []
    /// For each feature slot, the number of its domain's copy (-1: none, or too rare).
    var domainIDs: [Int32] = []
    /// Each number's hash.
    var hashes: [UInt64] = []
    /// How often each number was seen.
    var counts: [Int32] = []
    /// The numbers below this are general features, the others domain copies.
    var generalCount = 0
    /// For each general number, its news copy's number (-1: none).
    var newsCopy: [Int32] = []
    let minimumCount: Int
    /// The feature slots a character (``EntityModelTrainer/Examples/width``).
    let width: Int

    init(_ examples: EntityModelTrainer.Examples, minimumCount: Int) {
        self.minimumCount = minimumCount
        width = examples.width
        let general = numberGeneral(examples)
        let domains = numberDomains(examples)
        generalCount = general.count
        newsCopy = [Int32](repeating: -1, count: generalCount)
        for (hash, number) in general {
            if let copy = domains[EntityFeatures.step(hash, 0xD0)] { newsCopy[Int(number)] = copy }
        }
        dropRare()
    }

    /// How many numbers are seen often enough to keep.
    var keptCount: Int { counts.filter { $0 >= minimumCount }.count }

    /// Numbers each general feature of the examples; returns the numbers by hash.
    private mutating func numberGeneral(_ examples: EntityModelTrainer.Examples) -> [UInt64: Int32] {
        var numbers: [UInt64: Int32] = [:]
        ids = [Int32](repeating: -1, count: examples.features.count)
        for (index, hash) in examples.features.enumerated() where hash != 0 {
            ids[index] = number(hash, in: &numbers)
        }
        return numbers
    }

    /// Numbers each feature's copy for its sentence's domain; returns the numbers by hash.
    private mutating func numberDomains(_ examples: EntityModelTrainer.Examples) -> [UInt64: Int32] {
        let width = examples.width
        var numbers: [UInt64: Int32] = [:]
        domainIDs = [Int32](repeating: -1, count: examples.features.count)
        for (sentence, range) in examples.sentences.enumerated() {
            let domain = UInt64(examples.domains[sentence])
            for index in (range.lowerBound * width)..<(range.upperBound * width) where ids[index] >= 0 {
                domainIDs[index] = number(EntityFeatures.step(examples.features[index], 0xD0 &+ domain), in: &numbers)
            }
        }
        return numbers
    }

    /// The number of `hash`, a new one the first time it is seen; counts it.
    private mutating func number(_ hash: UInt64, in numbers: inout [UInt64: Int32]) -> Int32 {
        if let number = numbers[hash] {
            counts[Int(number)] += 1
            return number
        }
        let number = Int32(hashes.count)
        numbers[hash] = number
        hashes.append(hash)
        counts.append(1)
        return number
    }

    /// Forgets the numbers of features seen fewer than `minimumCount` times (a rare general
    /// feature takes its domain copy along).
    private mutating func dropRare() {
        for index in ids.indices where ids[index] >= 0 && counts[Int(ids[index])] < minimumCount {
            ids[index] = -1
            domainIDs[index] = -1
        }
        for index in domainIDs.indices where domainIDs[index] >= 0 && counts[Int(domainIDs[index])] < minimumCount {
            domainIDs[index] = -1
        }
    }
}

/// A structured perceptron's integer weights (every update is ±1) and the sums that average them.
struct Perceptron {
    var weights: [Int32]
    var sums: [Int64]
    var transitions = [Int32](repeating: 0, count: 14 * 16)
    var transitionSums = [Int64](repeating: 0, count: 14 * 16)
    /// The number of sentences read so far, plus one.
    var step: Int64 = 1

    init(featureCount: Int) {
        weights = [Int32](repeating: 0, count: featureCount * EntityTag.count)
        sums = [Int64](repeating: 0, count: featureCount * EntityTag.count)
    }

    /// Decodes the sentence of characters `range` and moves the weights toward its gold labels;
    /// returns the number of characters it got wrong.
    mutating func learn(_ range: Range<Int>, _ examples: EntityModelTrainer.Examples, _ numbers: FeatureNumbers) -> Int
    {
        let predicted = Viterbi.decode(count: range.count, transitions: transitions) { position in
            emission(at: range.lowerBound + position, numbers)
        }
        var errors = 0
        for position in 0..<range.count {
            let character = range.lowerBound + position
            let gold = Int(examples.gold[character])
            let guess = Int(predicted[position])
            let goldPrevious = position == 0 ? 0 : Int(examples.gold[character - 1]) + 1
            let guessPrevious = position == 0 ? 0 : Int(predicted[position - 1]) + 1
            if gold != guess {
                errors += 1
                update(at: character, numbers, gold: gold, guess: guess)
            }
            if gold != guess || goldPrevious != guessPrevious {
                transitions[goldPrevious * 16 + gold] += 1
                transitionSums[goldPrevious * 16 + gold] += step
                transitions[guessPrevious * 16 + guess] -= 1
                transitionSums[guessPrevious * 16 + guess] -= step
            }
        }
        step += 1
        return errors
    }

    /// The label scores (lanes 1…13) of the character at `character`.
    private func emission(at character: Int, _ numbers: FeatureNumbers) -> SIMD16<Int32> {
        let tags = EntityTag.count
        var scores = SIMD16<Int32>()
        let base = character * numbers.width
        for slot in base..<(base + numbers.width) {
            for id in (0..<2).lazy.map({ $0 == 0 ? numbers.ids[slot] : numbers.domainIDs[slot] }) where id >= 0 {
                for tag in 0..<tags { scores[tag + 1] &+= weights[Int(id) * tags + tag] }
            }
        }
        return scores
    }

    /// Moves the weights of the character's features from the `guess` label to the `gold` one.
    private mutating func update(at character: Int, _ numbers: FeatureNumbers, gold: Int, guess: Int) {
        let tags = EntityTag.count
        let base = character * numbers.width
        for slot in base..<(base + numbers.width) {
            for id in (0..<2).lazy.map({ $0 == 0 ? numbers.ids[slot] : numbers.domainIDs[slot] }) where id >= 0 {
                weights[Int(id) * tags + gold] += 1
                sums[Int(id) * tags + gold] += step
                weights[Int(id) * tags + guess] -= 1
                sums[Int(id) * tags + guess] -= step
            }
        }
    }

    /// The averaged weight at `index`: w − Σ(step·Δ)/steps.
    func average(_ index: Int) -> Double { Double(weights[index]) - Double(sums[index]) / Double(step) }

    /// The averaged label-pair score at `index`.
    func averageTransition(_ index: Int) -> Double {
        Double(transitions[index]) - Double(transitionSums[index]) / Double(step)
    }
}

/// The averaged weights a training learned: each kept feature's hash with its score for each label
/// (its general weights plus its news copy's), and the label-pair scores.
package struct LearnedWeights {
    var features: [(hash: UInt64, scores: [Double])] = []
    var transitions: [Double]

    init(_ perceptron: Perceptron, _ numbers: FeatureNumbers) {
        let tags = EntityTag.count
        transitions = (0..<(14 * 16)).map(perceptron.averageTransition)
        for number in 0..<numbers.generalCount where numbers.counts[number] >= numbers.minimumCount {
            var scores = (0..<tags).map { perceptron.average(number * tags + $0) }
            let copy = Int(numbers.newsCopy[number])
            if copy >= 0, numbers.counts[copy] >= numbers.minimumCount {
                for tag in 0..<tags { scores[tag] += perceptron.average(copy * tags + tag) }
            }
            if scores.contains(where: { $0 != 0 }) { features.append((numbers.hashes[number], scores)) }
        }
    }

    /// The average of `all` (weights learned with different seeds: one model whose variance is
    /// theirs divided); a feature one of them lacks counts 0 there.
    package static func average(_ all: [LearnedWeights]) -> LearnedWeights {
        guard var out = all.first, all.count > 1 else {
            return all.first ?? LearnedWeights(features: [], transitions: [])
        }
        var order: [UInt64] = out.features.map(\.hash)
        var sums: [UInt64: [Double]] = [:]
        for (hash, scores) in out.features { sums[hash] = scores }
        for weights in all.dropFirst() {
            for (index, score) in weights.transitions.enumerated() { out.transitions[index] += score }
            for (hash, scores) in weights.features {
                if let known = sums[hash] {
                    sums[hash] = zip(known, scores).map { $0 + $1 }
                } else {
                    sums[hash] = scores
                    order.append(hash)
                }
            }
        }
        let count = Double(all.count)
        out.transitions = out.transitions.map { $0 / count }
        out.features = order.map { ($0, sums[$0]!.map { $0 / count }) }
        return out
    }

    private init(features: [(hash: UInt64, scores: [Double])], transitions: [Double]) {
        self.features = features
        self.transitions = transitions
    }

    /// The model's bytes, in ``EntityModel``'s layout.
    ///
    /// `Int16` scores are scaled so that the largest is 32,000; `Int8` scores so that the score
    /// at the `clip` quantile of the features' largest magnitudes is 127, larger ones clipped to
    /// ±127 (the few largest weights lose what the many small ones would lose to rounding). Features
    /// whose scores all round to 0 are left out.
    ///
    /// - Parameters:
    ///   - tableBits: the table's size as a power of two, holding the features with the largest
    ///     scores that fill it to one half; nil for the smallest table (up to 2^19 slots) that holds
    ///     every feature at that fill.
    ///   - width: the bytes of a score, 1 or 2.
    ///   - names: the table of names seen in training (``NameTable``), written after the feature table.
    ///   - clusters: the characters' classes (``CharacterClusters``), written after the names.
    ///   - slots: the feature slots a character (``EntityStacking/width`` for a stacked model's second pass).
    package func model(
        tableBits: Int? = nil, width: Int = 2, clip: Double = 0.9999, names: (bits: Int, bytes: [UInt8])? = nil,
        clusters: [UInt8]? = nil, slots: Int = EntityFeatures.count, log: (String) -> Void
    ) -> [UInt8] {
        let scale = Self.scale(features.map { Self.size($0.scores) }, transitions, width: width, clip: clip)
        let limit = width == 1 ? 127.0 : 32767.0
        var kept: [(hash: UInt64, scores: [Int16])] = []
        for (hash, scores) in features {
            let rounded = scores.map { Int16(max(-limit, min(limit, ($0 * scale).rounded()))) }
            if rounded.contains(where: { $0 != 0 }) { kept.append((hash, rounded)) }
        }
        var bits = 10
        if let tableBits {
            bits = tableBits
            kept = Self.largest(kept, count: 1 << (tableBits - 1))
        } else {
            while (1 << bits) < kept.count * 2, bits < 19 { bits += 1 }
        }
        log("\(kept.count) features kept, table of 2^\(bits) slots of \(width)-byte scores, scale \(scale)")
        var out: [UInt8] = []
        func put32(_ value: UInt32) { withUnsafeBytes(of: value.littleEndian) { out += $0 } }
        for value in [EntityModel.magic, EntityModel.version, UInt32(EntityTag.count), UInt32(slots)] {
            put32(value)
        }
        put32(UInt32(bits))
        put32(UInt32(width))
        put32(UInt32(names?.bits ?? 0))
        put32(clusters == nil ? 0 : 16)
        while out.count < 32 { out.append(0) }
        for score in transitions { put32(UInt32(bitPattern: Int32((score * scale).rounded()))) }
        precondition(out.count == EntityModel.headerSize)
        let table = Self.table(kept, bits: bits, limit: Int(limit))
        if width == 2 {
            for value in table { withUnsafeBytes(of: value.littleEndian) { out += $0 } }
        } else {
            // A 0, the 13 scores, the check.
            for slot in 0..<(1 << bits) {
                out.append(0)
                for tag in 0..<EntityTag.count { out.append(UInt8(bitPattern: Int8(table[slot * 16 + 1 + tag]))) }
                withUnsafeBytes(of: UInt16(bitPattern: table[slot * 16]).littleEndian) { out += $0 }
            }
        }
        if let names { out += names.bytes }
        if let clusters { out += clusters }
        return out
    }

    /// The factor from averaged weights to stored scores: the largest magnitude (of the features'
    /// and the label pairs') to 32,000 for `Int16`; the `clip` quantile of the features' to 127 for `Int8`.
    static func scale(_ sizes: [Double], _ transitions: [Double], width: Int, clip: Double) -> Double {
        guard width == 1 else {
            let largest = max(sizes.max() ?? 0, size(transitions))
            return largest > 0 ? 32000 / largest : 1
        }
        let sorted = sizes.sorted()
        guard !sorted.isEmpty else { return 1 }
        let quantile = sorted[min(sorted.count - 1, Int(Double(sorted.count) * clip))]
        return quantile > 0 ? 127 / quantile : 1
    }

    /// The largest magnitude of `scores`.
    static func size(_ scores: [Double]) -> Double {
        var largest = 0.0
        for score in scores { largest = max(largest, abs(score)) }
        return largest
    }

    /// The `count` features of `kept` with the largest scores (ties: the first), in their order.
    static func largest(_ kept: [(hash: UInt64, scores: [Int16])], count: Int) -> [(hash: UInt64, scores: [Int16])] {
        guard kept.count > count else { return kept }
        let sizes = kept.map { $0.scores.map { abs(Int($0)) }.max() ?? 0 }
        let ranked = kept.indices.sorted { sizes[$0] != sizes[$1] ? sizes[$0] > sizes[$1] : $0 < $1 }
        return ranked.prefix(count).sorted().map { kept[$0] }
    }

    /// The feature table: each feature at its hash's slot or the next free one (a feature whose
    /// check meets its own on the way adds to it, within ±`limit`).
    static func table(_ kept: [(hash: UInt64, scores: [Int16])], bits: Int, limit: Int) -> [Int16] {
        let mask = (1 << bits) - 1
        var table = [Int16](repeating: 0, count: (1 << bits) * 16)
        for (hash, scores) in kept {
            let check = Int16(bitPattern: UInt16(truncatingIfNeeded: hash >> 48) | 1)
            var slot = Int(truncatingIfNeeded: hash) & mask
            while table[slot * 16] != 0, table[slot * 16] != check { slot = (slot + 1) & mask }
            table[slot * 16] = check
            for tag in 0..<EntityTag.count {
                let sum = Int(table[slot * 16 + 1 + tag]) + Int(scores[tag])
                table[slot * 16 + 1 + tag] = Int16(max(-limit, min(limit, sum)))
            }
        }
        return table
    }
}

/// SplitMix64: a small seeded generator, the same on every platform.
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
