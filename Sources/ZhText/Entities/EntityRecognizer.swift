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
        private var people: [[UInt32]] = []
        /// The text with Traditional characters simplified, made on the first Traditional sentence.
        private var simplified: [UInt32] = []
        private var found: [Candidate] = []

        init(recognizer: EntityRecognizer) {
            self.recognizer = recognizer
        }

        /// Takes the next token of the text whose (folded, normalized) scalars are `s`.
        mutating func consume(_ token: Token, _ s: UnsafeBufferPointer<UInt32>) {
            let first = s[token.scalarOffsets.lowerBound]
            // A colon and the middle dot of foreign names (约翰·拉贝) stay inside the sentence.
            let isColon = token.kind == .punctuation && (first == 0xFF1A || first == 0x3A || first == 0xB7 || first == 0x30FB)
            if !isColon, token.kind == .punctuation || token.kind == .symbol
                || (token.kind == .whitespace && s[token.scalarOffsets].contains(0x0A))
            {
                recognizeSentence(s)
                sentence.removeAll(keepingCapacity: true)
            } else {
                sentence.append(token)
            }
        }

        /// The names found, once the last token is in.
        mutating func finish(_ s: UnsafeBufferPointer<UInt32>) -> [Candidate] {
            recognizeSentence(s)
            sentence.removeAll()
            return found
        }

        /// Recognizes the sentence, in its simplified form when the tokenizer cut its Traditional
        /// characters into single ones (記 者 鄭 啟 明 → 记者 郑启明).
        private mutating func recognizeSentence(_ s: UnsafeBufferPointer<UInt32>) {
            guard recognizer.isCutTraditional(sentence, s) else {
                found += recognizer.recognize(sentence, s, known: &known, people: &people)
                return
            }
            if simplified.isEmpty { simplified = Array(s) }
            let range = sentence.first!.scalarOffsets.lowerBound..<sentence.last!.scalarOffsets.upperBound
            for index in range { simplified[index] = TraditionalCharacters.simplified[simplified[index]] ?? simplified[index] }
            found += simplified.withUnsafeBufferPointer { folded in
                recognizer.recognize(recognizer.tokens(of: range, folded), folded, known: &known, people: &people)
            }
        }
    }

    // MARK: One sentence

    /// Whether the tokenizer cut the sentence into single characters (most of its words, four or
    /// more) and it has Traditional characters: its words show once simplified.
    func isCutTraditional(_ tokens: [Token], _ s: UnsafeBufferPointer<UInt32>) -> Bool {
        var singles = 0
        var words = 0
        for token in tokens where token.kind == .word {
            words += 1
            if token.scalarOffsets.count == 1 { singles += 1 }
        }
        guard singles >= 4, singles * 2 > words else { return false }
        return tokens.contains { token in
            token.kind == .word && token.scalarOffsets.count == 1 && TraditionalCharacters.simplified[s[token.scalarOffsets.lowerBound]] != nil
        }
    }

    /// The tokens of the text at `range` of `s`, with offsets in `s`.
    func tokens(of range: Range<Int>, _ s: UnsafeBufferPointer<UInt32>) -> [Token] {
        let text = String(String.UnicodeScalarView(s[range].compactMap(Unicode.Scalar.init)))
        var result: [Token] = []
        tokenizer.enumerateTokens(in: text) { token in
            let offsets = token.scalarOffsets
            result.append(Token(kind: token.kind, utf8: 0..<0, scalars: (range.lowerBound + offsets.lowerBound)..<(range.lowerBound + offsets.upperBound)))
        }
        return result
    }

    typealias Candidate = (range: Range<Int>, kind: Entity.Kind)

    /// - Parameters:
    ///   - known: the short forms of the divisions named so far (江澜 after 江澜市): a document's
    ///     own places, which no gazetteer holds.
    ///   - people: the people named so far, found again without a title (钱晓峰： in an interview).
    fileprivate func recognize(
        _ tokens: [Token], _ s: UnsafeBufferPointer<UInt32>, known: inout [Keyword], people: inout [[UInt32]]
    ) -> [Candidate] {
        guard !tokens.isEmpty else { return [] }
        var candidates: [Candidate] = []
        // People right after a title: they win over a place of the same length (总经理蒋怀山).
        var titled: [Range<Int>] = []
        // One-character places (中 and 美 in 中美关系), the only names shorter than two characters.
        var singles: [Candidate] = []
        let tags: [(tag: WordClass, added: Bool)?] = tokens.map { token in
            token.kind == .word ? tokenizer.lexiconClass(UnsafeBufferPointer(rebasing: s[token.scalarOffsets])) : nil
        }
        if let name = listedName(tokens, s) { candidates.append((name, .person)) }
        for (index, token) in tokens.enumerated() where token.kind == .punctuation {
            if let name = dottedName(at: token.scalarOffsets.lowerBound, tokens, s) { candidates.append((name, .person)) }
        }
        for (index, token) in tokens.enumerated() where token.kind == .word {
            let range = token.scalarOffsets
            // The lexicon's own tags, less the common nouns it tags as places or bodies (城镇, 县委):
            // a general-lexicon place must end like one (中国, 长江), an added one is trusted.
            let tag = tags[index]?.tag
            let added = tags[index]?.added ?? false
            switch tag {
            case .place where !isBilateral(range, s) && (added || isPlaceWord(range, s)):
                // 亚太地区, 东亚各国: the place is the name before 地区 or 各国.
                if let tail = EntityVocabulary.regionTails.first(where: { endsWith($0, range, s) }), range.count - tail.scalars.count >= 2 {
                    candidates.append((range.lowerBound..<(range.upperBound - tail.scalars.count), .location))
                } else if let inner = placeInsideWord(range, s) {
                    candidates.append((inner, .location))
                } else {
                    candidates.append((range, .location))
                }
            case .organization where endsWith(EntityVocabulary.specialRegion, range, s):
                candidates.append((range, .location))
            case .properName where added && EntityVocabulary.regionEndings.contains(where: { endsWith($0, range, s) }):
                candidates.append((range, .location))
            case .properName where range.count >= 3 && !isCommonWord(range, s) && endsWithOrganizationSuffix(range, s, specific: true):
                candidates.append((range, .organization))
            // The general lexicon's bodies and people are noisy (新进展 nt, 高水平 nr): its bodies must
            // end like one, its people need a title or a verb of speech next to them.
            case .organization where !isCommonWord(range, s) && (added || endsWithOrganizationSuffix(range, s)):
                // 中国政府 is the country's government (中国 is the place); 中央政治局常委 names a
                // member of the body, 中央政治局.
                if endsWith(EntityVocabulary.government, range, s), !added,
                    !EntityVocabulary.divisionEndings.contains(s[range.upperBound - 3])
                {
                    break
                }
                if let title = EntityVocabulary.titlesByLast[s[range.upperBound - 1]]?.first(where: { endsWith($0, range, s) }),
                    range.count - title.scalars.count >= 2
                {
                    candidates.append((range.lowerBound..<(range.upperBound - title.scalars.count), .organization))
                } else {
                    candidates.append((range, .organization))
                }
            case .person where range.count >= 2 && range.count <= 4 && isSurnameStart(range.lowerBound, s)
                && (added || (range.count == 3 && (looksLikeName(range, s) || hasPersonContext(index, index + 1, tokens, s)))):
                candidates.append((range, .person))
            // Foreign names the lexicon knows, written in transliteration characters (克林顿, 希拉克).
            case .person where range.count >= 3 && !isSurnameStart(range.lowerBound, s)
                && range.allSatisfy({ EntityVocabulary.transliteration.contains(s[$0]) }):
                // The lexicon tags many foreign places as people (莫斯科, 波士顿): after a verb of
                // going or being somewhere (抵达波士顿, 本报莫斯科电) the name is a place.
                candidates.append((range, isAfterPlaceVerb(index, tokens, s) ? .location : .person))
            default: break
            }
            // Well-known bodies and regions, whatever the lexicon's tag (欧盟, 京津冀, 人大).
            let word = s[range]
            if EntityVocabulary.wellKnownOrganizations.contains(word) {
                candidates.append((range, .organization))
            } else if EntityVocabulary.regions.contains(word) {
                // 中国式现代化: a country's name made an adjective.
                if range.upperBound >= tokens.last!.scalarOffsets.upperBound || s[range.upperBound] != 0x5F0F {  // 式
                    candidates.append((range, .location))
                }
            } else if range.count >= 3 {
                // ... or opening a word: 东盟国家 (not 人大代表, a member of it).
                for length in stride(from: min(4, range.count - 2), through: 2, by: -1)
                where isCommonLexiconWord((range.lowerBound + length)..<range.upperBound, s)
                    && !endsWithTitle((range.lowerBound + length)..<range.upperBound, s) {
                    let head = s[range.lowerBound..<(range.lowerBound + length)]
                    if EntityVocabulary.wellKnownOrganizations.contains(head) {
                        candidates.append((range.lowerBound..<(range.lowerBound + length), .organization))
                        break
                    }
                    if EntityVocabulary.regions.contains(head) {
                        candidates.append((range.lowerBound..<(range.lowerBound + length), .location))
                        break
                    }
                }
            }
            // A division's congress or conference: 市人大, 县政协 (委员), 区人大 (代表).
            if index > 0, tokens[index - 1].kind == .word, tokens[index - 1].scalarOffsets.count == 1,
                EntityVocabulary.divisionPrefixes.contains(s[tokens[index - 1].scalarOffsets.lowerBound]),
                let body = EntityVocabulary.congressBodies.first(where: { startsWith($0, range, s) })
            {
                candidates.append((tokens[index - 1].scalarOffsets.lowerBound..<(range.lowerBound + body.scalars.count), .organization))
            }
            // Two countries in one word, each a place: 中美 (关系), 中日, 美中; 中方, 访华.
            if let pair = bilateralRun(at: index, tokens, s) {
                for offset in pair { singles.append((offset..<(offset + 1), .location)) }
            } else if let side = visitedPlace(at: index, tokens, s) {
                singles.append((side..<(side + 1), .location))
            }
            // Places abbreviated to one character each: 日韩, 欧美, 港澳, 沪苏浙皖.
            if let end = abbreviatedPlaces(at: index, tokens, s) {
                candidates.append((range.lowerBound..<end, .location))
            }
            // A person whose name opens an added term: 邓小平 in 邓小平理论.
            if range.count >= 5, tags[index]?.added == true, tag == .properName,
                let prefix = tokenizer.longestLexiconPrefix(UnsafeBufferPointer(rebasing: s[range]), where: { $0 == .person }), prefix.length == 3,
                isSurnameStart(range.lowerBound, s)
            {
                candidates.append((range.lowerBound..<(range.lowerBound + prefix.length), .person))
            }
            // A body or place that begins a longer word: 国务院 in 国务院常务会议.
            if range.count >= 4, tag != .organization, tag != .place,
                let prefix = tokenizer.longestLexiconPrefix(UnsafeBufferPointer(rebasing: s[range]), where: { $0 == .organization || $0 == .place }),
                prefix.length >= 2, prefix.length >= 3 || !endsWithTitle(range, s), range.count - prefix.length >= 2,
                prefix.tag == .organization
                    ? endsWithOrganizationSuffix(range.lowerBound..<(range.lowerBound + prefix.length), s)
                    : isPlaceWord(range.lowerBound..<(range.lowerBound + prefix.length), s)
            {
                candidates.append((range.lowerBound..<(range.lowerBound + prefix.length), prefix.tag == .organization ? .organization : .location))
            }
            // The gazetteer, joining adjacent places; a match must end where a token ends (余姚 in 余姚市场).
            let limit = tokens.last!.scalarOffsets.upperBound
            if EntityVocabulary.places.child(0, s[range.lowerBound]) != 0,
                var end = longestPlace(at: range.lowerBound, s, limit: limit, tokens: tokens)
            {
                let single = end
                while let next = longestPlace(at: end, s, limit: limit, tokens: tokens) { end = next }
                // A short form the lexicon knows as a common word is a place only with its suffix
                // or next to another place (资源, 同心, 新兴, 会同 are words first).
                if end > single || EntityVocabulary.divisionSuffixScalars.contains(s[end - 1]) || isNameLikeShortForm(range.lowerBound..<end, s) {
                    candidates.append((range.lowerBound..<end, .location))
                }
            }
            // The document's own people named so far.
            for name in people where name[0] == s[range.lowerBound] && range.lowerBound + name.count <= limit
                && (0..<name.count).allSatisfy({ s[range.lowerBound + $0] == name[$0] }) && endsAtToken(range.lowerBound + name.count, tokens)
            {
                candidates.append((range.lowerBound..<(range.lowerBound + name.count), .person))
            }
            // The document's own places named so far.
            for place in known.indices where known[place].scalars[0] == s[range.lowerBound]
                && startsWith(known[place], range.lowerBound..<tokens.last!.scalarOffsets.upperBound, s)
            {
                let end = range.lowerBound + known[place].scalars.count
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
                let name = range.lowerBound..<end
                if name.count >= 2, !nextIsSingle,
                    (name.count == 3 && looksLikeName(name, s)) || hasPersonContext(index, next, tokens, s)
                {
                    candidates.append((name, .person))
                }
            }
            // People after a title.
            if let titles = EntityVocabulary.titlesByLast[last],
                titles.contains(where: { endsWith($0, tokens[0].scalarOffsets.lowerBound..<range.upperBound, s) })
            {
                var next = index + 1
                while next < tokens.count, tokens[next].kind == .whitespace || tokens[next].kind == .punctuation
                    || (tokens[next].kind == .latin && EntityVocabulary.latinLabels.contains(where: { $0.scalars.elementsEqual(s[tokens[next].scalarOffsets]) }))
                {
                    next += 1
                }
                if next < tokens.count, let name = personName(at: tokens[next].scalarOffsets.lowerBound, s,
                                                              limit: tokens.last!.scalarOffsets.upperBound, tokens: tokens) {
                    candidates.append((name, .person))
                    titled.append(name)
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
                        tokens[..<index].contains(where: { $0.scalarOffsets.lowerBound == start }),
                        !isWord(start..<range.lowerBound, s), !endsWithHonorific(start..<range.lowerBound, s),
                        placeMatch(at: start, s, limit: range.lowerBound) != range.lowerBound
                    else { continue }
                    candidates.append((start..<range.lowerBound, .person))
                    break
                }
            }
        }
        // Common nouns are never names, whichever rule proposed them.
        var chosen = longestFirst(candidates.filter {
            $0.range.count >= 2 && !isCommonWord($0.range, s) && ($0.kind != .person || isPlausibleName($0.range, s))
        } + singles, titled: titled)
        // A town's village is one place (张堰镇李村, 石门镇桃源村).
        var merged = 0
        while merged + 1 < chosen.count {
            let first = chosen[merged].range
            let second = chosen[merged + 1].range
            if chosen[merged].kind == .location, chosen[merged + 1].kind == .location, first.upperBound == second.lowerBound,
                EntityVocabulary.townEndings.contains(s[first.upperBound - 1])
            {
                chosen[merged] = (first.lowerBound..<second.upperBound, .location)
                chosen.remove(at: merged + 1)
            } else {
                merged += 1
            }
        }
        for candidate in chosen where candidate.kind == .person {
            let name = Array(s[candidate.range])
            if candidate.range.count <= 4, !people.contains(name) { people.append(name) }
        }
        // A body's name that opens with its division's name teaches the division's short form
        // (岚溪 from 岚溪县第十八届人民代表大会).
        for candidate in chosen where candidate.kind == .organization {
            for length in 2...4 where length + 1 < candidate.range.count {
                let end = candidate.range.lowerBound + length
                guard EntityVocabulary.divisionSuffixScalars.contains(s[end]) else { continue }
                let stem = candidate.range.lowerBound..<end
                if stem.allSatisfy({ isNameCharacter(s[$0]) }), !isCommonWord(stem, s) {
                    let name = Keyword(stringLiteral: String(String.UnicodeScalarView(s[stem].compactMap(Unicode.Scalar.init))))
                    if !known.contains(where: { $0.scalars == name.scalars }) { known.append(name) }
                }
                break
            }
        }
        if tokens.contains(where: { $0.kind == .latin }) {
            chosen += latinNames(after: chosen, tokens, s)
            chosen += latinOrganizations(after: chosen, tokens, s)
        }
        return chosen.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    /// Bodies named in Latin letters: a well-known acronym (WTO, ＷＴＯ), an acronym right after a
    /// body's name or 简称 (合作中心 DBIC, 简称DBIC), and capitalised words ending in an
    /// organisation's word (Donghai Bay International Industrial Cooperation Center).
    private func latinOrganizations(after chosen: [Candidate], _ tokens: [Token], _ s: UnsafeBufferPointer<UInt32>) -> [Candidate] {
        var found: [Candidate] = []
        var index = 0
        while index < tokens.count {
            let token = tokens[index]
            guard token.kind == .latin, !chosen.contains(where: { $0.range.overlaps(token.scalarOffsets) }) else {
                index += 1
                continue
            }
            let range = token.scalarOffsets
            let ascii = s[range].lazy.map { $0 >= 0xFF21 && $0 <= 0xFF5A ? $0 - 0xFEE0 : $0 }  // ＷＴＯ → WTO
            var before = index - 1
            while before >= 0, tokens[before].kind == .whitespace { before -= 1 }
            let isAcronym = range.count >= 2 && range.count <= 6 && ascii.allSatisfy { $0 >= 0x41 && $0 <= 0x5A }
            if EntityVocabulary.wellKnownOrganizations.contains(ascii) {
                found.append((range, .organization))
            } else if isAcronym, before >= 0,
                EntityVocabulary.abbreviationMarker.scalars.elementsEqual(s[tokens[before].scalarOffsets])
                    || chosen.contains(where: { $0.kind == .organization && $0.range.upperBound == tokens[before].scalarOffsets.upperBound })
            {
                found.append((range, .organization))
            } else if let name = latinOrganizationName(at: index, tokens, s) {
                found.append((range.lowerBound..<tokens[name - 1].scalarOffsets.upperBound, .organization))
                index = name
                continue
            }
            index += 1
        }
        return found
    }

    /// The end (a token index) of capitalised Latin words from `index` whose last is an
    /// organisation's word (Center, Bank, University), or nil.
    private func latinOrganizationName(at index: Int, _ tokens: [Token], _ s: UnsafeBufferPointer<UInt32>) -> Int? {
        var next = index
        var words = 0
        while next < tokens.count, words < 10 {
            let token = tokens[next]
            guard token.kind == .latin, let first = token.scalarOffsets.first, s[first] >= 0x41, s[first] <= 0x5A else { break }
            words += 1
            next += 1
            if words >= 2, EntityVocabulary.latinOrganizationWords.contains(where: { $0.scalars.elementsEqual(s[token.scalarOffsets]) }) {
                return next
            }
            // One space between the words.
            guard next + 1 < tokens.count, tokens[next].kind == .whitespace, tokens[next].scalarOffsets.count == 1 else { break }
            next += 1
        }
        return nil
    }

    /// People's names in Latin letters: a pinyin name right after a person's Chinese name (李薇 Li
    /// Wei), or capitalised words after a bilingual label or a salutation (To: Michael Brown, Dear
    /// Michael).
    private func latinNames(after chosen: [Candidate], _ tokens: [Token], _ s: UnsafeBufferPointer<UInt32>) -> [Candidate] {
        var names: [Candidate] = []
        var index = 0
        while index < tokens.count {
            let token = tokens[index]
            var opens = false
            if token.kind == .latin {
                opens = EntityVocabulary.latinLabels.contains(where: { $0.scalars.elementsEqual(s[token.scalarOffsets]) })
            } else if token.kind == .word {
                opens = chosen.contains { $0.kind == .person && $0.range.upperBound == token.scalarOffsets.upperBound }
            }
            guard opens else {
                index += 1
                continue
            }
            // Up to three capitalised words, with spaces or a colon between.
            var next = index + 1
            var start: Int?
            var end = 0
            var words = 0
            while next < tokens.count, words < 3 {
                let item = tokens[next]
                if item.kind == .whitespace || (item.kind == .punctuation && (s[item.scalarOffsets.lowerBound] == 0x3A || s[item.scalarOffsets.lowerBound] == 0xFF1A) && words == 0) {
                    next += 1
                    continue
                }
                guard item.kind == .latin, s[item.scalarOffsets.lowerBound] >= 0x41, s[item.scalarOffsets.lowerBound] <= 0x5A,
                    item.scalarOffsets.count >= 2, item.scalarOffsets.dropFirst().allSatisfy({ s[$0] >= 0x61 && s[$0] <= 0x7A }),
                    !EntityVocabulary.latinLabels.contains(where: { $0.scalars.elementsEqual(s[item.scalarOffsets]) })
                else { break }
                if start == nil { start = item.scalarOffsets.lowerBound }
                end = item.scalarOffsets.upperBound
                words += 1
                next += 1
            }
            if let start, !chosen.contains(where: { $0.range.overlaps(start..<end) }) { names.append((start..<end, .person)) }
            index = max(next, index + 1)
        }
        return names
    }

    /// Chooses non-overlapping candidates, the longest first (then the earliest).
    private func longestFirst(_ candidates: [Candidate], titled: [Range<Int>]) -> [Candidate] {
        // On equal length a place or a body wins over a person, names of people being the least
        // certain, unless a title stands before the person.
        let ordered = candidates.sorted {
            if $0.range.count != $1.range.count { return $0.range.count > $1.range.count }
            let first = $0.kind == .person && !titled.contains($0.range)
            let second = $1.kind == .person && !titled.contains($1.range)
            if first != second { return second }
            return $0.range.lowerBound < $1.range.lowerBound
        }
        var chosen: [Candidate] = []
        for candidate in ordered where !chosen.contains(where: { $0.range.overlaps(candidate.range) }) {
            chosen.append(candidate)
        }
        return chosen.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    // MARK: Rules

    /// A name head followed by a suffix that ends the token at `index`: the whole name's range.
    ///
    /// The suffix may span tokens (临港 智 造园: 智造园). The head is read right to left over
    /// tokens that can sit inside a name (nouns, places, unknown words, single characters that
    /// are not function words; for bodies also ordinals and 和/与: 经济与管理学院), and the name
    /// starts at the leftmost anchor among them: a proper name (a place, a body, a word the lexicon
    /// does not know, a Latin run). Common words before the anchor are left out (重点 in
    /// 重点工业园区 names nothing). A body with no anchor is still a name after a division's
    /// one-character prefix (市统计局, 县第一中学), unless its suffix is generic (市政府).
    private func suffixed(
        _ index: Int, _ tokens: [Token], _ tags: [(tag: WordClass, added: Bool)?], _ s: UnsafeBufferPointer<UInt32>,
        suffixes: [Keyword], place: Bool,
        known: [Keyword]
    ) -> Range<Int>? {
        let range = tokens[index].scalarOffsets
        let sentence = tokens[0].scalarOffsets.lowerBound..<range.upperBound
        guard let suffix = suffixes.first(where: { endsWith($0, sentence, s) }) else { return nil }
        let suffixStart = range.upperBound - suffix.scalars.count
        let tag = tags[index]?.tag
        // A one-character suffix inside a longer word counts only in a name-like word: 统计局, 鄞东区,
        // not 开办, 部署, nor the common nouns 地区, 城区, 校区.
        if suffix.scalars.count == 1, range.count > 1 {
            let allowed: [WordClass] = [.noun, .organization, .properName, .place, .person]
            if let tag, !allowed.contains(tag) { return nil }
            // 夜市, 城市, 楼市: a division's suffix inside a common noun ends no name (城区 and 港区 may).
            if place, EntityVocabulary.commonSuffixedScalars.contains(s[range]) { return nil }
            // 亚太地区 is 亚太: 地区 and 各国 follow a place's name without being part of it.
            if place, EntityVocabulary.regionTails.contains(where: { endsWith($0, range, s) }) { return nil }
            // 全部, 干部, 格局: a two-character common word ending in a body's suffix.
            if !place, range.count == 2, !isTrustedName(range, tags[index], s), tags[index] != nil { return nil }
        }
        // The token holding the suffix's first character.
        var first = index
        while first > 0, tokens[first].scalarOffsets.lowerBound > suffixStart {
            guard tokens[first - 1].kind == .word || tokens[first - 1].kind == .latin else { return nil }
            first -= 1
        }
        let shortHead = place && EntityVocabulary.shortHeadPlaceSuffixes.contains(suffix.text)
        let maximum = shortHead ? 3 : 16
        // Head pieces, right to left: the part of the suffix's token before the suffix, then whole tokens.
        var pieces: [(range: Range<Int>, role: HeadRole)] = []
        if tokens[first].scalarOffsets.lowerBound < suffixStart {
            let isAnchor = tags[first] == nil || isTrustedName(tokens[first].scalarOffsets, tags[first], s) || tags[first]?.tag == .person
            pieces.append((tokens[first].scalarOffsets.lowerBound..<suffixStart, isAnchor ? .anchor : .joiner))
        }
        let innerPieces = pieces.count
        var head = first - 1
        while head >= 0, suffixStart - tokens[head].scalarOffsets.lowerBound <= maximum,
            let role = headRole(head, tokens, tags, s, place: place, known: known)
        {
            let range = tokens[head].scalarOffsets
            // 和, 与 join two parts of one body's name (经济与管理学院), not two bodies (A大学和B实验室).
            if range.count == 1, EntityVocabulary.nameConjunctions.contains(s[range.lowerBound]) {
                guard head > 0, let left = headRole(head - 1, tokens, tags, s, place: place, known: known), left == .joiner,
                    tags[head - 1]?.tag != .organization, !endsWithOrganizationSuffix(tokens[head - 1].scalarOffsets, s),
                    let right = pieces.last, right.role == .joiner
                else { break }
            }
            // A centre inside a hospital is a department, not another body (县中医院胸痛中心).
            if suffix.text == "中心", endsWithOrganizationSuffix(range, s, specific: true) { break }
            pieces.append((range, role))
            head -= 1
        }
        pieces.reverse()
        // The name opens at the first anchor, or at the first of two single characters in a row
        // (星 芯, 海 澄: names the lexicon does not know are cut into single characters). After a
        // strong company suffix (有限公司) any head is a name: brands are often common words.
        var opening: Int?
        if EntityVocabulary.strongOrganizationSuffixes.contains(suffix.text), !pieces.isEmpty {
            opening = 0
        }
        for (offset, piece) in pieces.enumerated() where opening == nil {
            if piece.role == .anchor
                || (piece.range.count == 1 && offset + 1 < pieces.count - innerPieces && pieces[offset + 1].range.count == 1
                    && !EntityVocabulary.nameConjunctions.contains(s[piece.range.lowerBound])
                    && isNameSingle(piece.range, s) && isNameSingle(pieces[offset + 1].range, s))
            {
                opening = offset
            }
        }
        var nameStart: Int
        if var opening {
            // Single characters just before the anchor belong to it (张 堰镇, 海 澄市), and a division's
            // prefix opens its bodies (省 in 省农业农村厅).
            // 第十四届 全国人民代表大会, 第 十五 次 全国代表大会
            var ordinal = opening
            while ordinal > 0, !place, isNumeral(pieces[ordinal - 1].range, s)
                || (pieces[ordinal - 1].range.count == 1 && EntityVocabulary.ordinalMarkers.contains(s[pieces[ordinal - 1].range.lowerBound]))
            {
                ordinal -= 1
            }
            if ordinal < opening, s[pieces[ordinal].range.lowerBound] == 0x7B2C { opening = ordinal }
            // Not before a place the lexicon knows as one word (后 香港 is no name).
            let wholeWord = opening == pieces.count - 1 && innerPieces == 1 && pieces[opening].range.count >= 2
            while opening > 0, pieces[opening - 1].range.count == 1 {
                let scalar = s[pieces[opening - 1].range.lowerBound]
                if EntityVocabulary.nameConjunctions.contains(scalar) { break }
                if EntityVocabulary.divisionPrefixes.contains(scalar) {
                    if !place { opening -= 1 }
                    break
                }
                if wholeWord && place { break }
                opening -= 1
            }
            nameStart = pieces[opening].range.lowerBound
        } else if place, let firstPiece = pieces.first, isSurnameStart(firstPiece.range.lowerBound, s),
            (shortHead && firstPiece.range.count == 1) || (firstPiece.range.count >= 2 && s[firstPiece.range.lowerBound + 1] == 0x5BB6)
        {
            // 李村, 王家桥街道, 刘家湾: many places are named after a family.
            nameStart = firstPiece.range.lowerBound
        } else if !place, suffix.text.hasSuffix("代表大会"), let first = pieces.first, s[first.range.lowerBound] == 0x7B2C,
            pieces.allSatisfy({ isNumeral($0.range, s) || ($0.range.count == 1 && EntityVocabulary.ordinalMarkers.contains(s[$0.range.lowerBound])) })
        {
            // 第十五次全国代表大会: a congress named by its number.
            return first.range.lowerBound..<range.upperBound
        } else if !place, !EntityVocabulary.genericOrganizationSuffixes.contains(suffix.text),
            let prefix = divisionPrefixStart(pieces.first?.range.lowerBound ?? suffixStart, suffixStart, tokens, tags, s)
        {
            // 市统计局, 县十八届人大, 第十四届全国人民代表大会: the division's own body.
            return prefix..<range.upperBound
        } else {
            return nil
        }
        let name = nameStart..<suffixStart
        guard !name.isEmpty, !isCommonWord(name, s) else { return nil }
        if shortHead, name.contains(where: { EntityVocabulary.nonNameCharacters.contains(s[$0]) }) { return nil }
        // 东区, 西站, 南站: a direction is no name.
        if name.count == 1, EntityVocabulary.directions.contains(s[name.lowerBound]) { return nil }
        if !place, EntityVocabulary.genericOrganizationSuffixes.contains(suffix.text), name.count < 2 { return nil }
        // 江澜市人民政府: a government is named by its place (深化数字政府 names none).
        if !place, EntityVocabulary.governmentSuffixes.contains(suffix.text) {
            // 中国政府 and 美国政府 are the country's government, not a named body: only a division's
            // full name (江澜市人民政府) or 人民政府 makes one.
            guard name.count >= 2, EntityVocabulary.divisionEndings.contains(s[suffixStart - 1])
                || (suffix.text == "人民政府" && (placeMatch(at: nameStart, s, limit: suffixStart) == suffixStart
                    || known.contains(where: { $0.scalars.count == name.count && startsWith($0, name, s) })))
            else { return nil }
        }
        return nameStart..<range.upperBound
    }

    /// Whether the name made of the tokens `start..<end` stands where people's names stand: after a
    /// title (市长, 记者) or before one, or before a verb of speech (表示, 说).
    private func hasPersonContext(_ start: Int, _ end: Int, _ tokens: [Token], _ s: UnsafeBufferPointer<UInt32>) -> Bool {
        var before = start - 1
        while before >= 0, tokens[before].kind == .whitespace { before -= 1 }
        if before >= 0, tokens[before].kind == .word, endsWithTitle(tokens[before].scalarOffsets, s) { return true }
        var after = end
        while after < tokens.count, tokens[after].kind == .whitespace { after += 1 }
        guard after < tokens.count, tokens[after].kind == .word else { return false }
        let rest = tokens[after].scalarOffsets.lowerBound..<tokens.last!.scalarOffsets.upperBound
        if let words = EntityVocabulary.afterNameByFirst[s[rest.lowerBound]], words.contains(where: { startsWith($0, rest, s) }) { return true }
        return EntityVocabulary.titlesByFirst[s[rest.lowerBound]]?.contains { startsWith($0, rest, s) } ?? false
    }

    /// Whether a three-character word the general lexicon tags as a person reads as a name: its
    /// given name is not a word (高水平: 水平, 安全感: 安全 are words, not names).
    private func looksLikeName(_ range: Range<Int>, _ s: UnsafeBufferPointer<UInt32>) -> Bool {
        if let entry = tokenizer.lexiconClass(UnsafeBufferPointer(rebasing: s[(range.lowerBound + 1)..<range.upperBound])),
            entry.tag == .noun || entry.tag == .verbalNoun
        {
            return false
        }
        if let entry = tokenizer.lexiconClass(UnsafeBufferPointer(rebasing: s[range.lowerBound..<(range.upperBound - 1)])),
            entry.tag == .noun || entry.tag == .verbalNoun || entry.tag == .function
        {
            return false
        }
        return true
    }

    /// Whether a person's name found by any rule reads as one: it is not a common word (满意率),
    /// its surname and first given character are not one (项目完, 马拉松赛), and it is no honorific (陈女士).
    private func isPlausibleName(_ range: Range<Int>, _ s: UnsafeBufferPointer<UInt32>) -> Bool {
        if endsWithHonorific(range, s) { return false }
        if let entry = tokenizer.lexiconClass(UnsafeBufferPointer(rebasing: s[range])) {
            return entry.tag == .person
        }
        if range.count >= 3, let entry = tokenizer.lexiconClass(UnsafeBufferPointer(rebasing: s[range.lowerBound..<(range.lowerBound + 2)])),
            entry.tag == .noun || entry.tag == .function || entry.tag == .verbalNoun
        {
            return false
        }
        return !endsWithHonorific(range, s)
    }

    /// The end of a run of one-character place abbreviations starting at token `index` (日韩,
    /// 沪苏浙皖), two to four of them, that ends where a token ends and is no common word (美德).
    private func abbreviatedPlaces(at index: Int, _ tokens: [Token], _ s: UnsafeBufferPointer<UInt32>) -> Int? {
        let start = tokens[index].scalarOffsets.lowerBound
        guard EntityVocabulary.placeAbbreviations.contains(s[start]) else { return nil }
        var end = start
        let limit = tokens.last!.scalarOffsets.upperBound
        while end < limit, end - start < 4, EntityVocabulary.placeAbbreviations.contains(s[end]) { end += 1 }
        while end - start >= 2 {
            if endsAtToken(end, tokens), (start..<end).allSatisfy({ index in !(start..<index).contains { s[$0] == s[index] } }),
                !isCommonLexiconWord(start..<end, s)
            {
                // 港区 and 台湾 are words: only a run the lexicon does not know as a word of its own.
                if let entry = tokenizer.lexiconClass(UnsafeBufferPointer(rebasing: s[start..<end])), entry.tag == .person { return nil }
                return end
            }
            end -= 1
        }
        return nil
    }

    /// Whether the word at `range` is two or three one-character country names with China among
    /// them (中美, 中日韩, 美中): relations between countries, each a place of its own, unlike a region
    /// written the same way (日韩, 欧美), which is one.
    private func isBilateral(_ range: Range<Int>, _ s: UnsafeBufferPointer<UInt32>) -> Bool {
        guard range.count == 2 || range.count == 3 else { return false }
        var china = false
        for index in range {
            guard EntityVocabulary.countryAbbreviations.contains(s[index]) else { return false }
            if s[index] == 0x4E2D { china = true }
        }
        return china && !EntityVocabulary.notBilateral.contains(s[range])
    }

    /// The countries named one character each at token `index`: a word (中美), one-character
    /// tokens in a row (中 美), or a word they open (中美关系).
    private func bilateralRun(at index: Int, _ tokens: [Token], _ s: UnsafeBufferPointer<UInt32>) -> Range<Int>? {
        let range = tokens[index].scalarOffsets
        guard EntityVocabulary.countryAbbreviations.contains(s[range.lowerBound]) else { return nil }
        if isBilateral(range, s) { return range }
        if range.count == 1 {
            var end = index + 1
            while end < tokens.count, end - index < 3, tokens[end].kind == .word, tokens[end].scalarOffsets.count == 1,
                EntityVocabulary.countryAbbreviations.contains(s[tokens[end].scalarOffsets.lowerBound])
            {
                end += 1
            }
            let run = range.lowerBound..<tokens[end - 1].scalarOffsets.upperBound
            return end - index >= 2 && isBilateral(run, s) ? run : nil
        }
        // 中美关系: the pair, then a word of two or more characters.
        let pair = range.lowerBound..<(range.lowerBound + 2)
        if range.count >= 4, isBilateral(pair, s), tokenizer.lexiconClass(UnsafeBufferPointer(rebasing: s[pair.upperBound..<range.upperBound])) != nil {
            return pair
        }
        return nil
    }

    /// The place visited in 访华, 驻美, 在京 (one word or two one-character tokens) at token `index`.
    private func visitedPlace(at index: Int, _ tokens: [Token], _ s: UnsafeBufferPointer<UInt32>) -> Int? {
        let range = tokens[index].scalarOffsets
        guard EntityVocabulary.visitVerbs.contains(s[range.lowerBound]) else { return nil }
        if range.count == 2, EntityVocabulary.visitedPlaces.contains(s[range.lowerBound + 1]) { return range.lowerBound + 1 }
        if range.count == 1, index + 1 < tokens.count, tokens[index + 1].kind == .word, tokens[index + 1].scalarOffsets.count == 1,
            EntityVocabulary.visitedPlaces.contains(s[range.upperBound])
        {
            return range.upperBound
        }
        return nil
    }

    /// A foreign name whose parts a middle dot joins (约翰·拉贝, 迈克尔·杰克逊), around the dot at
    /// `index`: transliteration characters on both sides, two to six on the left.
    private func dottedName(at index: Int, _ tokens: [Token], _ s: UnsafeBufferPointer<UInt32>) -> Range<Int>? {
        guard s[index] == 0xB7 || s[index] == 0x30FB else { return nil }
        let lower = tokens[0].scalarOffsets.lowerBound
        let upper = tokens.last!.scalarOffsets.upperBound
        // The first dot of the name only: the others are inside it.
        var start = index
        while start > lower, EntityVocabulary.transliteration.contains(s[start - 1]) { start -= 1 }
        if start > lower, s[start - 1] == 0xB7 || s[start - 1] == 0x30FB { return nil }
        guard index - start >= 2, index - start <= 6 else { return nil }
        var end = index + 1
        while end < upper, EntityVocabulary.transliteration.contains(s[end]) || ((s[end] == 0xB7 || s[end] == 0x30FB) && end + 1 < upper
            && EntityVocabulary.transliteration.contains(s[end + 1]))
        {
            end += 1
        }
        guard end - index >= 2 else { return nil }
        return start..<end
    }

    /// A known place inside a word the lexicon tags as a place: 香港 in 香港回归 (then a common
    /// word) and in 驻香港 (after a verb of staying).
    private func placeInsideWord(_ range: Range<Int>, _ s: UnsafeBufferPointer<UInt32>) -> Range<Int>? {
        guard range.count >= 3 else { return nil }
        for length in stride(from: range.count - 2, through: 2, by: -1) {
            let head = range.lowerBound..<(range.lowerBound + length)
            if EntityVocabulary.regions.contains(s[head]) || placeMatch(at: head.lowerBound, s, limit: head.upperBound) == head.upperBound,
                isCommonLexiconWord(head.upperBound..<range.upperBound, s)
            {
                return head
            }
        }
        let rest = (range.lowerBound + 1)..<range.upperBound
        if EntityVocabulary.visitVerbs.contains(s[range.lowerBound]),
            EntityVocabulary.regions.contains(s[rest]) || placeMatch(at: rest.lowerBound, s, limit: rest.upperBound) == rest.upperBound
        {
            return rest
        }
        return nil
    }

    /// Whether a word the general lexicon tags as a place is one: it ends like a place (中国, 长江),
    /// is a country or region, or is in the gazetteer; the lexicon's tag alone is noisy (美丽, 太阳).
    private func isPlaceWord(_ range: Range<Int>, _ s: UnsafeBufferPointer<UInt32>) -> Bool {
        range.count >= 2 && !isCommonWord(range, s)
            && ((range.count >= 3 && !isCommonLexiconWord(range.lowerBound..<(range.lowerBound + 2), s))
                || EntityVocabulary.placeEndings.contains(s[range.upperBound - 1])
                || EntityVocabulary.countries.contains(s[range])
                || placeMatch(at: range.lowerBound, s, limit: range.upperBound) == range.upperBound
                || range.allSatisfy({ EntityVocabulary.transliteration.contains(s[$0]) }))
    }

    /// Whether a gazetteer short form reads as a place: the lexicon does not know it, or knows it
    /// as a place or a person (余姚); 资源 (a noun) and 和平 (a term) are words first.
    private func isNameLikeShortForm(_ range: Range<Int>, _ s: UnsafeBufferPointer<UInt32>) -> Bool {
        guard let entry = tokenizer.lexiconClass(UnsafeBufferPointer(rebasing: s[range])) else { return true }
        return entry.tag == .place || entry.tag == .person || entry.tag == .properName
    }

    /// Whether the general lexicon knows the text at `range` as a common word: a noun, a verb, an
    /// adjective, a function word (资源, 新兴), not a name.
    private func isCommonLexiconWord(_ range: Range<Int>, _ s: UnsafeBufferPointer<UInt32>) -> Bool {
        guard let entry = tokenizer.lexiconClass(UnsafeBufferPointer(rebasing: s[range])) else { return false }
        switch entry.tag {
        case .noun, .verbalNoun, .function, .other: return true
        default: return false
        }
    }

    /// Whether the lexicon knows the text at `range` as a word that is not a person's name (项目, 满意).
    private func isWord(_ range: Range<Int>, _ s: UnsafeBufferPointer<UInt32>) -> Bool {
        guard let entry = tokenizer.lexiconClass(UnsafeBufferPointer(rebasing: s[range])) else { return false }
        return entry.tag != .person
    }

    /// Whether the text at `range` is a surname and an honorific (陈女士, 刘师傅): no name.
    private func endsWithHonorific(_ range: Range<Int>, _ s: UnsafeBufferPointer<UInt32>) -> Bool {
        EntityVocabulary.honorifics.contains { endsWith($0, range, s) }
    }

    /// Whether the token before `index` is a verb of going to or being at a place (抵达, 访问, 在).
    private func isAfterPlaceVerb(_ index: Int, _ tokens: [Token], _ s: UnsafeBufferPointer<UInt32>) -> Bool {
        guard index > 0, tokens[index - 1].kind == .word else { return false }
        let before = Array(s[tokens[index - 1].scalarOffsets])
        return EntityVocabulary.placeVerbs.contains(before)
    }

    /// Whether the text at `range` ends with a title or role (记者, 副市长, 政协委员).
    private func endsWithTitle(_ range: Range<Int>, _ s: UnsafeBufferPointer<UInt32>) -> Bool {
        guard let titles = EntityVocabulary.titlesByLast[s[range.upperBound - 1]] else { return false }
        return titles.contains { endsWith($0, range, s) }
    }

    /// Whether the text at `range` ends with an organisation's suffix (研究院, 集团).
    /// - Parameter specific: only suffixes that name a body by themselves (日报, not 政府 or 办).
    private func endsWithOrganizationSuffix(_ range: Range<Int>, _ s: UnsafeBufferPointer<UInt32>, specific: Bool = false) -> Bool {
        guard let suffixes = EntityVocabulary.organizationSuffixesByLast[s[range.upperBound - 1]] else { return false }
        guard let suffix = suffixes.first(where: { ($0.scalars.count >= 2 || range.count >= 3) && endsWith($0, range, s) }) else { return false }
        return !specific || !EntityVocabulary.genericOrganizationSuffixes.contains(suffix.text)
    }

    /// Whether a single character can open an unknown name: a surname, or a character the lexicon
    /// does not tag as a function word (用 and 好 in 用好 open nothing).
    private func isNameSingle(_ range: Range<Int>, _ s: UnsafeBufferPointer<UInt32>) -> Bool {
        if EntityVocabulary.surnames.contains(s[range.lowerBound]) { return true }
        guard let entry = tokenizer.lexiconClass(UnsafeBufferPointer(rebasing: s[range])) else { return true }
        return entry.tag != .function
    }

    /// What a token can be in a name's head.
    private enum HeadRole {
        /// It can open a name: a place, a body, a proper name, a word the lexicon does not know.
        case anchor
        /// It can only follow an anchor: a common noun, an ordinal, a single character.
        case joiner
    }

    /// The role of the token at `index` in a name's head, or nil when it ends the head.
    private func headRole(
        _ index: Int, _ tokens: [Token], _ tags: [(tag: WordClass, added: Bool)?], _ s: UnsafeBufferPointer<UInt32>,
        place: Bool, known: [Keyword]
    ) -> HeadRole? {
        let token = tokens[index]
        switch token.kind {
        case .latin: return place ? .joiner : .anchor
        case .word: break
        case .number: return !place && isNumeral(token.scalarOffsets, s) ? .joiner : nil
        default: return nil
        }
        let range = token.scalarOffsets
        let tag = tags[index]?.tag
        if known.contains(where: { startsWith($0, range.lowerBound..<tokens.last!.scalarOffsets.upperBound, s) }) { return .anchor }
        if range.count == 1 {
            // A single character joins a name unless it is a function word or a verb that opens a
            // clause (请, 受, 据, 经): the lexicon's tags of single characters say little (张 is also
            // a measure word, 清 an adjective).
            let scalar = s[range.lowerBound]
            if !place, EntityVocabulary.nameConjunctions.contains(scalar) { return .joiner }
            guard !EntityVocabulary.nonNameCharacters.contains(scalar), !EntityVocabulary.headStops.contains(scalar) else { return nil }
            return tag == .place || tag == .organization ? .anchor : .joiner
        }
        if isNational(range, s) { return place ? nil : .joiner }
        // 全市, 各级, 有关 open no name; 城市 and 工业 can sit inside one.
        if isCommonWord(range, s) { return EntityVocabulary.genericHeadScalars.contains(s[range]) ? nil : .joiner }
        // 第十七届, 十八, 第二: ordinals inside names of bodies (江澜市第十七届人民代表大会, 市第二中学).
        if !place, isNumeral(range, s) { return .joiner }
        if tag == .function { return nil }
        // A country opens no longer place (中华人民共和国 香港特别行政区 are two).
        if place, tag == .place, s[range.upperBound - 1] == 0x56FD { return nil }  // 国
        if placeMatch(at: range.lowerBound, s, limit: range.upperBound) == range.upperBound { return .anchor }
        if tags[index] == nil || isTrustedName(range, tags[index], s) { return .anchor }
        // A foreign name opens places named after people (高尔基大街).
        if place, tag == .person, range.allSatisfy({ EntityVocabulary.transliteration.contains(s[$0]) }) { return .anchor }
        switch tag {
        case .noun, .verbalNoun, .place, .organization, .properName, .person: return .joiner
        default: return nil
        }
    }

    /// Whether a word the lexicon knows names something: a place, an added name, a body that
    /// ends like one. The general lexicon's other name tags are noisy (力争 nz, 深化 j, 新进展 nt).
    private func isTrustedName(_ range: Range<Int>, _ entry: (tag: WordClass, added: Bool)?, _ s: UnsafeBufferPointer<UInt32>) -> Bool {
        guard let entry else { return false }
        switch entry.tag {
        case .place: return !isCommonWord(range, s)
        case .organization: return entry.added || endsWithOrganizationSuffix(range, s)
        case .properName, .person: return entry.added
        default: return false
        }
    }

    /// The start of a body's head that is only a division's prefix, ordinals and common nouns
    /// (市 第二 人民; 县 十八 届; 第十四届 全国), or nil.
    private func divisionPrefixStart(
        _ start: Int, _ end: Int, _ tokens: [Token], _ tags: [(tag: WordClass, added: Bool)?], _ s: UnsafeBufferPointer<UInt32>
    ) -> Int? {
        guard let firstIndex = tokens.firstIndex(where: { $0.scalarOffsets.lowerBound == start }) else { return nil }
        var sawPrefix = false
        var prefixStart: Int?
        var index = firstIndex
        while index < tokens.count, tokens[index].scalarOffsets.lowerBound < end {
            let range = tokens[index].scalarOffsets
            let scalar = s[range.lowerBound]
            if !sawPrefix, range.count == 1 && EntityVocabulary.divisionPrefixes.contains(scalar) {
                sawPrefix = true
                if prefixStart == nil { prefixStart = range.lowerBound }
            } else if isNumeral(range, s) || (range.count == 1 && (scalar == 0x5C4A || scalar == 0x7B2C)) {  // 届, 第
                if !sawPrefix { prefixStart = prefixStart ?? range.lowerBound }
            } else if sawPrefix, range.upperBound <= end, tags[index]?.tag == .noun || tags[index]?.tag == .verbalNoun {
                // 人民 in 人民医院, 统计 in 统计局
            } else if sawPrefix, range.upperBound > end {
                // the suffix's own token: 县政协
            } else {
                prefixStart = nil
                sawPrefix = false
            }
            index += 1
        }
        // A division's prefix inside the suffix's token: 县政协, 市统计局 written as one word.
        if prefixStart == nil, let holder = tokens.firstIndex(where: { $0.scalarOffsets.contains(end - 1) || $0.scalarOffsets.lowerBound == end }),
            tokens[holder].scalarOffsets.lowerBound < end
        {
            let lower = tokens[holder].scalarOffsets.lowerBound
            if end - lower == 1, EntityVocabulary.divisionPrefixes.contains(s[lower]) { return lower }
        }
        return sawPrefix ? prefixStart : nil
    }

    /// Whether the text at `range` is 全国 or 国家, which open national bodies.
    private func isNational(_ range: Range<Int>, _ s: UnsafeBufferPointer<UInt32>) -> Bool {
        range.count == 2 && EntityVocabulary.nationalPrefixes.contains(where: { startsWith($0, range, s) })
    }

    /// Whether the token at `range` is a number or an ordinal: 十八, 第二, 第十七届.
    private func isNumeral(_ range: Range<Int>, _ s: UnsafeBufferPointer<UInt32>) -> Bool {
        if isOrdinal(range, s) { return true }
        return range.allSatisfy { EntityVocabulary.ordinalDigits.contains(s[$0]) }
    }

    /// Whether the token at `range` is an ordinal or a session number: 第二, 第十七届, 十七届.
    private func isOrdinal(_ range: Range<Int>, _ s: UnsafeBufferPointer<UInt32>) -> Bool {
        var index = range.lowerBound
        if s[index] == 0x7B2C { index += 1 }  // 第
        let digitsStart = index
        while index < range.upperBound, EntityVocabulary.ordinalDigits.contains(s[index]) { index += 1 }
        guard index > digitsStart else { return false }
        if index < range.upperBound, s[index] == 0x5C4A || s[index] == 0x6B21 { index += 1 }  // 届, 次
        return index == range.upperBound && (s[range.lowerBound] == 0x7B2C || s[index - 1] == 0x5C4A)
    }

    /// The end of the longest gazetteer place starting at `index` that ends where a token ends.
    private func longestPlace(at index: Int, _ s: UnsafeBufferPointer<UInt32>, limit: Int, tokens: [Token]) -> Int? {
        let places = EntityVocabulary.places
        var node: UInt32 = 0
        var end: Int?
        var position = index
        while position < limit {
            node = places.child(node, s[position])
            if node == 0 { break }
            position += 1
            if places.isWord(node), endsAtToken(position, tokens) { end = position }
        }
        return end
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
    private func personName(at index: Int, _ s: UnsafeBufferPointer<UInt32>, limit: Int, tokens: [Token]) -> Range<Int>? {
        guard isSurnameStart(index, s) else { return nil }
        // A name the lexicon knows (傅全有, whose 有 is otherwise a function word).
        for length in [3, 2] where index + length <= limit && endsAtToken(index + length, tokens) {
            if let entry = tokenizer.lexiconClass(UnsafeBufferPointer(rebasing: s[index..<(index + length)])), entry.tag == .person {
                return index..<(index + length)
            }
        }
        let surname = EntityVocabulary.compoundSurnames.contains(where: { startsWith($0, index..<limit, s) }) ? 2 : 1
        var end = index + surname
        while end < limit, end - index < surname + 2, isNameCharacter(s[end]) { end += 1 }
        // A name followed by more Han characters than a given name can hold is not a name.
        guard end - index > surname else { return nil }
        // A one-character given name when the tokens say so (周婷 报道).
        if end - index == surname + 2, !endsAtToken(end, tokens), endsAtToken(end - 1, tokens) { end -= 1 }
        if let place = placeMatch(at: index, s, limit: limit), place >= end { return nil }
        return index..<end
    }

    /// A name standing alone between list commas (王滨雁、张永祥、梁兆鹏): a surname and two
    /// characters that are not words, the whole segment.
    private func listedName(_ tokens: [Token], _ s: UnsafeBufferPointer<UInt32>) -> Range<Int>? {
        guard let first = tokens.first(where: { $0.kind != .whitespace }), let last = tokens.last(where: { $0.kind != .whitespace }),
            last.scalarOffsets.upperBound - first.scalarOffsets.lowerBound == 3,
            tokens.allSatisfy({ $0.kind == .word || $0.kind == .whitespace })
        else { return nil }
        let range = first.scalarOffsets.lowerBound..<last.scalarOffsets.upperBound
        guard range.count == 3, isSurnameStart(range.lowerBound, s), looksLikeName(range, s),
            range.dropFirst().allSatisfy({ isNameCharacter(s[$0]) })
        else { return nil }
        let before = range.lowerBound > 0 ? s[range.lowerBound - 1] : 0
        let after = range.upperBound < s.count ? s[range.upperBound] : 0
        guard before == 0x3001 || after == 0x3001 else { return nil }  // 、
        if placeMatch(at: range.lowerBound, s, limit: range.upperBound) == range.upperBound { return nil }
        if let entry = tokenizer.lexiconClass(UnsafeBufferPointer(rebasing: s[range])), entry.tag != .person { return nil }
        return range
    }

    /// Whether a one-character token is a suffix that can end a name (局, 村, 镇).
    private func isSuffixToken(_ range: Range<Int>, _ s: UnsafeBufferPointer<UInt32>) -> Bool {
        let scalar = s[range.lowerBound]
        return EntityVocabulary.organizationSuffixes.contains { $0.scalars == [scalar] }
            || EntityVocabulary.placeSuffixes.contains { $0.scalars == [scalar] }
    }

    /// Whether the text at `range` is a common noun or a generic head (城镇, 全市), never a name.
    private func isCommonWord(_ range: Range<Int>, _ s: UnsafeBufferPointer<UInt32>) -> Bool {
        range.count <= 8 && EntityVocabulary.commonScalars.contains(s[range])
    }

    private func isSurnameStart(_ index: Int, _ s: UnsafeBufferPointer<UInt32>) -> Bool {
        EntityVocabulary.surnames.contains(s[index])
            || (EntityVocabulary.compoundSurnameFirsts.contains(s[index])
                && EntityVocabulary.compoundSurnames.contains(where: { startsWith($0, index..<s.count, s) }))
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
