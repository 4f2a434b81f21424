/// The features the entity model reads at each character of a sentence, as 64-bit hashes.
///
/// Each character gets ``count`` slots, one per template below; a slot of 0 is a feature that
/// does not apply there. A hash joins the template's number with what it reads, so the same
/// characters under two templates are two features. The hash is fixed (FNV-1a steps and a
/// final mix), never Swift's seeded `Hasher`: the trainer and the recognizer must agree across
/// processes.
///
/// The features read the text, the tokenizer's tokens and the lexicon and lists, never the rules'
/// decisions: a model mode costs the model alone. Sixteen templates, chosen on held-out training
/// sentences (README, "Entities"): more (c₋₂, c₊₂, c₋₁c₊₁, c₊₁c₊₂, c₋₂c₋₁, trigrams, the previous
/// word with c₀, the lexicon's longest word of any class, the characters' classes in the lists)
/// scored the same and cost a look-up each.
/// - characters: c₀, c₋₁, c₊₁, c₋₁c₀, c₀c₊₁ (digits and Latin letters folded to one each).
/// - token: the tokenizer's token around c₀: its kind and length, its lexicon class, c₀'s position
///   (B, M, E, S) in it (every character has it: it is the labels' prior too); the word itself.
/// - neighbours: the token before and the token after, with c₀'s position.
/// - lexicon words: in one feature, c₀'s position in the longest place, body and person word of the
///   lexicon and in the longest division of the gazetteer covering it, with their lengths.
/// - cues: a title before the word, a verb of speech after it, a surname at c₀, a suffix of a
///   body or a place ending the word, the word a country, region or well-known body of the lists.
/// - names: c₀'s position in the longest name of the training data covering it, with its length,
///   kinds and how often it is a name where it occurs (``NameTable``; jack-knifed in training). Only
///   models trained with names have it (`train --name-folds N`); without their table it stays 0.
/// - clusters: the classes of characters learned from unlabelled text (``CharacterClusters``): the
///   fine class of c₀, of c₋₁c₀ and of c₀c₊₁, the coarse classes of c₋₁c₀c₊₁. Only models trained
///   with classes have them (`train --clusters FINE:COARSE`); without the table they stay 0.
enum EntityFeatures {
    /// Slots per character.
    static let count = 16

    // Template numbers (the slot of each, in order); 0…4 are the characters'.
    static let token: UInt64 = 5
    static let word: UInt64 = 6
    static let previous: UInt64 = 7
    static let next: UInt64 = 8
    static let lexiconWords: UInt64 = 9
    static let cues: UInt64 = 10
    static let names: UInt64 = 11
    /// The first of the four cluster templates (``CharacterClusters``; 12…15).
    static let clusters: UInt64 = 12

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

