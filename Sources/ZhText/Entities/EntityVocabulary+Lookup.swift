/// A set of characters looked up with one load: a bit per BMP scalar.
///
/// The entity rules ask "is this a surname, a function word, a suffix's last character?" for
/// nearly every character they read; hashing each time would cost more than the rules
/// themselves.
struct ScalarSet: Sendable {
    /// The scalars of the Basic Multilingual Plane, the only ones a set holds.
    static var planeSize: UInt32 { 1 << 16 }

    private let bits: [UInt64]

    init(_ characters: String) {
        var bits = [UInt64](repeating: 0, count: Int(ScalarSet.planeSize) / 64)
        for scalar in characters.unicodeScalars where scalar.value < ScalarSet.planeSize {
            bits[Int(scalar.value >> 6)] |= 1 << UInt64(scalar.value & 63)
        }
        self.bits = bits
    }

    init(_ scalars: some Sequence<UInt32>) {
        self.init(String(String.UnicodeScalarView(scalars.compactMap(Unicode.Scalar.init))))
    }

    @inline(__always)
    func contains(_ scalar: UInt32) -> Bool {
        scalar < ScalarSet.planeSize && bits[Int(scalar >> 6)] & (1 << UInt64(scalar & 63)) != 0
    }
}

/// A set of words looked up by a slice of the text's scalars, without building a string or an
/// array: an open-addressing hash table over the words' scalars.
struct WordList: Sendable {
    private let words: [[UInt32]]
    /// Slots of the hash table: an index into `words`, or -1.
    private let slots: [Int32]
    private let mask: Int
    /// The words' first scalars and lengths, which turn most lookups down before hashing.
    private let firsts: ScalarSet
    private let lengths: ClosedRange<Int>

    init(_ list: some Sequence<String>) {
        let words = Array(Set(list)).map { $0.unicodeScalars.map(\.value) }
        var size = 16
        while size < words.count * 4 { size *= 2 }
        var slots = [Int32](repeating: -1, count: size)
        for (index, word) in words.enumerated() {
            var slot = Int(truncatingIfNeeded: Self.hash(word[...])) & (size - 1)
            while slots[slot] >= 0 { slot = (slot + 1) & (size - 1) }
            slots[slot] = Int32(index)
        }
        self.words = words
        self.slots = slots
        mask = size - 1
        firsts = ScalarSet(words.compactMap(\.first))
        lengths = (words.map(\.count).min() ?? 1)...(words.map(\.count).max() ?? 1)
    }

    /// Whether the scalars of `word` spell one of the words.
    func contains<C: Collection>(_ word: C) -> Bool where C.Element == UInt32 {
        guard let first = word.first, firsts.contains(first), lengths.contains(word.count) else { return false }
        var slot = Int(truncatingIfNeeded: Self.hash(word)) & mask
        while slots[slot] >= 0 {
            if words[Int(slots[slot])].elementsEqual(word) { return true }
            slot = (slot + 1) & mask
        }
        return false
    }

    /// FNV-1a over the scalars.
    private static func hash<C: Collection>(_ word: C) -> UInt64 where C.Element == UInt32 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for scalar in word {
            hash = (hash ^ UInt64(scalar)) &* 0x100_0000_01B3
        }
        return hash
    }
}

/// Words indexed by their first or last scalar, so that a token is checked against the few that
/// can start or end it; a scalar that starts or ends none is rejected with one load.
struct KeywordIndex: Sendable {
    private let scalars: ScalarSet
    private let words: [UInt32: [Keyword]]

    init(_ list: [Keyword], byLast: Bool) {
        var words: [UInt32: [Keyword]] = [:]
        for word in list { words[byLast ? word.scalars.last! : word.scalars.first!, default: []].append(word) }
        self.words = words
        scalars = ScalarSet(words.keys)
    }

    /// The words that end (or start) with `scalar`, in list order, or nil.
    @inline(__always)
    subscript(scalar: UInt32) -> [Keyword]? {
        scalars.contains(scalar) ? words[scalar] : nil
    }
}

extension Tokenizer {
    /// The longest lexicon word that is a prefix of `scalars` (shorter than it) and whose class
    /// satisfies `accept`, added words first on equal length; `lexiconPrefixes` without arrays.
    func longestLexiconPrefix(_ scalars: UnsafeBufferPointer<UInt32>, where accept: (WordClass) -> Bool) -> (
        length: Int, tag: WordClass
    )? {
        var best: (length: Int, tag: WordClass)?
        func walk(_ trie: FlatTrie, _ classes: [WordClass]) {
            var node: UInt32 = 0
            for index in 0..<(scalars.count - 1) {
                node = trie.child(node, scalars[index])
                if node == 0 { return }
                if trie.isWord(node), index + 1 > (best?.length ?? 0) {
                    let tag = classes[Int(trie.tag[Int(node)])]
                    if accept(tag) { best = (index + 1, tag) }
                }
            }
        }
        if let overlay { walk(overlay, overlayClasses) }
        if let base { walk(base, baseClasses) }
        return best
    }
}
