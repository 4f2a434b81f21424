/// The features the entity model reads at each character of a sentence, as 64-bit hashes.
///
/// Each character gets ``count`` slots, one per template below; a slot of 0 is a feature that
/// does not apply there. A hash joins the template's number with what it reads, so the same
/// characters under two templates are two features. The hash is fixed (FNV-1a steps and a
/// final mix), never Swift's seeded `Hasher`: the trainer and the recognizer must agree across
/// processes.
///
/// - bias: nothing (each label's prior).
/// - characters: c₀, c₋₁, c₊₁, c₋₂, c₊₂, c₋₁c₀, c₀c₊₁, c₋₁c₊₁, c₊₁c₊₂, c₋₂c₋₁ (digits and Latin
///   letters folded to one each).
/// - lexicon words: for places, bodies and people, c₀'s position in the longest word of that class
///   in the lexicon covering it, whatever the tokenizer chose, with its length.
/// - token: the tokenizer's token around c₀: its kind and length with c₀'s position (B, M, E, S);
///   the word itself; its lexicon class.
/// - neighbours: the token before and the token after, with c₀'s position.
/// - rules: the label the rules give c₀ (kind and position in the rules' name).
/// - gazetteer: c₀'s position in a division the gazetteer holds, with its length.
/// - vocabulary: the word is a country, region or well-known body of the rules' lists.
/// - cues: a title before the word, a verb of speech after it, a surname at c₀, a suffix of a
///   body or a place ending the word.
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

/// What the features of a sentence's characters read besides the characters: marks per
/// character from the rules, the gazetteer and the lexicon (see ``EntityRules/features(_:_:chosen:into:)``).
struct SentenceMarks {
    /// The sentence's scalar range.
    let range: Range<Int>
    /// The rules' label of each character: kind (1…3) and position (0 B, 1 M, 2 E, 3 S), or 0.
    let rules: [UInt8]
    /// Each character's position in a division of the gazetteer, with its length, or 0.
    let gazetteer: [UInt8]
    /// Each character's marks in the lexicon's words of places, bodies and people (3 a character).
    let lexiconWords: [UInt8]
}

