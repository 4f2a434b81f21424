/// Finds names of people (PER), places (LOC) and organisations (ORG) with a gazetteer and rules.
///
/// The text is normalized and tokenized, then read sentence by sentence (no entity crosses
/// punctuation):
/// - Places: the gazetteer of administrative divisions and their short forms (鄞州区, 鄞州), the
///   lexicon's place tag (ns), and a name-like head followed by a place suffix (王家桥街道,
///   澜湾高新区, 张堰镇). Adjacent places join (宁波市鄞州区).
/// - Organisations: the lexicon's organisation tag (nt: 国务院), and a name-like head followed
///   by an organisation suffix (清澜区人民政府, 腾讯控股有限公司, 市统计局); generic bodies with no
///   name (市政府) are left out.
/// - People: a surname and a given name right after a title or role (市长邵闻达, 记者 王思远),
///   right before 同志, 表示 or 说, or a name the lexicon tags as a person (nr).
/// The longest name wins when candidates overlap.
public struct EntityRecognizer: Sendable {
    public let tokenizer: Tokenizer
    public let normalizer: Normalizer

    public init(tokenizer: Tokenizer = Tokenizer(), normalizer: Normalizer = Normalizer(foldWhitespace: false)) {
        self.tokenizer = tokenizer
        self.normalizer = normalizer
    }

    /// The entities of `text`, with ranges and offsets in `text`.
    public func entities(in text: String) -> [Entity] {
        entities(in: normalizer.normalize(text))
    }

    /// The entities of normalized text, with ranges and offsets in its original.
    public func entities(in normalized: NormalizedText) -> [Entity] {
        let scalars = FigureExtractor.fold(normalized)
        let found = scalars.withUnsafeBufferPointer { s in
            var session = Session(recognizer: self)
            tokenizer.enumerateTokens(in: normalized.text) { session.consume($0, s) }
            return session.finish(s)
        }
        return entities(found, OffsetMapper(normalized))
    }

    /// Maps found names to the original text.
    func entities(_ found: [Candidate], _ mapper: OffsetMapper) -> [Entity] {
        found.map { item in
            let (text, range, offsets) = mapper.original(item.range)
            return Entity(text: text, range: range, scalarOffsets: offsets, kind: item.kind)
        }
    }

    /// One pass over a text's tokens: sentences are recognized as they end.
    struct Session {
        let recognizer: EntityRecognizer
        private var sentence: [Token] = []
        private var known: [Keyword] = []
        private var found: [Candidate] = []

        init(recognizer: EntityRecognizer) {
            self.recognizer = recognizer
        }

        /// Takes the next token of the text whose (folded, normalized) scalars are `s`.
        mutating func consume(_ token: Token, _ s: UnsafeBufferPointer<UInt32>) {
            let first = s[token.scalarOffsets.lowerBound]
            let isColon = token.kind == .punctuation && (first == 0xFF1A || first == 0x3A)
            if !isColon, token.kind == .punctuation || token.kind == .symbol
                || (token.kind == .whitespace && s[token.scalarOffsets].contains(0x0A))
            {
                found += recognizer.recognize(sentence, s, known: &known)
                sentence.removeAll(keepingCapacity: true)
            } else {
                sentence.append(token)
            }
        }

        /// The names found, once the last token is in.
        mutating func finish(_ s: UnsafeBufferPointer<UInt32>) -> [Candidate] {
            found += recognizer.recognize(sentence, s, known: &known)
            sentence.removeAll()
            return found
        }
    }

    // MARK: One sentence

    typealias Candidate = (range: Range<Int>, kind: Entity.Kind)

