extension EntityModelTrainer.Examples {
    /// A sentence's names: their characters and kinds.
    typealias SentenceNames = [(characters: ArraySlice<UInt32>, kind: Entity.Kind)]

    /// Fills the names slot of every character (``EntityFeatures/names``) from the names of the
    /// gold labels, and keeps the table of all of them in ``names``.
    ///
    /// Jack-knifed: the documents fall into `folds` folds by a hash of their text (a document
    /// read twice falls in the same fold), and a sentence's slots read the names of the other
    /// folds only, so that the model learns how far a name seen elsewhere is to be trusted, not
    /// that every name it is shown is one. A document's own names are left out with it, since a
    /// name repeats within a document far more than across documents. With `ratios`, each name
    /// carries how often its characters are that name where they occur (counted in the other
    /// folds too). `folds` 0 leaves the slot empty and no table.
    package mutating func applyNames(folds: Int, ratios: Bool = true) {
        let width = EntityFeatures.count
        let slot = Int(EntityFeatures.names)
        for at in gold.indices { features[at * width + slot] = 0 }
        guard folds > 0 else {
            names = nil
            return
        }
        var sentenceNames: [SentenceNames] = []
        var fold: [Int] = []
        for (sentence, range) in sentences.enumerated() {
            let labels = Array(gold[range])
            sentenceNames.append(
                EntityTag.names(labels, offset: range.lowerBound).map { (characters[$0.range], $0.kind) })
            fold.append(Int(EntityFeatures.finish(documents[sentence]) % UInt64(folds)))
        }
        let all = NameTable.strings(sentenceNames.flatMap { $0 })
        let counts: (names: [[UInt64: Int]], occurrences: [[UInt64: Int]]) =
            ratios ? nameCounts(all, sentenceNames, fold, folds: folds) : ([], [])
        func sum(_ counts: [[UInt64: Int]], without held: Int) -> [UInt64: Int] {
            var out: [UInt64: Int] = [:]
            for (index, fold) in counts.enumerated() where index != held { out.merge(fold, uniquingKeysWith: +) }
            return out
        }
        func table(_ strings: [(key: UInt64, info: UInt8)], without held: Int) -> (bits: Int, bytes: [UInt8]) {
            NameTable.bytes(
                NameTable.rated(
                    strings, names: sum(counts.names, without: held),
                    occurrences: sum(counts.occurrences, without: held)))
        }
        names = table(all, without: -1)
        for held in 0..<folds {
            let others = sentenceNames.indices.filter { fold[$0] != held }.flatMap { sentenceNames[$0] }
            mark(sentences.indices.filter { fold[$0] == held }, with: table(NameTable.strings(others), without: held))
        }
    }

    /// For each fold, how often each name of `strings` is a name in its sentences and how often its
    /// characters occur there.
    private func nameCounts(
        _ strings: [(key: UInt64, info: UInt8)], _ sentenceNames: [SentenceNames], _ fold: [Int], folds: Int
    ) -> (names: [[UInt64: Int]], occurrences: [[UInt64: Int]]) {
        var names = [[UInt64: Int]](repeating: [:], count: folds)
        var occurrences = [[UInt64: Int]](repeating: [:], count: folds)
        let full = NameTable.bytes(strings)
        full.bytes.withUnsafeBytes { bytes in
            characters.withUnsafeBufferPointer { s in
                let table = NameTable(bytes.baseAddress!, bits: full.bits)
                for (sentence, range) in sentences.enumerated() {
                    table.occurrences(range, s, into: &occurrences[fold[sentence]])
                }
            }
        }
        for (sentence, found) in sentenceNames.enumerated() {
            for name in found where name.characters.count >= 2 && name.characters.count <= NameTable.longest {
                var hash = NameTable.seed
                for character in name.characters { hash = EntityFeatures.step(hash, UInt64(character)) }
                names[fold[sentence]][NameTable.key(hash), default: 0] += 1
            }
        }
        return (names, occurrences)
    }

    /// Fills the names slot of the characters of the sentences `chosen` from `table`.
    private mutating func mark(_ chosen: [Int], with table: (bits: Int, bytes: [UInt8])) {
        let ranges = chosen.map { sentences[$0] }
        let characters = characters
        let marks = table.bytes.withUnsafeBytes { bytes in
            characters.withUnsafeBufferPointer { s in
                let names = NameTable(bytes.baseAddress!, bits: table.bits)
                return ranges.map { names.marks($0, s) }
            }
        }
        let width = EntityFeatures.count
        for (range, marks) in zip(ranges, marks) {
            for (offset, mark) in marks.enumerated() where mark != 0 {
                features[(range.lowerBound + offset) * width + Int(EntityFeatures.names)] = EntityRules.nameFeature(
                    mark)
            }
        }
    }
}