/// What the features of a token's characters read about the token and its neighbours.
struct TokenContext {
    /// The token's shape: its kind and length (up to 6).
    var shape: UInt64 = 0
    /// The word's hash when it is a word of 2 to 8 characters, or 0.
    var word: UInt64 = 0
    /// Whether the token is a word (and so has a lexicon class).
    var isWord = false
    /// Its lexicon class and whether it was added (0xFF: none).
    var lexicon: UInt64 = 0xFF
    /// The tokens before and after it.
    var previous: UInt64 = 0
    var next: UInt64 = 0
    /// Cues: 1 a title before it, 2 a verb of speech after it, 4 a body's suffix, 8 a place's suffix ending it.
    var cues: UInt64 = 0
    /// 1 a country, 2 a region, 3 a well-known body of the rules' lists, or 0.
    var vocabulary: UInt64 = 0
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
        let range = first.scalarOffsets.lowerBound..<last.scalarOffsets.upperBound
        let base = out.count
        out.append(contentsOf: repeatElement(0, count: range.count * EntityFeatures.count))
        let marks = SentenceMarks(
            range: range, rules: ruleMarks(chosen, range), gazetteer: gazetteerMarks(range, s),
            lexiconWords: lexiconWordMarks(range, s))
        out.withUnsafeMutableBufferPointer { out in
            for index in tokens.indices {
                let context = tokenContext(tokens, index, s)
                for at in tokens[index].scalarOffsets {
                    characterFeatures(
                        at, tokens[index].scalarOffsets, context, marks, s,
                        into: out.baseAddress! + base + (at - range.lowerBound) * EntityFeatures.count)
                }
            }
        }
    }

    /// The rules' label of each character of `range`: kind (1…3) and position (0 B, 1 M, 2 E, 3 S).
    func ruleMarks(_ chosen: [Candidate], _ range: Range<Int>) -> [UInt8] {
        var marks = [UInt8](repeating: 0, count: range.count)
        for name in chosen {
            let kind = UInt8((EntityTag.tag(name.kind, EntityTag.begin) - 1) / 4 + 1)
            for index in name.range where range.contains(index) {
                marks[index - range.lowerBound] = kind << 2 | Self.position(index, in: name.range)
            }
        }
        return marks
    }

    /// The position of `index` in `range`: 0 first, 1 inside, 2 last, 3 alone.
    @inline(__always)
    static func position(_ index: Int, in range: Range<Int>) -> UInt8 {
        range.count == 1 ? 3 : index == range.lowerBound ? 0 : index == range.upperBound - 1 ? 2 : 1
    }

    /// The gazetteer's divisions of 2 or more characters in `range`, read left to right, longest
    /// first: each character's position (0 B, 1 M, 2 E) and the length (up to 6), with bit 7 set.
    func gazetteerMarks(_ range: Range<Int>, _ s: UnsafeBufferPointer<UInt32>) -> [UInt8] {
        var marks = [UInt8](repeating: 0, count: range.count)
        var index = range.lowerBound
        while index < range.upperBound {
            guard EntityVocabulary.places.child(0, s[index]) != 0,
                let end = placeMatch(at: index, s, limit: range.upperBound), end - index >= 2
            else {
                index += 1
                continue
            }
            let size = UInt8(min(end - index, 6))
            for position in index..<end {
                let at: UInt8 = position == index ? 0 : position == end - 1 ? 2 : 1
                marks[position - range.lowerBound] = size << 2 | at | 0x80
            }
            index = end
        }
        return marks
    }

    /// What the features of the characters of `tokens[index]` read about it and its neighbours.
    func tokenContext(_ tokens: [Token], _ index: Int, _ s: UnsafeBufferPointer<UInt32>) -> TokenContext {
        let token = tokens[index]
        let range = token.scalarOffsets
        var context = TokenContext()
        context.isWord = token.kind == .word
        if context.isWord {
            let lexicon = lexiconClass(range, s)
            context.lexicon = lexicon.map { UInt64($0.tag.rawValue) << 1 | ($0.added ? 1 : 0) } ?? 0xFF
            if range.count >= 2 && range.count <= 8 { context.word = tokenText(token, s) }
            context.vocabulary = vocabularyClass(range, s)
        }
        context.previous = tokenText(index > 0 ? tokens[index - 1] : nil, s)
        context.next = tokenText(index + 1 < tokens.count ? tokens[index + 1] : nil, s)
        context.cues = cues(tokens, index, s)
        context.shape = UInt64(token.kind.rawValue) << 8 | UInt64(min(range.count, 6)) << 4
        return context
    }

    /// A token as the token templates read it: a word's characters hashed, other tokens by kind.
    @inline(__always)
    func tokenText(_ token: Token?, _ s: UnsafeBufferPointer<UInt32>) -> UInt64 {
        guard let token else { return 0x11_0002 }
        if token.kind != .word { return 0x11_0010 &+ UInt64(token.kind.rawValue) }
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for at in token.scalarOffsets { hash = EntityFeatures.step(hash, UInt64(s[at])) }
        return hash
    }

    /// The cues around `tokens[index]`: a title before it (1), a verb of speech after it (2), a
    /// body's suffix (4) or a place's suffix (8) ending it.
    func cues(_ tokens: [Token], _ index: Int, _ s: UnsafeBufferPointer<UInt32>) -> UInt64 {
        var cues: UInt64 = 0
        if index > 0, tokens[index - 1].kind == .word, endsWithTitle(tokens[index - 1].scalarOffsets, s) {
            cues |= 1
        }
        if index + 1 < tokens.count, tokens[index + 1].kind == .word {
            let next = tokens[index + 1].scalarOffsets
            if let words = EntityVocabulary.afterNameByFirst[s[next.lowerBound]],
                words.contains(where: { startsWith($0, next, s) })
            {
                cues |= 2
            }
        }
        guard tokens[index].kind == .word else { return cues }
        let range = tokens[index].scalarOffsets
        let end = s[range.upperBound - 1]
        if let suffixes = EntityVocabulary.organizationSuffixesByLast[end],
            suffixes.contains(where: { endsWith($0, range, s) })
        {
            cues |= 4
        }
        if let suffixes = EntityVocabulary.placeSuffixesByLast[end],
            suffixes.contains(where: { endsWith($0, range, s) })
        {
            cues |= 8
        }
        return cues
    }

    /// 1 when the word at `range` is a country, 2 a region, 3 a well-known body, else 0.
    func vocabularyClass(_ range: Range<Int>, _ s: UnsafeBufferPointer<UInt32>) -> UInt64 {
        guard range.count >= 2 else { return 0 }
        let word = s[range]
        if EntityVocabulary.countries.contains(word) { return 1 }
        if EntityVocabulary.regions.contains(word) { return 2 }
        if EntityVocabulary.wellKnownOrganizations.contains(word) { return 3 }
        return 0
    }

    /// Writes the ``EntityFeatures/count`` features of the character at `at`, in the token at
    /// `token`, to `slots`.
    @inline(__always)
    func characterFeatures(
        _ at: Int, _ token: Range<Int>, _ context: TokenContext, _ marks: SentenceMarks,
        _ s: UnsafeBufferPointer<UInt32>, into slots: UnsafeMutablePointer<UInt64>
    ) {
        let range = marks.range
        @inline(__always) func character(_ at: Int) -> UInt64 {
            at < range.lowerBound ? 0x11_0000 : at >= range.upperBound ? 0x11_0001 : EntityFeatures.folded(s[at])
        }
        @inline(__always) func put(_ template: UInt64, _ a: UInt64 = 0, _ b: UInt64 = 0) {
            slots[Int(template)] = EntityFeatures.finish(
                EntityFeatures.step(EntityFeatures.step(EntityFeatures.start(template), a), b))
        }
        let position = UInt64(Self.position(at, in: token))
        let (c0, cm1, cp1, cm2, cp2) = (
            character(at), character(at - 1), character(at + 1), character(at - 2), character(at + 2)
        )
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
        put(11, context.shape | position)
        if context.word != 0 { put(EntityFeatures.word, context.word, position) }
        if context.isWord { put(EntityFeatures.lexicon, context.lexicon, position) }
        let offset = at - range.lowerBound
        put(EntityFeatures.rules, UInt64(marks.rules[offset]))
        if marks.gazetteer[offset] != 0 { put(EntityFeatures.gazetteer, UInt64(marks.gazetteer[offset])) }
        put(EntityFeatures.previous, context.previous, position)
        put(EntityFeatures.next, context.next, position)
        let surname: UInt64 = EntityVocabulary.surnames.contains(s[at]) ? 16 : 0
        put(EntityFeatures.cues, context.cues | surname, position)
        if context.vocabulary != 0 { put(EntityFeatures.vocabulary, context.vocabulary, position) }
        for kind in 0..<3 {
            let mark = marks.lexiconWords[offset * 3 + kind]
            if mark != 0 { put(EntityFeatures.lexiconWords + UInt64(kind), UInt64(mark)) }
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
        // The tries and their classes are read once, not copied (and retained) for each character.
        let overlay = tokenizer.overlay
        let base = tokenizer.base
        let overlayKinds = tokenizer.overlayClasses.map(Self.lexiconKind)
        let baseKinds = tokenizer.baseClasses.map(Self.lexiconKind)
        marks.withUnsafeMutableBufferPointer { marks in
            lengths.withUnsafeMutableBufferPointer { lengths in
                var words = LexiconWords(range: range, s: s, marks: marks, lengths: lengths)
                for start in range {
                    if let overlay { words.walk(overlay, overlayKinds, from: start) }
                    if let base { words.walk(base, baseKinds, from: start) }
                }
            }
        }
        return marks
    }

    /// The class a lexicon word class marks: 0 place, 1 body, 2 person, -1 none.
    static func lexiconKind(_ wordClass: WordClass) -> Int {
        switch wordClass {
        case .place: 0
        case .organization: 1
        case .person: 2
        default: -1
        }
    }
}