    /// - Parameter known: the short forms of the divisions named so far (江澜 after 江澜市): a
    ///   document's own places, which no gazetteer holds.
    fileprivate func recognize(_ tokens: [Token], _ s: UnsafeBufferPointer<UInt32>, known: inout [Keyword]) -> [Candidate] {
        guard !tokens.isEmpty else { return [] }
        var candidates: [Candidate] = []
        let tags: [(tag: WordClass, added: Bool)?] = tokens.map { token in
            token.kind == .word ? tokenizer.lexiconClass(UnsafeBufferPointer(rebasing: s[token.scalarOffsets])) : nil
        }
        for (index, token) in tokens.enumerated() where token.kind == .word {
            let range = token.scalarOffsets
            // The lexicon's own tags, less the common nouns it tags as places or bodies (城镇, 县委):
            // a general-lexicon place must end like one (中国, 长江), an added one is trusted.
            let tag = tags[index]?.tag
            let added = tags[index]?.added ?? false
            switch tag {
            case .place where range.count >= 2 && !isCommonWord(range, s)
                && (added || EntityVocabulary.placeEndings.contains(s[range.upperBound - 1])
                    || EntityVocabulary.countries.contains(Array(s[range]))
                    || placeMatch(at: range.lowerBound, s, limit: range.upperBound) == range.upperBound):
                candidates.append((range, .location))
            case .properName where added && EntityVocabulary.regionEndings.contains(where: { endsWith($0, range, s) }):
                candidates.append((range, .location))
            case .organization where !isCommonWord(range, s):
                candidates.append((range, .organization))
            case .person where range.count >= 2 && range.count <= 4 && isSurnameStart(range.lowerBound, s)
                && (added || range.count == 3):
                candidates.append((range, .person))
            default: break
            }
            // A body or place that begins a longer word: 国务院 in 国务院常务会议.
            if range.count >= 4, tag != .organization, tag != .place,
                let prefix = tokenizer.lexiconPrefixes(UnsafeBufferPointer(rebasing: s[range]))
                    .filter({ ($0.tag == .organization || $0.tag == .place) && $0.length >= 2 }).max(by: { $0.length < $1.length })
            {
                candidates.append((range.lowerBound..<(range.lowerBound + prefix.length), prefix.tag == .organization ? .organization : .location))
            }
            // The gazetteer, joining adjacent places; a match must end where a token ends (余姚 in 余姚市场).
            let limit = tokens.last!.scalarOffsets.upperBound
            if EntityVocabulary.places.child(0, s[range.lowerBound]) != 0,
                var end = placeEnds(at: range.lowerBound, s, limit: limit).last(where: { endsAtToken($0, tokens) })
            {
                while let next = placeEnds(at: end, s, limit: limit).last(where: { endsAtToken($0, tokens) }) { end = next }
                candidates.append((range.lowerBound..<end, .location))
            }
            // The document's own places named so far.
            for name in known where name.scalars[0] == s[range.lowerBound]
                && startsWith(name, range.lowerBound..<tokens.last!.scalarOffsets.upperBound, s)
            {
                let end = range.lowerBound + name.scalars.count
                if endsAtToken(end, tokens) { candidates.append((range.lowerBound..<end, .location)) }
            }
            // Suffixes of organisations and places.
            let last = s[range.upperBound - 1]
            if let suffixes = EntityVocabulary.organizationSuffixesByLast[last],
                let organization = suffixed(index, tokens, tags, s, suffixes: suffixes, place: false, known: known)
            {
                candidates.append((organization, .organization))
            }
            if let suffixes = EntityVocabulary.placeSuffixesByLast[last],
                let place = suffixed(index, tokens, tags, s, suffixes: suffixes, place: true, known: known)
            {
                candidates.append((place, .location))
                if let suffix = EntityVocabulary.divisionSuffixes.first(where: { endsWith(Keyword(stringLiteral: $0), place, s) }) {
                    let stem = place.lowerBound..<(place.upperBound - suffix.unicodeScalars.count)
                    let name = Keyword(stringLiteral: String(String.UnicodeScalarView(s[stem].compactMap(Unicode.Scalar.init))))
                    if stem.count >= 2, !known.contains(where: { $0.scalars == name.scalars }) { known.append(name) }
                }
            }
            // A name the lexicon does not know is cut into single characters: a surname and one or
            // two more single characters that are not function words (王 思 远).
            if range.count == 1, isSurnameStart(range.lowerBound, s), tag != .function || EntityVocabulary.surnames.contains(s[range.lowerBound]) {
                var next = index + 1
                var end = range.upperBound
                while next < tokens.count, next - index <= 2, tokens[next].kind == .word, tokens[next].scalarOffsets.count == 1,
                    isNameCharacter(s[tokens[next].scalarOffsets.lowerBound]), tags[next]?.tag != .function,
                    !isSuffixToken(tokens[next].scalarOffsets, s)
                {
                    end = tokens[next].scalarOffsets.upperBound
                    next += 1
                }
                let nextIsSingle = next < tokens.count && tokens[next].kind == .word && tokens[next].scalarOffsets.count == 1
                if end - range.lowerBound >= 2, !nextIsSingle {
                    candidates.append((range.lowerBound..<end, .person))
                }
            }
            // People after a title.
            if let titles = EntityVocabulary.titlesByLast[last], titles.contains(where: { endsWith($0, range, s) }) {
                var next = index + 1
                while next < tokens.count, tokens[next].kind == .whitespace || tokens[next].kind == .punctuation { next += 1 }
                if next < tokens.count, let name = personName(at: tokens[next].scalarOffsets.lowerBound, s,
                                                              limit: tokens.last!.scalarOffsets.upperBound) {
                    candidates.append((name, .person))
                }
            }
            // People before 同志, 表示, 说.
            if let words = EntityVocabulary.afterNameByFirst[s[range.lowerBound]], words.contains(where: { startsWith($0, range, s) }),
                index > 0
            {
                for length in [3, 2] {
                    let start = range.lowerBound - length
                    guard start >= tokens[0].scalarOffsets.lowerBound, isSurnameStart(start, s),
                        (start..<range.lowerBound).allSatisfy({ isNameCharacter(s[$0]) }),
                        placeMatch(at: start, s, limit: range.lowerBound) != range.lowerBound
                    else { continue }
                    candidates.append((start..<range.lowerBound, .person))
                    break
                }
            }
        }
        // Common nouns are never names, whichever rule proposed them.
        return longestFirst(candidates.filter { $0.range.count >= 2 && !isCommonWord($0.range, s) })
    }

