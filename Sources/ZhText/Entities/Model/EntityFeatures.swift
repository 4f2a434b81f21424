/// The features the entity model reads at each character of a sentence, as 64-bit hashes.
///
/// Each character gets ``count`` slots, one per template below; a slot of 0 is a feature that
/// does not apply there. A hash joins the template's number with what it reads, so the same
/// characters under two templates are two features. The hash is fixed (FNV-1a steps and a
/// final mix), never Swift's seeded `Hasher`: the trainer and the recognizer must agree across
/// processes.
///
/// | template | reads |
/// | --- | --- |
/// | bias | nothing (each label's prior) |
/// | characters | c₀, c₋₁, c₊₁, c₋₂, c₊₂, c₋₁c₀, c₀c₊₁, c₋₁c₊₁, c₊₁c₊₂, c₋₂c₋₁ (digits and Latin letters folded to one each) |
/// | lexicon words | for places, bodies and people: c₀'s position in the longest word of that class in the lexicon covering it, whatever the tokenizer chose, with its length |
/// | token | the tokenizer's token around c₀: its kind and length with c₀'s position (B, M, E, S); the word itself; its lexicon class |
/// | neighbours | the token before and the token after, with c₀'s position |
/// | rules | the label the rules give c₀ (kind and position in the rules' name) |
/// | gazetteer | c₀'s position in a division the gazetteer holds, with its length |
/// | vocabulary | the word is a country, region or well-known body of the rules' lists |
/// | cues | a title before the word, a verb of speech after it, a surname at c₀, a suffix of a body or a place ending the word |
enum EntityFeatures {
    /// Slots per character.
    static let count = 23

    // Template numbers (the slot of each, in order).
    static let bias: UInt64 = 0
    static let word: UInt64 = 12
    static let lexicon: UInt64 = 13
    static let rules: UInt64 = 14
    static let gazetteer: UInt64 = 15
    static let previous: UInt64 = 16
    static let next: UInt64 = 17
    static let cues: UInt64 = 18
    static let vocabulary: UInt64 = 19
    /// Three templates: places, bodies, people.
    static let lexiconWords: UInt64 = 20

    /// The start of a hash for `template`.
    @inline(__always)
    static func start(_ template: UInt64) -> UInt64 {
        step(0xCBF2_9CE4_8422_2325, template &+ 0x9E37)
    }

    /// One FNV-1a step over a value.
    @inline(__always)
    static func step(_ hash: UInt64, _ value: UInt64) -> UInt64 {
        (hash ^ value) &* 0x100_0000_01B3
    }

    /// The final mix (SplitMix64's), so that low and high bits both depend on every input; never 0.
    @inline(__always)
    static func finish(_ hash: UInt64) -> UInt64 {
        var z = hash
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        z ^= z >> 31
        return z == 0 ? 1 : z
    }

    /// A character as the character templates read it: digits and Latin letters folded.
    @inline(__always)
    static func folded(_ scalar: UInt32) -> UInt64 {
        switch scalar {
        case 0x30...0x39: 0x30
        case 0x41...0x5A, 0x61...0x7A: 0x61
        default: UInt64(scalar)
        }
    }
}