    /// The feature of `template` reading `a` and `b`.
    @inline(__always)
    static func hash(_ template: UInt64, _ a: UInt64, _ b: UInt64 = 0) -> UInt64 {
        finish(step(step(start(template), a), b))
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

/// What the features of a sentence's characters read besides the characters and tokens: marks per
/// character from the gazetteer, the lexicon and the lists (see ``EntityRules/features(_:_:into:)``).
struct SentenceMarks {
    /// The sentence's scalar range.
    let range: Range<Int>
    /// Each character's position in a division of the gazetteer, with its length, or 0.
    let gazetteer: [UInt8]
    /// Each character's marks in the lexicon's words of places, bodies and people (3 a character;
    /// see ``EntityRules/lexiconWordMarks(_:_:)``).
    let lexiconWords: [UInt8]
    /// Each character's place in the longest name of the model's training data covering it
    /// (``NameTable/marks(_:_:)``), or empty when no table is given.
    var names: [UInt16] = []
}

/// What the features of a token's characters read about the token and its neighbours.
struct TokenContext {
    /// The token's shape: its kind and length (up to 6) and its lexicon class.
    var shape: UInt64 = 0
    /// The word's hash when it is a word of 2 to 8 characters, or 0.
    var word: UInt64 = 0
    /// The tokens before and after it.
    var previous: UInt64 = 0
    var next: UInt64 = 0
    /// Cues: 1 a title before it, 2 a verb of speech after it, 4 a body's suffix, 8 a place's suffix
    /// ending it; 32, 64, 96 a country, a region, a well-known body of the lists.
    var cues: UInt64 = 0
}

extension EntityRules {
    /// Appends the features of every character of the sentence `tokens` to `out`
    /// (``EntityFeatures/count`` slots a character, from the first token's start to the last one's end).
    ///
    /// `names` is the model's table of names seen in training; without it that slot stays 0.
    func features(
        _ tokens: [Token], _ s: UnsafeBufferPointer<UInt32>, names: NameTable?, clusters: CharacterClusters? = nil,
        into out: inout [UInt64]
    ) {
        guard let first = tokens.first, let last = tokens.last else { return }
        let range = first.scalarOffsets.lowerBound..<last.scalarOffsets.upperBound
        let base = out.count
        out.append(contentsOf: repeatElement(0, count: range.count * EntityFeatures.count))
        let marks = SentenceMarks(
            range: range, gazetteer: gazetteerMarks(range, s), lexiconWords: lexiconWordMarks(range, s),
            names: names?.marks(range, s) ?? [])
        out.withUnsafeMutableBufferPointer { out in
            for index in tokens.indices {
                let context = tokenContext(tokens, index, s)
                for at in tokens[index].scalarOffsets {
                    characterFeatures(
                        at, tokens[index].scalarOffsets, context, marks, s,
                        into: out.baseAddress! + base + (at - range.lowerBound) * EntityFeatures.count)
                }
            }
            clusters?.fill(range, s, out.baseAddress! + base)
        }
    }

    /// The feature of a character's mark in the names seen in training (``NameTable/marks(_:_:)``),
    /// or 0 (none) for no mark.
    @inline(__always)
    static func nameFeature(_ mark: UInt16) -> UInt64 {
        mark == 0 ? 0 : EntityFeatures.hash(EntityFeatures.names, UInt64(mark))
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
        var lexicon: UInt64 = 0xFF
        if token.kind == .word {
            lexicon = lexiconClass(range, s).map { UInt64($0.tag.rawValue) << 1 | ($0.added ? 1 : 0) } ?? 0xFE
            if range.count >= 2 && range.count <= 8 { context.word = tokenText(token, s) }
            context.cues = vocabularyClass(range, s) << 5
        }
        context.previous = tokenText(index > 0 ? tokens[index - 1] : nil, s)
        context.next = tokenText(index + 1 < tokens.count ? tokens[index + 1] : nil, s)
        context.cues |= cues(tokens, index, s)
        context.shape = lexicon << 16 | UInt64(token.kind.rawValue) << 8 | UInt64(min(range.count, 6)) << 4
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
            slots[Int(template)] = EntityFeatures.hash(template, a, b)
        }
        let position = UInt64(Self.position(at, in: token))
        let (c0, cm1, cp1) = (character(at), character(at - 1), character(at + 1))
        put(0, c0)
        put(1, cm1)
        put(2, cp1)
        put(3, cm1, c0)
        put(4, c0, cp1)
        put(EntityFeatures.token, context.shape | position)
        if context.word != 0 { put(EntityFeatures.word, context.word, position) }
        put(EntityFeatures.previous, context.previous, position)
        put(EntityFeatures.next, context.next, position)
        let offset = at - range.lowerBound
        let words = offset * 3
        let named =
            UInt64(marks.lexiconWords[words]) | UInt64(marks.lexiconWords[words + 1]) << 8
            | UInt64(marks.lexiconWords[words + 2]) << 16 | UInt64(marks.gazetteer[offset]) << 24
        if named != 0 { put(EntityFeatures.lexiconWords, named) }
        let surname: UInt64 = EntityVocabulary.surnames.contains(s[at]) ? 16 : 0
        put(EntityFeatures.cues, context.cues | surname, position)
        if !marks.names.isEmpty { slots[Int(EntityFeatures.names)] = Self.nameFeature(marks.names[offset]) }
    }
}

extension EntityRules {
    /// For each character of `range` and each of place, body, person (3 entries a character):
    /// its position (0 B, 1 M, 2 E) and length (up to 6) in the longest lexicon word of that
    /// class covering it, as `length << 2 | position`, or 0.
    func lexiconWordMarks(_ range: Range<Int>, _ s: UnsafeBufferPointer<UInt32>) -> [UInt8] {
        var marks = [UInt8](repeating: 0, count: range.count * 3)
        var lengths = [UInt8](repeating: 0, count: range.count * 3)
        // The tries are read once, not copied (and retained) for each character.
        let overlay = tokenizer.overlay
        let base = tokenizer.base
        marks.withUnsafeMutableBufferPointer { marks in
            lengths.withUnsafeMutableBufferPointer { lengths in
                let words = LexiconWords(range: range, s: s, marks: marks, lengths: lengths)
                let overlayNames = overlay?.namesBelow
                let baseNames = base?.namesBelow
                for start in range where s[start] < Scalar.pastBMP {
                    if let overlay, let overlayNames { words.walk(overlay, overlayNames, from: start) }
                    if let base, let baseNames { words.walk(base, baseNames, from: start) }
                }
            }
        }
        return marks
    }
}

/// The walk of ``EntityRules/lexiconWordMarks(_:_:)`` over a sentence's characters.
struct LexiconWords {
    let range: Range<Int>
    let s: UnsafeBufferPointer<UInt32>
    let marks: UnsafeMutableBufferPointer<UInt8>
    let lengths: UnsafeMutableBufferPointer<UInt8>

    /// Marks the characters of the words of `trie` (up to 12 characters) that start at `start`.
    ///
    /// A word marks them where it is the longest of its class (place, body, person) so far.
    /// `names` is the trie's ``FlatTrie/namesBelow``: the class of each node's word, and whether
    /// any name lies below it (the walk stops where none does).
    @inline(__always)
    func walk(_ trie: FlatTrie, _ names: UnsafePointer<UInt8>, from start: Int) {
        // The first step reads the root's names by scalar (``FlatTrie/rootNames``; `start` is in the
        // BMP), and the root table only when a name lies below.
        guard names[trie.nodeCount + Int(s[start])] != 0 else { return }
        var node: UInt32 = 0
        var end = start
        while end < range.upperBound, end - start < 12 {
            node = trie.child(node, s[end])
            guard node != 0 else { return }
            let entry = names[Int(node)]
            if entry == 0 { return }
            end += 1
            let own = Int(entry >> NameBits.kindShift)
            guard end - start >= 2, own != 0 else { continue }
            let kind = own - 1
            let length = UInt8(min(end - start, 15))
            for at in start..<end where lengths[(at - range.lowerBound) * 3 + kind] < length {
                lengths[(at - range.lowerBound) * 3 + kind] = length
                let position: UInt8 = at == start ? 0 : at == end - 1 ? 2 : 1
                marks[(at - range.lowerBound) * 3 + kind] = min(length, 6) << 2 | position
            }
        }
    }
}