    /// Chooses non-overlapping candidates, the longest first (then the earliest).
    private func longestFirst(_ candidates: [Candidate]) -> [Candidate] {
        // On equal length a place or a body wins over a person: names of people are the least certain.
        let ordered = candidates.sorted {
            if $0.range.count != $1.range.count { return $0.range.count > $1.range.count }
            if ($0.kind == .person) != ($1.kind == .person) { return $1.kind == .person }
            return $0.range.lowerBound < $1.range.lowerBound
        }
        var chosen: [Candidate] = []
        for candidate in ordered where !chosen.contains(where: { $0.range.overlaps(candidate.range) }) {
            chosen.append(candidate)
        }
        return chosen.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    // MARK: Rules

    /// A name-like head followed by a suffix ending the token at `index`: the whole name's range.
    private func suffixed(
        _ index: Int, _ tokens: [Token], _ tags: [(tag: WordClass, added: Bool)?], _ s: UnsafeBufferPointer<UInt32>,
        suffixes: [Keyword], place: Bool,
        known: [Keyword]
    ) -> Range<Int>? {
        let range = tokens[index].scalarOffsets
        guard let suffix = suffixes.first(where: { endsWith($0, range, s) }) else { return nil }
        // A one-character suffix inside a longer word counts only in a noun (统计局), not a verb (开办, 部署).
        if suffix.scalars.count == 1, range.count > 1, let tag = tags[index]?.tag,
            ![.noun, .organization, .properName, .place].contains(tag)
        {
            return nil
        }
        let suffixStart = range.upperBound - suffix.scalars.count
        var start = range.lowerBound
        // Walk left over name-like tokens.
        var head = index - 1
        let shortHead = place && EntityVocabulary.shortHeadPlaceSuffixes.contains(suffix.text)
        let maximum = shortHead ? 3 : 14
        while head >= 0, isNameLike(tokens[head], tags[head]?.tag, s), !(place && tags[head]?.tag == .organization),
            range.upperBound - tokens[head].scalarOffsets.lowerBound - suffix.scalars.count <= maximum
        {
            start = tokens[head].scalarOffsets.lowerBound
            head -= 1
        }
        let name = String(String.UnicodeScalarView(s[start..<suffixStart].compactMap(Unicode.Scalar.init)))
        guard !name.isEmpty, !isCommonWord(start..<suffixStart, s) else {
            // 市统计局 names one body; 市政府 does not.
            if !place, !name.isEmpty, !EntityVocabulary.genericOrganizationSuffixes.contains(suffix.text),
                suffix.scalars.count >= 2
            {
                return start..<range.upperBound
            }
            return nil
        }
        if shortHead, name.unicodeScalars.count > 3 || name.unicodeScalars.contains(where: { EntityVocabulary.nonNameCharacters.contains($0.value) }) {
            return nil
        }
        if !place, EntityVocabulary.genericOrganizationSuffixes.contains(suffix.text), name.unicodeScalars.count < 2 { return nil }
        // 东区, 西站, 南站: a direction is no name.
        if name.unicodeScalars.count == 1, "东西南北中上下前后内外新老大小".unicodeScalars.contains(name.unicodeScalars.first!) { return nil }
        // An organisation's name needs a proper name in it: a place, a Latin run, a word the lexicon
        // does not know or knows as a name (社区卫生服务中心 and 证券交易所 name no one body).
        if !place, !hasProperName(start..<suffixStart, tokens, tags, s, known: known) { return nil }
        return start..<range.upperBound
    }

    /// Whether the head `range` holds a proper name: a place, a Latin run, an unknown word, or a
    /// word tagged as a name.
    private func hasProperName(
        _ range: Range<Int>, _ tokens: [Token], _ tags: [(tag: WordClass, added: Bool)?], _ s: UnsafeBufferPointer<UInt32>,
        known: [Keyword]
    ) -> Bool {
        if placeMatch(at: range.lowerBound, s, limit: range.upperBound) != nil { return true }
        if known.contains(where: { startsWith($0, range, s) }) { return true }
        var unknownRun = 0
        for (index, token) in tokens.enumerated() where range.contains(token.scalarOffsets.lowerBound) {
            if token.kind == .latin { return true }
            // Names the lexicon does not know are cut into single characters (星 芯 半导体): two in a
            // row, or an unknown word, make a proper name.
            switch tags[index]?.tag {
            case .place, .organization, .properName, .person: return true
            case nil where token.scalarOffsets.count > 1: return true
            default:
                unknownRun = token.scalarOffsets.count == 1 ? unknownRun + 1 : 0
                if unknownRun >= 2 { return true }
            }
        }
        return false
    }

    /// Whether a token can be part of a name's head: a noun-like or unknown word, a place, a Latin run.
    private func isNameLike(_ token: Token, _ tag: WordClass?, _ s: UnsafeBufferPointer<UInt32>) -> Bool {
        switch token.kind {
        case .latin: return true
        case .word: break
        default: return false
        }
        let range = token.scalarOffsets
        if range.count == 1 {
            // A single character joins a name unless it is a function word: the lexicon's tags of
            // single characters say little (张 is also a measure word, 清 an adjective).
            return !EntityVocabulary.nonNameCharacters.contains(s[range.lowerBound])
        }
        guard let tag else { return true }
        return tag != .function && tag != .other
    }

    /// The ends of the gazetteer places starting at `index`, shortest first.
    private func placeEnds(at index: Int, _ s: UnsafeBufferPointer<UInt32>, limit: Int) -> [Int] {
        let places = EntityVocabulary.places
        var node: UInt32 = 0
        var ends: [Int] = []
        var position = index
        while position < limit {
            node = places.child(node, s[position])
            if node == 0 { break }
            position += 1
            if places.isWord(node) { ends.append(position) }
        }
        return ends
    }

    /// The end of the longest gazetteer place starting at `index`, or nil.
    private func placeMatch(at index: Int, _ s: UnsafeBufferPointer<UInt32>, limit: Int) -> Int? {
        let places = EntityVocabulary.places
        var node: UInt32 = 0
        var end: Int?
        var position = index
        while position < limit {
            node = places.child(node, s[position])
            if node == 0 { break }
            position += 1
            if places.isWord(node) { end = position }
        }
        return end
    }

    /// A surname and a given name of one or two characters at `index`.
    private func personName(at index: Int, _ s: UnsafeBufferPointer<UInt32>, limit: Int) -> Range<Int>? {
        guard isSurnameStart(index, s) else { return nil }
        let surname = EntityVocabulary.compoundSurnames.contains(where: { startsWith($0, index..<limit, s) }) ? 2 : 1
        var end = index + surname
        while end < limit, end - index < surname + 2, isNameCharacter(s[end]) { end += 1 }
        // A name followed by more Han characters than a given name can hold is not a name.
        guard end - index > surname else { return nil }
        if let place = placeMatch(at: index, s, limit: limit), place >= end { return nil }
        return index..<end
    }

    /// Whether a one-character token is a suffix that can end a name (局, 村, 镇).
    private func isSuffixToken(_ range: Range<Int>, _ s: UnsafeBufferPointer<UInt32>) -> Bool {
        let scalar = s[range.lowerBound]
        return EntityVocabulary.organizationSuffixes.contains { $0.scalars == [scalar] }
            || EntityVocabulary.placeSuffixes.contains { $0.scalars == [scalar] }
    }

    /// Whether the text at `range` is a common noun or a generic head (城镇, 全市), never a name.
    private func isCommonWord(_ range: Range<Int>, _ s: UnsafeBufferPointer<UInt32>) -> Bool {
        range.count <= 8 && EntityVocabulary.commonScalars.contains(Array(s[range]))
    }

    private func isSurnameStart(_ index: Int, _ s: UnsafeBufferPointer<UInt32>) -> Bool {
        EntityVocabulary.surnames.contains(s[index])
            || EntityVocabulary.compoundSurnames.contains(where: { startsWith($0, index..<s.count, s) })
    }

    private func isNameCharacter(_ scalar: UInt32) -> Bool {
        scalar >= 0x4E00 && scalar < 0xA000 && !EntityVocabulary.nonNameCharacters.contains(scalar)
    }

    /// Whether a token of the sentence ends at `end` (tokens are in order: binary search).
    private func endsAtToken(_ end: Int, _ tokens: [Token]) -> Bool {
        var low = 0
        var high = tokens.count
        while low < high {
            let middle = (low + high) / 2
            let value = tokens[middle].scalarOffsets.upperBound
            if value == end { return true }
            if value < end { low = middle + 1 } else { high = middle }
        }
        return false
    }

    private func endsWith(_ word: Keyword, _ range: Range<Int>, _ s: UnsafeBufferPointer<UInt32>) -> Bool {
        guard range.count >= word.scalars.count else { return false }
        let start = range.upperBound - word.scalars.count
        return word.scalars.indices.allSatisfy { s[start + $0] == word.scalars[$0] }
    }

    private func startsWith(_ word: Keyword, _ range: Range<Int>, _ s: UnsafeBufferPointer<UInt32>) -> Bool {
        guard range.count >= word.scalars.count else { return false }
        return word.scalars.indices.allSatisfy { s[range.lowerBound + $0] == word.scalars[$0] }
    }
}
