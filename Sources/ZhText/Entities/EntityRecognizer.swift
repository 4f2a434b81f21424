/// Finds names of people (PER), places (LOC) and organisations (ORG) with vocabularies and rules.
///
/// The text is normalized and tokenized once (the tokens are shared with the figure grammars),
/// then read sentence by sentence: no entity crosses punctuation, except a colon (记者：王思远)
/// and the middle dot of foreign names (约翰·拉贝). Each rule proposes candidates; the longest
/// wins, one mention is one entity.
/// - Places: the gazetteer of administrative divisions and their short forms (鄞州区, 鄞州), the
///   lexicon's place words that read as places (its `ns` tag alone is noisy: 太阳, 美丽), regions
///   and countries (京津冀, 芬兰), one-character abbreviations (日韩 is one place; 中美 in a word
///   about two countries' relations is two), and a name head followed by a place suffix
///   (王家桥街道, 澜湾高新区, 张堰镇). A town and its village join (石门镇桃源村).
/// - Organisations: bodies the lexicon knows that end like one (国务院), well-known bodies
///   without a suffix (欧盟, 人大), a division's own bodies (市统计局, 县十八届人大, 市政协), and a
///   name head followed by an organisation suffix (清澜区人民政府, 东陵大学经济与管理学院). Generic
///   bodies with no name (市政府, 数字政府) are left out.
/// - People: a name after a title or role (市长邵闻达, 记者 王思远), before a verb of speech or a
///   title (陈立新说), alone between list commas, or that the lexicon knows and that reads as a
///   name (not 高水平, 陈女士); foreign names in transliteration characters, Latin names after
///   labels (From: 李薇 Li Wei).
/// A name head is read right to left from its suffix and opens at an anchor: a place, a trusted
/// name, a word the lexicon does not know, two single characters in a row (rare characters of
/// invented names). A document's own places and people, once named, are found again without their
/// suffix or title (江澜 after 江澜市, 钱晓峰：). Sentences of Traditional characters that the
/// tokenizer cuts into single characters are read simplified.
///
/// In ``Mode/model``, ``Mode/hybrid`` and ``Mode/raw`` a trained sequence model (``EntityModel``)
/// reads each sentence with the rules' decisions among its features (``EntityFeatures``); the
/// names it finds once are found again later in the document.
///
/// The rules read the text's scalars in place: lookups use bit sets of characters, word lists
/// hashed over slices and the lexicon's tries, with no string or array built per token.
public struct EntityRecognizer: Sendable {
    /// The tokenizer whose words the rules and the model read.
    public let tokenizer: Tokenizer
    /// The normalizer applied before recognition (NFKC, folded whitespace).
    public let normalizer: Normalizer
    /// The rules, held by reference (see ``EntityRules``).
    let rules: EntityRules

    typealias Candidate = EntityRules.Candidate

    /// How names are found: by the rules (the default), the trained sequence model, or both.
    ///
    /// On the real documents' gold the model with the guidelines scores as the rules do, and on
    /// the written Corpus below them (README, "Entities"); the rules stay the default until it
    /// does better on both.
    public enum Mode: String, Sendable, Hashable, CaseIterable {
        /// The rules alone.
        case rules
        /// The sequence model (reading the rules' decisions among its features), its names
        /// brought to the project's guidelines (``EntityRules/guidelines(_:chosen:_:)``).
        case model
        /// The rules' names, and the model's where the rules found none and the name starts with
        /// a head that is no common word.
        case hybrid
        /// The model's names as it learned them, in People's Daily's conventions (省委 is a body,
        /// 中美 two places): for scoring the model on the public test sets.
        case raw
    }

    /// How names are found; ``Mode/rules`` when the library holds no model.
    public let mode: Mode
    /// The model, in the other modes.
    let model: EntityModel?

    /// A recognizer; the defaults are the analyzer's, with the rules as the mode.
    public init(
        tokenizer: Tokenizer = Tokenizer(), normalizer: Normalizer = Normalizer(foldWhitespace: false),
        mode: Mode = .rules
    ) {
        self.init(
            tokenizer: tokenizer, normalizer: normalizer, model: mode == .rules ? nil : EntityModel.embedded, mode: mode)
    }

    /// The size in bytes of the model compiled into the library (read on first use), or nil.
    package static var embeddedModelSize: Int? { EntityModel.embedded?.byteCount }