extension EntityRules {
    /// Appends the features of every character of the sentence `tokens` to `out`
    /// (``EntityFeatures/count`` slots a character, from the first token's start to the last one's end).
    ///
    /// - Parameter chosen: the names the rules chose in the sentence.
    func features(
        _ tokens: [Token], _ s: UnsafeBufferPointer<UInt32>, chosen: [Candidate], into out: inout [UInt64]
    ) {
        guard let first = tokens.first, let last = tokens.last else { return }
        let lower = first.scalarOffsets.lowerBound
        let upper = last.scalarOffsets.upperBound
        let length = upper - lower
        let base = out.count
        out.append(contentsOf: repeatElement(0, count: length * EntityFeatures.count))
        // The rules' labels: kind (1…3) and position (0 B, 1 M, 2 E, 3 S) per character.
        var ruleLabels = [UInt8](repeating: 0, count: length)
        for name in chosen {
            let kind = UInt8((EntityTag.tag(name.kind, EntityTag.begin) - 1) / 4 + 1)
            for index in name.range where index >= lower && index < upper {
                let position: UInt8 =
                    name.range.count == 1 ? 3 : index == name.range.lowerBound ? 0 : index == name.range.upperBound - 1 ? 2 : 1
                ruleLabels[index - lower] = kind << 2 | position
            }
        }
        // The gazetteer's divisions, read left to right, longest first.
        var gazetteer = [UInt8](repeating: 0, count: length)
        var index = lower
        while index < upper {
            if EntityVocabulary.places.child(0, s[index]) != 0, let end = placeMatch(at: index, s, limit: upper),
                end - index >= 2
            {
                let size = UInt8(min(end - index, 6))
                for position in index..<end {
                    let at: UInt8 = position == index ? 0 : position == end - 1 ? 2 : 1
                    gazetteer[position - lower] = size << 2 | at | 0x80
                }
                index = end
            } else {
                index += 1
            }
        }
        let lexiconWords = lexiconWordMarks(lower..<upper, s)
        @inline(__always) func character(_ at: Int) -> UInt64 {
            at < lower ? 0x11_0000 : at >= upper ? 0x11_0001 : EntityFeatures.folded(s[at])
        }
        @inline(__always) func text(_ token: Token?) -> UInt64 {
            guard let token else { return 0x11_0002 }
            if token.kind != .word { return 0x11_0010 &+ UInt64(token.kind.rawValue) }
            var hash: UInt64 = 0xCBF2_9CE4_8422_2325
            for at in token.scalarOffsets { hash = EntityFeatures.step(hash, UInt64(s[at])) }
            return hash
        }
        for (tokenIndex, token) in tokens.enumerated() {
            let range = token.scalarOffsets
            let count = range.count
            let isWord = token.kind == .word
            let lexicon = isWord ? lexiconClass(range, s) : nil
            let lexiconValue: UInt64 = lexicon.map { UInt64($0.tag.rawValue) << 1 | ($0.added ? 1 : 0) } ?? 0xFF
            let wordHash = isWord && count >= 2 && count <= 8 ? text(token) : 0
            let previousHash = text(tokenIndex > 0 ? tokens[tokenIndex - 1] : nil)
            let nextHash = text(tokenIndex + 1 < tokens.count ? tokens[tokenIndex + 1] : nil)

            var cues: UInt64 = 0
            if tokenIndex > 0, tokens[tokenIndex - 1].kind == .word, endsWithTitle(tokens[tokenIndex - 1].scalarOffsets, s) {
                cues |= 1
            }
            if tokenIndex + 1 < tokens.count, tokens[tokenIndex + 1].kind == .word,
                let words = EntityVocabulary.afterNameByFirst[s[tokens[tokenIndex + 1].scalarOffsets.lowerBound]],
                words.contains(where: { startsWith($0, tokens[tokenIndex + 1].scalarOffsets, s) })
            {
                cues |= 2
            }
            if isWord {
                let end = s[range.upperBound - 1]
                if let suffixes = EntityVocabulary.organizationSuffixesByLast[end],
                    suffixes.contains(where: { endsWith($0, range, s) })
                {
                    cues |= 4
                }
                if let suffixes = EntityVocabulary.placeSuffixesByLast[end], suffixes.contains(where: { endsWith($0, range, s) }) {
                    cues |= 8
                }
            }
            var vocabulary: UInt64 = 0
            if isWord, count >= 2 {
                let word = s[range]
                if EntityVocabulary.countries.contains(word) {
                    vocabulary = 1
                } else if EntityVocabulary.regions.contains(word) {
                    vocabulary = 2
                } else if EntityVocabulary.wellKnownOrganizations.contains(word) {
                    vocabulary = 3
                }
            }
            let shape = UInt64(token.kind.rawValue) << 8 | UInt64(min(count, 6)) << 4
            for at in range {
                let position: UInt64 = count == 1 ? 3 : at == range.lowerBound ? 0 : at == range.upperBound - 1 ? 2 : 1
                let c0 = character(at)
                let cm1 = character(at - 1)
                let cp1 = character(at + 1)
                let cm2 = character(at - 2)
                let cp2 = character(at + 2)
                let slot = base + (at - lower) * EntityFeatures.count
                out.withUnsafeMutableBufferPointer { f in
                    @inline(__always) func put(_ template: UInt64, _ a: UInt64 = 0, _ b: UInt64 = 0) {
                        let hash = EntityFeatures.step(EntityFeatures.step(EntityFeatures.start(template), a), b)
                        f[slot + Int(template)] = EntityFeatures.finish(hash)
                    }
                    put(0)
                    put(1, c0)
                    put(2, cm1)
                    put(3, cp1)
                    put(4, cm2)
                    put(5, cp2)
                    put(6, cm1, c0)
                    put(7, c0, cp1)
                    put(8, cm1, cp1)
                    put(9, cp1, cp2)
                    put(10, cm2, cm1)
                    put(11, shape | position)
                    if wordHash != 0 { put(EntityFeatures.word, wordHash, position) }
                    if isWord { put(EntityFeatures.lexicon, lexiconValue, position) }
                    put(EntityFeatures.rules, UInt64(ruleLabels[at - lower]))
                    let place = gazetteer[at - lower]
                    if place != 0 { put(EntityFeatures.gazetteer, UInt64(place)) }
                    put(EntityFeatures.previous, previousHash, position)
                    put(EntityFeatures.next, nextHash, position)
                    let surname: UInt64 = EntityVocabulary.surnames.contains(s[at]) ? 16 : 0
                    put(EntityFeatures.cues, cues | surname, position)
                    if vocabulary != 0 { put(EntityFeatures.vocabulary, vocabulary, position) }
                    for kind in 0..<3 {
                        let mark = lexiconWords[(at - lower) * 3 + kind]
                        if mark != 0 { put(EntityFeatures.lexiconWords + UInt64(kind), UInt64(mark)) }
                    }
                }
            }
        }
    }
}

