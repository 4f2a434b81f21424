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
        /// ``EntityFeatures/count`` hashes per character.
        var features: [UInt64] = []
        var gold: [UInt8] = []
        /// Each sentence's characters (indexes into `gold`).
        var sentences: [Range<Int>] = []
        /// Each sentence's domain (0: the news the model is for).
        var domains: [UInt8] = []

        package init() {}

        package var sentenceCount: Int { sentences.count }
        package var characterCount: Int { gold.count }
    }

    let recognizer: EntityRecognizer

    package init() {
        recognizer = EntityRecognizer(mode: .rules)
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
        normalized.scalarValues.withUnsafeBufferPointer { s in
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
            examples.features += features
            examples.sentences.append(start..<examples.gold.count)
            examples.domains.append(domain)
        }
    }

    /// Trains on `examples` and returns the model's bytes.
    ///
    /// - Parameters:
    ///   - epochs: passes over the sentences.
    ///   - seed: the seed of the sentences' order in each pass.
    ///   - minimumCount: features seen fewer times are left out.
    ///   - log: receives a line per pass.
    package func train(
        _ examples: Examples, epochs: Int, seed: UInt64, minimumCount: Int, log: (String) -> Void
    ) -> [UInt8] {
        let width = EntityFeatures.count
        let tags = EntityTag.count
        // Feature numbers in order of first appearance; -1 for features too rare to keep.
        var numbers: [UInt64: Int32] = [:]
        var counts: [Int32] = []
        var hashes: [UInt64] = []
        var ids = [Int32](repeating: -1, count: examples.features.count)
        for (index, hash) in examples.features.enumerated() where hash != 0 {
            if let number = numbers[hash] {
                counts[Int(number)] += 1
                ids[index] = number
            } else {
                let number = Int32(hashes.count)
                numbers[hash] = number
                hashes.append(hash)
                counts.append(1)
                ids[index] = number
            }
        }
        // Each feature also in a copy of its sentence's domain ("frustratingly easy" domain
        // adaptation): the general weights learn what the data sets share, the domain's copy what
        // its conventions add. The model keeps general plus news (domain 0).
        var domainIDs = [Int32](repeating: -1, count: examples.features.count)
        var domainNumbers: [UInt64: Int32] = [:]
        var domainOf: [Int32: UInt64] = [:]
        var newsCopy: [Int32] = []
        for (sentence, range) in examples.sentences.enumerated() {
            let domain = UInt64(examples.domains[sentence])
            for index in (range.lowerBound * width)..<(range.upperBound * width) where ids[index] >= 0 {
                let key = EntityFeatures.step(examples.features[index], 0xD0 &+ domain)
                if let number = domainNumbers[key] {
                    counts[Int(number)] += 1
                    domainIDs[index] = number
                } else {
                    let number = Int32(hashes.count)
                    domainNumbers[key] = number
                    hashes.append(key)
                    counts.append(1)
                    domainIDs[index] = number
                    domainOf[number] = domain
                }
            }
        }
        let generalCount = numbers.count
        newsCopy = [Int32](repeating: -1, count: generalCount)
        for (hash, number) in numbers {
            if let copy = domainNumbers[EntityFeatures.step(hash, 0xD0)] { newsCopy[Int(number)] = copy }
        }
        for index in ids.indices where ids[index] >= 0 && counts[Int(ids[index])] < minimumCount {
            ids[index] = -1
            domainIDs[index] = -1
        }
        for index in domainIDs.indices where domainIDs[index] >= 0 && counts[Int(domainIDs[index])] < minimumCount {
            domainIDs[index] = -1
        }
        _ = domainOf
        log("\(hashes.count) features, \(counts.filter { $0 >= minimumCount }.count) seen \(minimumCount)+ times")
        // Weights (integers: every update is ±1), and the sums that average them.
        var weights = [Int32](repeating: 0, count: hashes.count * tags)
        var sums = [Int64](repeating: 0, count: hashes.count * tags)
        var transitions = [Int32](repeating: 0, count: 14 * 16)
        var transitionSums = [Int64](repeating: 0, count: 14 * 16)
        var step: Int64 = 1
        var random = SplitMix64(seed: seed)
        var order = Array(examples.sentences.indices)
        for epoch in 1...epochs {
            for index in stride(from: order.count - 1, to: 0, by: -1) {
                order.swapAt(index, Int(random.next() % UInt64(index + 1)))
            }
            var errors = 0
            var wrongSentences = 0
            for sentence in order {
                let range = examples.sentences[sentence]
                let predicted = Viterbi.decode(count: range.count, transitions: transitions) { position in
                    var scores = SIMD16<Int32>()
                    let base = (range.lowerBound + position) * width
                    for slot in base..<(base + width) {
                        for id in [Int(ids[slot]), Int(domainIDs[slot])] where id >= 0 {
                            for tag in 0..<tags { scores[tag + 1] &+= weights[id * tags + tag] }
                        }
                    }
                    return scores
                }
                var wrong = false
                for position in 0..<range.count {
                    let gold = Int(examples.gold[range.lowerBound + position])
                    let guess = Int(predicted[position])
                    let goldPrevious = position == 0 ? 0 : Int(examples.gold[range.lowerBound + position - 1]) + 1
                    let guessPrevious = position == 0 ? 0 : Int(predicted[position - 1]) + 1
                    if gold != guess {
                        wrong = true
                        errors += 1
                        let base = (range.lowerBound + position) * width
                        for slot in base..<(base + width) {
                          for id in [Int(ids[slot]), Int(domainIDs[slot])] where id >= 0 {
                            weights[id * tags + gold] += 1
                            sums[id * tags + gold] += step
                            weights[id * tags + guess] -= 1
                            sums[id * tags + guess] -= step
                          }
                        }
                    }
                    if gold != guess || goldPrevious != guessPrevious {
                        transitions[goldPrevious * 16 + gold] += 1
                        transitionSums[goldPrevious * 16 + gold] += step
                        transitions[guessPrevious * 16 + guess] -= 1
                        transitionSums[guessPrevious * 16 + guess] -= step
                    }
                }
                if wrong { wrongSentences += 1 }
                step += 1
            }
            log("pass \(epoch): \(errors) characters wrong in \(wrongSentences) of \(order.count) sentences")
        }
        // Averaged weights: w − Σ(step·Δ)/steps.
        func average(_ weight: Int32, _ sum: Int64) -> Double { Double(weight) - Double(sum) / Double(step) }
        var largest = 0.0
        for index in weights.indices { largest = max(largest, abs(average(weights[index], sums[index]))) }
        for index in transitions.indices { largest = max(largest, abs(average(transitions[index], transitionSums[index]))) }
        var scale = largest > 0 ? 32000 / largest : 1
        var kept: [(hash: UInt64, scores: [Int16])] = []
        func combined(_ number: Int, _ tag: Int) -> Double {
            var value = average(weights[number * tags + tag], sums[number * tags + tag])
            let copy = Int(newsCopy[number])
            if copy >= 0, counts[copy] >= minimumCount {
                value += average(weights[copy * tags + tag], sums[copy * tags + tag])
            }
            return value
        }
        largest = 0
        for number in 0..<generalCount where counts[number] >= minimumCount {
            for tag in 0..<tags { largest = max(largest, abs(combined(number, tag))) }
        }
        for index in transitions.indices { largest = max(largest, abs(average(transitions[index], transitionSums[index]))) }
        scale = largest > 0 ? 32000 / largest : 1
        for (number, hash) in hashes.prefix(generalCount).enumerated() where counts[number] >= minimumCount {
            let scores = (0..<tags).map { Int16((combined(number, $0) * scale).rounded()) }
            if scores.contains(where: { $0 != 0 }) { kept.append((hash, scores)) }
        }
        var bits = 10
        while (1 << bits) < kept.count * 2, bits < 19 { bits += 1 }
        log("\(kept.count) features kept, table of 2^\(bits) slots, scale \(scale)")
        var table = [Int16](repeating: 0, count: (1 << bits) * 16)
        let mask = (1 << bits) - 1
        for (hash, scores) in kept {
            let check = Int16(bitPattern: UInt16(truncatingIfNeeded: hash >> 48) | 1)
            var slot = Int(truncatingIfNeeded: hash) & mask
            while table[slot * 16] != 0, table[slot * 16] != check { slot = (slot + 1) & mask }
            table[slot * 16] = check
            for tag in 0..<tags { table[slot * 16 + 1 + tag] &+= scores[tag] }
        }
        var out: [UInt8] = []
        func put32(_ value: UInt32) { withUnsafeBytes(of: value.littleEndian) { out += $0 } }
        put32(EntityModel.magic)
        put32(EntityModel.version)
        put32(UInt32(tags))
        put32(UInt32(width))
        put32(UInt32(bits))
        while out.count < 32 { out.append(0) }
        for index in 0..<(14 * 16) {
            put32(UInt32(bitPattern: Int32((average(transitions[index], transitionSums[index]) * scale).rounded())))
        }
        precondition(out.count == EntityModel.headerSize)
        for value in table { withUnsafeBytes(of: value.littleEndian) { out += $0 } }
        return out
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