/// The walk of ``EntityRules/lexiconWordMarks(_:_:)`` over a sentence's characters.
struct LexiconWords {
    let range: Range<Int>
    let s: UnsafeBufferPointer<UInt32>
    let marks: UnsafeMutableBufferPointer<UInt8>
    let lengths: UnsafeMutableBufferPointer<UInt8>

    /// Marks the characters of the words of `trie` (up to 12 characters) that start at `start`,
    /// where each is the longest of its class so far.
    @inline(__always)
    func walk(_ trie: FlatTrie, _ kinds: [Int], from start: Int) {
        var node: UInt32 = 0
        var end = start
        while end < range.upperBound, end - start < 12 {
            node = trie.child(node, s[end])
            if node == 0 { return }
            end += 1
            guard end - start >= 2, trie.isWord(node) else { continue }
            let kind = kinds[Int(trie.tag[Int(node)])]
            guard kind >= 0 else { continue }
            let length = UInt8(min(end - start, 15))
            for at in start..<end where lengths[(at - range.lowerBound) * 3 + kind] < length {
                lengths[(at - range.lowerBound) * 3 + kind] = length
                let position: UInt8 = at == start ? 0 : at == end - 1 ? 2 : 1
                marks[(at - range.lowerBound) * 3 + kind] = min(length, 6) << 2 | position
            }
        }
    }
}