    /// A recognizer with the model read from `data` (the trainer's output), for evaluating a model
    /// before it is compiled in; nil when `data` is not a model.
    package init?(modelData data: [UInt8], mode: Mode = .model) {
        guard let model = EntityModel(data: data) else { return nil }
        self.init(tokenizer: Tokenizer(), normalizer: Normalizer(foldWhitespace: false), model: model, mode: mode)
    }

    init(tokenizer: Tokenizer, normalizer: Normalizer, model: EntityModel?, mode: Mode) {
        self.tokenizer = tokenizer
        self.normalizer = normalizer
        rules = EntityRules(tokenizer: tokenizer)
        self.model = mode == .rules ? nil : model
        self.mode = self.model == nil ? .rules : mode
    }

    /// The entities of `text`, with ranges and offsets in `text`.
    public func entities(in text: String) -> [Entity] {
        entities(in: normalizer.normalize(text))
    }

    /// The entities of normalized text, with ranges and offsets in its original.
    public func entities(in normalized: NormalizedText) -> [Entity] {
        var scalars = FigureExtractor.fold(normalized)
        let traditional = TraditionalCharacters.simplify(&scalars)
        let found = scalars.withUnsafeBufferPointer { s in
            var session = Session(recognizer: self, traditional: traditional)
            tokenizer.enumerateTokens(in: normalized.text) { session.consume($0, s) }
            return session.finish(s)
        }
        return entities(found, OffsetMapper(normalized))
    }

    /// Maps found names to the original text.
    func entities(_ found: [Candidate], _ mapper: OffsetMapper) -> [Entity] {
        found.map { item in
            let (text, range, offsets) = mapper.original(item.range)
            return Entity(text: text, range: range, scalarOffsets: offsets, type: item.kind)
        }
    }

    /// One pass over a text's tokens: sentences are recognized as they end.
    struct Session {
        let recognizer: EntityRules
        private var sentence: [Token] = []
        private var known = NameMemory()
        private var people = NameMemory()
        /// Where the (simplified) text had Traditional characters, if anywhere.
        private let traditional: TraditionalMarks?
        private var found: [Candidate] = []
        private let model: EntityModel?
        private let mode: Mode
        /// The features of the sentence being read (reused from one sentence to the next).
        private var features: [UInt64] = []
        /// The names the model found so far, by kind (PER, LOC, ORG).
        private var seen = [NameMemory(), NameMemory(), NameMemory()]
        /// Whether to keep each sentence's features for training instead of decoding them.
        private let tracing: Bool
        /// Each sentence's scalar range and features, when tracing.
        private(set) var traced: [(range: Range<Int>, features: [UInt64])] = []

        init(recognizer: EntityRecognizer, traditional: TraditionalMarks? = nil, trace: Bool = false) {
            self.recognizer = recognizer.rules
            self.traditional = traditional
            model = recognizer.model
            mode = recognizer.mode
            tracing = trace
        }

        /// Takes the next token of the text whose (folded, normalized) scalars are `s`.
        mutating func consume(_ token: Token, _ s: UnsafeBufferPointer<UInt32>) {
            let first = s[token.scalarOffsets.lowerBound]
            // A colon and the middle dot of foreign names (约翰·拉贝) stay inside the sentence.
            let isColon =
                token.kind == .punctuation && (first == 0xFF1A || first == 0x3A || first == 0xB7 || first == 0x30FB)
            if !isColon,
                token.kind == .punctuation || token.kind == .symbol
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
            guard !sentence.isEmpty else { return }
            guard recognizer.isCutTraditional(sentence, traditional) else {
                label(sentence, s)
                return
            }
            // The text is simplified already: its words show once it is tokenized again.
            let range = sentence.first!.scalarOffsets.lowerBound..<sentence.last!.scalarOffsets.upperBound
            label(recognizer.tokens(of: range, s), s)
        }

        /// Finds the names of one sentence: the rules' choice, or the model's reading of it.
        private mutating func label(_ tokens: [Token], _ s: UnsafeBufferPointer<UInt32>) {
            let chosen = recognizer.recognize(tokens, s, known: &known, people: &people)
            guard tracing || model != nil, let first = tokens.first, let last = tokens.last else {
                found += chosen
                return
            }
            let range = first.scalarOffsets.lowerBound..<last.scalarOffsets.upperBound
            features.removeAll(keepingCapacity: true)
            recognizer.features(tokens, s, chosen: chosen, into: &features)
            if tracing {
                traced.append((range, features))
                found += chosen
                return
            }
            let tags = features.withUnsafeBufferPointer { model!.decode($0, count: range.count) }
            var names = EntityTag.names(tags, offset: range.lowerBound)
            if mode != .raw { names = recognizer.guidelines(names, chosen: chosen, s) }
            recall(&names, tokens, s)
            found += combine(names, chosen, tokens, s)
        }

