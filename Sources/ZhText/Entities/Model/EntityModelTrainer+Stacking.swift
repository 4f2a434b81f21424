extension EntityModelTrainer {
    /// The examples of a stacked model's second pass (``EntityStacking``): `examples` with the
    /// stacked features of first-pass labels that no model trained on the sentence gave.
    ///
    /// Jack-knifed by document: the documents fall into `folds` folds by a hash of their text (a
    /// document read twice falls in the same fold), a first-pass model is learned from the other
    /// folds (one seed; an `Int8` table, as the recognizer reads it) and labels each fold's
    /// sentences.
    package func stacked(
        _ examples: Examples, folds: Int, epochs: Int, seed: UInt64, minimumCount: Int, clip: Double,
        log: (String) -> Void
    ) -> Examples {
        precondition(examples.width == EntityFeatures.count && folds >= 2)
        let fold = examples.documents.map { Int(EntityFeatures.finish($0) % UInt64(folds)) }
        var labels = [UInt8](repeating: 0, count: examples.gold.count)
        var margins = labels
        for held in 0..<folds {
            let learned = examples.sentences.indices.filter { fold[$0] != held }
            let weights = learn(
                examples, epochs: epochs, seed: seed &+ UInt64(held), minimumCount: minimumCount, only: learned,
                log: log)
            let bytes = weights.model(
                width: 1, clip: clip, names: examples.names, clusters: examples.clusters, log: log)
            guard let model = EntityModel(data: bytes) else { preconditionFailure("a first-pass model") }
            var wrong = 0
            examples.features.withUnsafeBufferPointer { features in
                for (sentence, range) in examples.sentences.enumerated() where fold[sentence] == held {
                    let slice = UnsafeBufferPointer(
                        rebasing: features[
                            (range.lowerBound * EntityFeatures.count)..<(range.upperBound
                                * EntityFeatures.count)])
                    let first = model.pass(slice, count: range.count, margins: true)
                    for (offset, label) in first.labels.enumerated() {
                        labels[range.lowerBound + offset] = label
                        margins[range.lowerBound + offset] = first.margins[offset]
                        if label != examples.gold[range.lowerBound + offset] { wrong += 1 }
                    }
                }
            }
            log("stacking fold \(held): \(fold.filter { $0 == held }.count) sentences, \(wrong) characters wrong")
        }
        return examples.stacked(labels: labels, margins: margins)
    }
}

extension EntityModelTrainer.Examples {
    /// These examples with ``EntityStacking/width`` slots a character: the first-pass slots and
    /// the stacked ones read from `labels` and `margins` (one a character, as `gold`).
    func stacked(labels: [UInt8], margins: [UInt8]) -> Self {
        var out = self
        out.width = EntityStacking.width
        out.features = [UInt64](repeating: 0, count: gold.count * EntityStacking.width)
        features.withUnsafeBufferPointer { base in
            out.features.withUnsafeMutableBufferPointer { stacked in
                for range in sentences {
                    EntityStacking.fill(
                        UnsafeBufferPointer(
                            rebasing: base[(range.lowerBound * width)..<(range.upperBound * width)]),
                        labels: Array(labels[range]), margins: Array(margins[range]), count: range.count,
                        into: stacked.baseAddress! + range.lowerBound * EntityStacking.width)
                }
            }
        }
        return out
    }
}

extension LearnedWeights {
    /// A stacked model's bytes (version 6): the first pass's model `first` (version 5, its
    /// names and classes), then the second pass's block from these weights.
    package func stackedModel(
        first: [UInt8], tableBits: Int? = nil, width: Int = 1, clip: Double = 0.9999, log: (String) -> Void
    ) -> [UInt8] {
        var out = first
        withUnsafeBytes(of: EntityModel.stackedVersion.littleEndian) { version in
            for index in 0..<4 { out[4 + index] = version[index] }
        }
        return out + model(tableBits: tableBits, width: width, clip: clip, slots: EntityStacking.width, log: log)
    }
}