extension EntityRules {
    /// For each character of `range` and each of place, body, person (3 entries a character):
    /// its position (0 B, 1 M, 2 E) and length (up to 6) in the longest lexicon word of that
    /// class covering it, as `length << 2 | position`, or 0.
    func lexiconWordMarks(_ range: Range<Int>, _ s: UnsafeBufferPointer<UInt32>) -> [UInt8] {
        var marks = [UInt8](repeating: 0, count: range.count * 3)
        var lengths = [UInt8](repeating: 0, count: range.count * 3)
        func walk(_ trie: FlatTrie, _ classes: [WordClass], from start: Int) {
            var node: UInt32 = 0
            var end = start
            while end < range.upperBound, end - start < 12 {
                node = trie.child(node, s[end])
                if node == 0 { return }
                end += 1
                guard end - start >= 2, trie.isWord(node) else { continue }
                let kind: Int
                switch classes[Int(trie.tag[Int(node)])] {
                case .place: kind = 0
                case .organization: kind = 1
                case .person: kind = 2
                default: continue
                }
                let length = UInt8(min(end - start, 15))
                for at in start..<end where lengths[(at - range.lowerBound) * 3 + kind] < length {
                    lengths[(at - range.lowerBound) * 3 + kind] = length
                    let position: UInt8 = at == start ? 0 : at == end - 1 ? 2 : 1
                    marks[(at - range.lowerBound) * 3 + kind] = min(length, 6) << 2 | position
                }
            }
        }
        for start in range {
            if let overlay = tokenizer.overlay { walk(overlay, tokenizer.overlayClasses, from: start) }
            if let base = tokenizer.base { walk(base, tokenizer.baseClasses, from: start) }
        }
        return marks
    }
}