        /// The sentence's names in the recognizer's mode, from the model's and the rules' (`chosen`).
        private func combine(
            _ names: [Candidate], _ chosen: [Candidate], _ tokens: [Token], _ s: UnsafeBufferPointer<UInt32>
        ) -> [Candidate] {
            guard mode == .hybrid else { return names }
            let extra = names.filter { name in
                guard name.range.count >= 2, !chosen.contains(where: { $0.range.overlaps(name.range) }),
                    let first = tokens.firstIndex(where: { $0.scalarOffsets.lowerBound == name.range.lowerBound }),
                    recognizer.endsAtToken(name.range.upperBound, tokens)
                else { return false }
                // 改扩建中小学, 外资研发中心: a common word before the suffix names no one.
                let head = tokens[first].scalarOffsets
                if head.count >= 2, head.upperBound < name.range.upperBound, let entry = recognizer.lexiconClass(head, s),
                    [.noun, .verbalNoun, .function, .other].contains(entry.tag)
                {
                    return false
                }
                return true
            }
            return (chosen + extra).sorted { $0.range.lowerBound < $1.range.lowerBound }
        }

        /// Adds the names the model found earlier in the document that this sentence repeats
        /// where the model found nothing (a name seen once is found again), then remembers the
        /// sentence's own names. A repeated name must start and end where tokens do.
        private mutating func recall(_ names: inout [Candidate], _ tokens: [Token], _ s: UnsafeBufferPointer<UInt32>) {
            let limit = tokens.last!.scalarOffsets.upperBound
            var again: [Candidate] = []
            var next = 0
            for token in tokens where token.kind == .word {
                let start = token.scalarOffsets.lowerBound
                guard start >= next, !names.contains(where: { $0.range.contains(start) }) else { continue }
                for (kind, memory) in zip(EntityTag.kinds, seen) {
                    guard let end = memory.ends(at: start, s, limit: limit).max(),
                        recognizer.endsAtToken(end, tokens),
                        !names.contains(where: { $0.range.overlaps(start..<end) })
                    else { continue }
                    again.append((start..<end, kind))
                    next = end
                    break
                }
            }
            for name in names where name.range.count >= 2 && name.range.count <= 12 {
                seen[EntityTag.kinds.firstIndex(of: name.kind)!].insert(s[name.range])
            }
            if !again.isEmpty {
                names = (names + again).sorted { $0.range.lowerBound < $1.range.lowerBound }
            }
        }
    }
}

/// The rules of an ``EntityRecognizer``, shared by reference: their many small helpers and
/// closures read the tokenizer without copying it (a `Tokenizer` is a struct of several arrays
/// and tries, which a copy retains one by one).
final class EntityRules: Sendable {
    let tokenizer: Tokenizer
    /// The lexicon's class of each one-character word of the BMP, looked up once: 0 when the
    /// character is no word, else the class's raw value plus one, with 0x80 for an added word.
    private let singleClasses: [UInt8]

    /// A name found in the normalized text: its scalar range and its type.
    typealias Candidate = (range: Range<Int>, kind: Entity.Kind)

    init(tokenizer: Tokenizer) {
        self.tokenizer = tokenizer
        // The root of each trie indexes its one-character words; added words come first, as in
        // `Tokenizer.lexiconClass`.
        var classes = [UInt8](repeating: 0, count: 0x10000)
        for (trie, wordClasses, added) in [
            (tokenizer.overlay, tokenizer.overlayClasses, true), (tokenizer.base, tokenizer.baseClasses, false),
        ] {
            guard let trie else { continue }
            for scalar in 0..<0x10000 where classes[scalar] == 0 {
                let node = trie.rootTable[scalar]
                guard node != 0, trie.isWord(node) else { continue }
                let tag = wordClasses[Int(trie.tag[Int(node)])]
                classes[scalar] = (tag.rawValue + 1) | (added ? 0x80 : 0)
            }
        }
        singleClasses = classes
    }

    /// The lexicon's class of the word spelled by `range` of `s`, and whether it is an added word.
    func lexiconClass(_ range: Range<Int>, _ s: UnsafeBufferPointer<UInt32>) -> (tag: WordClass, added: Bool)? {
        if range.count == 1, s[range.lowerBound] < 0x10000 {
            let entry = singleClasses[Int(s[range.lowerBound])]
            guard entry != 0, let tag = WordClass(rawValue: (entry & 0x7F) - 1) else { return nil }
            return (tag, entry & 0x80 != 0)
        }
        return tokenizer.lexiconClass(UnsafeBufferPointer(rebasing: s[range]))
    }
}

extension EntityRules {
    // MARK: One sentence

    /// - Parameters:
    ///   - known: the short forms of the divisions named so far (江澜 after 江澜市): a document's
    ///     own places, which no gazetteer holds.
    ///   - people: the people named so far, found again without a title (钱晓峰： in an interview).
    func recognize(
        _ tokens: [Token], _ s: UnsafeBufferPointer<UInt32>, known: inout NameMemory, people: inout NameMemory
    ) -> [Candidate] {
        guard !tokens.isEmpty else { return [] }
        var candidates: [Candidate] = []
        // People right after a title: they win over a place of the same length (总经理蒋怀山).
        var titled: [Range<Int>] = []
        // One-character places (中 and 美 in 中美关系), the only names shorter than two characters.
        var singles: [Candidate] = []
        let tags: [(tag: WordClass, added: Bool)?] = tokens.map { token in
            token.kind == .word ? lexiconClass(token.scalarOffsets, s) : nil
        }
        if let name = listedName(tokens, s) { candidates.append((name, .person)) }
        for token in tokens where token.kind == .punctuation {
            if let name = dottedName(at: token.scalarOffsets.lowerBound, tokens, s) {
                candidates.append((name, .person))
            }
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
                if let tail = EntityVocabulary.regionTails.first(where: { endsWith($0, range, s) }),
                    range.count - tail.scalars.count >= 2
                {
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
            case .properName
            where range.count >= 3 && !isCommonWord(range, s) && endsWithOrganizationSuffix(range, s, specific: true):
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
                if let title = EntityVocabulary.titlesByLast[s[range.upperBound - 1]]?.first(where: {
                    endsWith($0, range, s)
                }),
                    range.count - title.scalars.count >= 2
                {
                    candidates.append((range.lowerBound..<(range.upperBound - title.scalars.count), .organization))
                } else {
                    candidates.append((range, .organization))
                }
            case .person
            where range.count >= 2 && range.count <= 4 && isSurnameStart(range.lowerBound, s)
                && (added
                    || (range.count == 3 && (looksLikeName(range, s) || hasPersonContext(index, index + 1, tokens, s)))):
                candidates.append((range, .person))
            // Foreign names the lexicon knows, written in transliteration characters (克林顿, 希拉克).
            case .person
            where range.count >= 3 && !isSurnameStart(range.lowerBound, s)
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
                    && !endsWithTitle((range.lowerBound + length)..<range.upperBound, s)
                {
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
                candidates.append(
                    (
                        tokens[index - 1].scalarOffsets.lowerBound..<(range.lowerBound + body.scalars.count),
                        .organization
                    ))
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
                let prefix = tokenizer.longestLexiconPrefix(
                    UnsafeBufferPointer(rebasing: s[range]), where: { $0 == .person }), prefix.length == 3,
                isSurnameStart(range.lowerBound, s)
            {
                candidates.append((range.lowerBound..<(range.lowerBound + prefix.length), .person))
            }
            // A body or place that begins a longer word: 国务院 in 国务院常务会议.
            if range.count >= 4, tag != .organization, tag != .place,
                let prefix = tokenizer.longestLexiconPrefix(
                    UnsafeBufferPointer(rebasing: s[range]), where: { $0 == .organization || $0 == .place }),
                prefix.length >= 2, prefix.length >= 3 || !endsWithTitle(range, s), range.count - prefix.length >= 2,
                prefix.tag == .organization
                    ? endsWithOrganizationSuffix(range.lowerBound..<(range.lowerBound + prefix.length), s)
                    : isPlaceWord(range.lowerBound..<(range.lowerBound + prefix.length), s)
            {
                candidates.append(
                    (
                        range.lowerBound..<(range.lowerBound + prefix.length),
                        prefix.tag == .organization ? .organization : .location
                    ))
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
                if end > single || EntityVocabulary.divisionSuffixScalars.contains(s[end - 1])
                    || isNameLikeShortForm(range.lowerBound..<end, s)
                {
                    candidates.append((range.lowerBound..<end, .location))
                }
            }
            // The document's own people named so far.
            for end in people.ends(at: range.lowerBound, s, limit: limit) where endsAtToken(end, tokens) {
                candidates.append((range.lowerBound..<end, .person))
            }
            // The document's own places named so far.
            for end in known.ends(at: range.lowerBound, s, limit: limit) where endsAtToken(end, tokens) {
                candidates.append((range.lowerBound..<end, .location))
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
                if let suffix = EntityVocabulary.divisionSuffixes.first(where: { endsWith($0, place, s) }) {
                    let stem = place.lowerBound..<(place.upperBound - suffix.scalars.count)
                    if stem.count >= 2 { known.insert(s[stem]) }
                }
            }
            // A name the lexicon does not know is cut into single characters: a surname and one or
            // two more single characters that are not function words (王 思 远).
            if range.count == 1, isSurnameStart(range.lowerBound, s),
                tag != .function || EntityVocabulary.surnames.contains(s[range.lowerBound])
            {
                var next = index + 1
                var end = range.upperBound
                while next < tokens.count, next - index <= 2, tokens[next].kind == .word,
                    tokens[next].scalarOffsets.count == 1,
                    isNameCharacter(s[tokens[next].scalarOffsets.lowerBound]), tags[next]?.tag != .function,
                    !isSuffixToken(tokens[next].scalarOffsets, s)
                {
                    end = tokens[next].scalarOffsets.upperBound
                    next += 1
                }
                let nextIsSingle =
                    next < tokens.count && tokens[next].kind == .word && tokens[next].scalarOffsets.count == 1
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
                while next < tokens.count,
                    tokens[next].kind == .whitespace || tokens[next].kind == .punctuation
                        || (tokens[next].kind == .latin
                            && EntityVocabulary.latinLabels.contains(where: {
                                $0.scalars.elementsEqual(s[tokens[next].scalarOffsets])
                            }))
                {
                    next += 1
                }
                if next < tokens.count,
                    let name = personName(
                        at: tokens[next].scalarOffsets.lowerBound, s,
                        limit: tokens.last!.scalarOffsets.upperBound, tokens: tokens)
                {
                    candidates.append((name, .person))
                    titled.append(name)
                }
            }
            // People before 同志, 表示, 说.
            if let words = EntityVocabulary.afterNameByFirst[s[range.lowerBound]],
                words.contains(where: { startsWith($0, range, s) }),
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
        var chosen = longestFirst(
            candidates.filter {
                $0.range.count >= 2 && !isCommonWord($0.range, s)
                    && ($0.kind != .person || isPlausibleName($0.range, s))
            } + singles, titled: titled)
        // A town's village is one place (张堰镇李村, 石门镇桃源村).
        var merged = 0
        while merged + 1 < chosen.count {
            let first = chosen[merged].range
            let second = chosen[merged + 1].range
            if chosen[merged].kind == .location, chosen[merged + 1].kind == .location,
                first.upperBound == second.lowerBound,
                EntityVocabulary.townEndings.contains(s[first.upperBound - 1])
            {
                chosen[merged] = (first.lowerBound..<second.upperBound, .location)
                chosen.remove(at: merged + 1)
            } else {
                merged += 1
            }
        }
        for candidate in chosen where candidate.kind == .person {
            if candidate.range.count <= 4 { people.insert(s[candidate.range]) }
        }
        // A body's name that opens with its division's name teaches the division's short form
        // (岚溪 from 岚溪县第十八届人民代表大会).
        for candidate in chosen where candidate.kind == .organization {
            for length in 2...4 where length + 1 < candidate.range.count {
                let end = candidate.range.lowerBound + length
                guard EntityVocabulary.divisionSuffixScalars.contains(s[end]) else { continue }
                let stem = candidate.range.lowerBound..<end
                if stem.allSatisfy({ isNameCharacter(s[$0]) }), !isCommonWord(stem, s) { known.insert(s[stem]) }
                break
            }
        }
        if tokens.contains(where: { $0.kind == .latin }) {
            chosen += latinNames(after: chosen, tokens, s)
            chosen += latinOrganizations(after: chosen, tokens, s)
        }
        return chosen.sorted { $0.range.lowerBound < $1.range.lowerBound }
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
}
