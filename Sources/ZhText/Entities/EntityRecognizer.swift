/// Finds names of people (PER), places (LOC) and organisations (ORG) with vocabularies and rules.
///
/// The text is normalized and tokenized once (the tokens are shared with the figure grammars),
/// then read sentence by sentence: no entity crosses punctuation, except a colon (记者：王思远)
/// and the middle dot of foreign names (约翰·拉贝). Each rule proposes candidates; the longest
/// wins, one mention is one entity.
/// - Places: the gazetteer of administrative divisions and their short forms (鄞州区, 鄞州), the
///   lexicon's place words that read as places (its `ns` tag alone is noisy: 太阳, 美丽), regions
///   and countries (京津冀, 芬兰), one-character abbreviations (日韩 and 中美 are one place each),
///   regions named by a compass word (西部地区; 西部 in 西部大开发), and a name head followed by a place suffix
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
/// suffix or title (江澜 after 江澜市, 钱晓峰：). A Traditional text is read simplified in place
/// (``NormalizedText``'s `simplifiedTraditional()`), so that its words show; the names reported
/// read as written in it.
///
/// In ``Mode/model``, ``Mode/hybrid`` and ``Mode/raw`` a trained sequence model (``EntityModel``)
/// reads each sentence (its characters, tokens, lexicon and lists: ``EntityFeatures``; never the
/// rules' decisions, so that the model and raw modes run no rules); the names it finds once are
/// found again later in the document.
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
        /// The sequence model alone (no rules run), its names brought to the project's guidelines
        /// (``EntityRules/guidelines(_:chosen:_:)``).
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
            tokenizer: tokenizer, normalizer: normalizer, model: mode == .rules ? nil : EntityModel.embedded,
            mode: mode)
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
        let simplified = normalized.simplifiedTraditional()
        let found = simplified.scalarValues.withUnsafeBufferPointer { s in
            var session = Session(recognizer: self)
            tokenizer.enumerateTokens(in: simplified.text) { session.consume($0, s) }
            return session.finish(s)
        }
        return entities(found, OffsetMapper(simplified))
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
        /// The level of the division whose report it is (省 in a province's report), once a sentence names it.
        private var ownLevel: [UInt32]?
        private var found: [Candidate] = []
        /// The text's word tokens so far, for the lists that cross sentences (向海、莫莫格、哈泥保护区).
        private var words: [Token] = []
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

        init(recognizer: EntityRecognizer, trace: Bool = false) {
            self.recognizer = recognizer.rules
            model = recognizer.model
            mode = recognizer.mode
            tracing = trace
        }

        /// Takes the next token of the text whose (normalized, simplified) scalars are `s`.
        mutating func consume(_ token: Token, _ s: UnsafeBufferPointer<UInt32>) {
            // A colon and the middle dot of foreign names (约翰·拉贝) stay inside the sentence.
            let isColon = token.kind == .punctuation && Self.joiners.contains(s[token.scalarOffsets.lowerBound])
            if !isColon,
                token.kind == .punctuation || token.kind == .symbol
                    || (token.kind == .whitespace && s[token.scalarOffsets].contains(Self.lineFeed))
            {
                recognizeSentence(s)
                sentence.removeAll(keepingCapacity: true)
            } else {
                sentence.append(token)
                if token.kind == .word { words.append(token) }
            }
        }

        /// The names found, once the last token is in.
        mutating func finish(_ s: UnsafeBufferPointer<UInt32>) -> [Candidate] {
            recognizeSentence(s)
            sentence.removeAll()
            guard mode != .raw else { return found }
            let shared = recognizer.placesSharingSuffix(recognizer.zonesNamedInParentheses(found, s), words, s)
            return recognizer.bodiesAmongRegions(recognizer.listedGazetteerPlaces(shared, words, s), s)
        }

        /// The punctuation that does not end a sentence: colons (记者：王思远) and middle dots (约翰·拉贝).
        private static let joiners: Set<UInt32> = [
            Scalar.fullwidthColon, UInt32(UInt8(ascii: ":")), Scalar.middleDot, Scalar.katakanaMiddleDot,
        ]
        /// A line break ends a sentence.
        private static let lineFeed = UInt32(UInt8(ascii: "\n"))

        /// Recognizes the sentence read so far (the text is simplified already, so a Traditional
        /// sentence's words show: 記者鄭啟明 is read as 记者郑启明).
        private mutating func recognizeSentence(_ s: UnsafeBufferPointer<UInt32>) {
            guard !sentence.isEmpty else { return }
            label(sentence, s)
        }

        /// Finds the names of one sentence: the rules' choice, or the model's reading of it.
        private mutating func label(_ tokens: [Token], _ s: UnsafeBufferPointer<UInt32>) {
            // The model reads no rules: they run for the rules' and the hybrid modes only.
            let chosen =
                tracing || (model != nil && mode != .hybrid)
                ? [] : recognizer.recognize(tokens, s, known: &known, people: &people, ownLevel: &ownLevel)
            guard tracing || model != nil, let first = tokens.first, let last = tokens.last else {
                found += chosen
                return
            }
            let range = first.scalarOffsets.lowerBound..<last.scalarOffsets.upperBound
            features.removeAll(keepingCapacity: true)
            recognizer.features(tokens, s, names: model?.names, clusters: model?.clusters, into: &features)
            if tracing {
                traced.append((range, features))
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
                if head.count >= 2, head.upperBound < name.range.upperBound,
                    let entry = recognizer.lexiconClass(head, s),
                    [.noun, .verbalNoun, .function, .other].contains(entry.tag)
                {
                    return false
                }
                return true
            }
            return (chosen + extra).sorted { $0.range.lowerBound < $1.range.lowerBound }
        }

        /// Adds the names the model found earlier in the document that this sentence repeats.
        ///
        /// Where the model found nothing, a name seen once is found again; then the sentence's own
        /// names are remembered. A repeated name must start and end where tokens do.
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

    /// The number of code points of the Basic Multilingual Plane, whose one-character words
    /// `singleClasses` holds.
    private static let basicPlane = Int(UInt16.max) + 1
    /// The bit of `singleClasses` that marks an added word.
    private static let addedWordBit: UInt8 = 0x80

    /// A name found in the normalized text: its scalar range and its type.
    typealias Candidate = (range: Range<Int>, kind: Entity.Kind)

    init(tokenizer: Tokenizer) {
        self.tokenizer = tokenizer
        // The root of each trie indexes its one-character words; added words come first, as in
        // `Tokenizer.lexiconClass`.
        var classes = [UInt8](repeating: 0, count: Self.basicPlane)
        for (trie, wordClasses, added) in [
            (tokenizer.overlay, tokenizer.overlayClasses, true), (tokenizer.base, tokenizer.baseClasses, false),
        ] {
            guard let trie else { continue }
            for scalar in 0..<Self.basicPlane where classes[scalar] == 0 {
                let node = trie.rootTable[scalar]
                guard node != 0, trie.isWord(node) else { continue }
                let tag = wordClasses[Int(trie.tag[Int(node)])]
                classes[scalar] = (tag.rawValue + 1) | (added ? Self.addedWordBit : 0)
            }
        }
        singleClasses = classes
    }

    /// The lexicon's class of the word spelled by `range` of `s`, and whether it is an added word.
    func lexiconClass(_ range: Range<Int>, _ s: UnsafeBufferPointer<UInt32>) -> (tag: WordClass, added: Bool)? {
        if range.count == 1, Int(s[range.lowerBound]) < Self.basicPlane {
            let entry = singleClasses[Int(s[range.lowerBound])]
            guard entry != 0, let tag = WordClass(rawValue: (entry & ~Self.addedWordBit) - 1) else { return nil }
            return (tag, entry & Self.addedWordBit != 0)
        }
        return tokenizer.lexiconClass(UnsafeBufferPointer(rebasing: s[range]))
    }
}

extension EntityRules {
    // MARK: One sentence

    /// What the rules propose for one sentence, step by step, before the longest names are chosen.
    struct Proposals {
        /// The sentence's tokens.
        let tokens: [Token]
        /// The lexicon's class of each word token, and whether the word is an added one.
        let tags: [(tag: WordClass, added: Bool)?]
        /// The names proposed, in the order the rules propose them (ties are settled by it).
        var candidates: [Candidate] = []
        /// People right after a title: they win over a place of the same length (总经理蒋怀山).
        var titled: [Range<Int>] = []
        /// Names no common-word filter drops: one-character places (访华, 中方), countries in one word
        /// (中美关系), a compass region (西部 in 西部大开发, which alone is a direction).
        var singles: [Candidate] = []
        /// Where the sentence ends.
        var limit: Int { tokens.last!.scalarOffsets.upperBound }
    }

    /// The names of one sentence: each word is shown to the rules in turn, then the longest
    /// candidates win and the document's memories learn the new names.
    ///
    /// - Parameters:
    ///   - known: the short forms of the divisions named so far (江澜 after 江澜市): a document's
    ///     own places, which no gazetteer holds.
    ///   - people: the people named so far, found again without a title (钱晓峰： in an interview).
    ///   - ownLevel: the level of the division whose report it is, read from the government giving it
    ///     (省 after 我代表省人民政府), whose own bodies its level alone names (省委, 省政府).
    func recognize(
        _ tokens: [Token], _ s: UnsafeBufferPointer<UInt32>, known: inout NameMemory, people: inout NameMemory,
        ownLevel: inout [UInt32]?
    ) -> [Candidate] {
        guard !tokens.isEmpty else { return [] }
        if ownLevel == nil { ownLevel = self.ownLevel(tokens, s) }
        var sentence = Proposals(
            tokens: tokens,
            tags: tokens.map { token in token.kind == .word ? lexiconClass(token.scalarOffsets, s) : nil })
        if let name = listedName(tokens, s) { sentence.candidates.append((name, .person)) }
        for token in tokens where token.kind == .punctuation {
            if let name = dottedName(at: token.scalarOffsets.lowerBound, tokens, s) {
                sentence.candidates.append((name, .person))
            }
        }
        for index in tokens.indices where tokens[index].kind == .word {
            proposeByLexiconTag(at: index, &sentence, s)
            proposeWellKnownNames(at: index, &sentence, s)
            if let body = namedBody(at: index, tokens, s) { sentence.candidates.append((body, .organization)) }
            if let body = sportFederation(at: index, tokens, s) { sentence.candidates.append((body, .organization)) }
            if let place = countryBecoming(tokens[index].scalarOffsets, s) {
                sentence.candidates.append((place, .location))
            }
            if let transfer = waterTransfer(at: index, tokens, s) { sentence.candidates.append((transfer, .location)) }
            proposeNamesOpeningWords(at: index, &sentence, s)
            proposeRememberedNames(at: index, &sentence, s, known: known, people: people)
            proposeSuffixedNames(at: index, &sentence, s, known: &known)
            proposeCutName(at: index, &sentence, s)
            proposeTitledPerson(at: index, &sentence, s)
            proposePersonBeforeSpeech(at: index, &sentence, s)
            if let level = ownLevel, let body = ownBody(at: index, tokens, s, level: level) {
                sentence.singles.append((body, .organization))
            }
        }
        var chosen = withAreaWords(choose(sentence, s), tokens, s)
        remember(chosen, s, known: &known, people: &people)
        if tokens.contains(where: { $0.kind == .latin }) {
            chosen += latinNames(after: chosen, tokens, s)
            chosen += latinOrganizations(after: chosen, tokens, s)
            chosen += roadCodes(after: chosen, tokens, s)
        }
        return chosen.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    /// The lexicon's own tags, less the common nouns it tags as places or bodies (城镇, 县委): a
    /// general-lexicon place must end like one (中国, 长江), an added one is trusted.
    private func proposeByLexiconTag(at index: Int, _ sentence: inout Proposals, _ s: UnsafeBufferPointer<UInt32>) {
        let range = sentence.tokens[index].scalarOffsets
        let tag = sentence.tags[index]?.tag
        let added = sentence.tags[index]?.added ?? false
        switch tag {
        case .place where !isBilateral(range, s) && (added || isPlaceWord(range, s)):
            sentence.candidates.append((placeInPlaceWord(range, s), .location))
        case .organization where endsWith(EntityVocabulary.specialRegion, range, s):
            sentence.candidates.append((range, .location))
        case .properName where added && EntityVocabulary.regionEndings.contains(where: { endsWith($0, range, s) }):
            sentence.candidates.append((range, .location))
        case .properName
        where range.count >= 3 && !isCommonWord(range, s) && endsWithOrganizationSuffix(range, s, specific: true):
            sentence.candidates.append((range, .organization))
        // The general lexicon's bodies and people are noisy (新进展 nt, 高水平 nr): its bodies must
        // end like one, its people need a title or a verb of speech next to them.
        case .organization
        where !isCommonWord(range, s)
            && (added || (endsWithOrganizationSuffix(range, s) && !isGenericBodyWord(range, s))):
            if let body = organizationInBodyWord(range, s, added: added) {
                sentence.candidates.append((body, .organization))
            }
        case .person
        where range.count >= 2 && range.count <= 4 && isSurnameStart(range.lowerBound, s)
            && (added
                || (range.count == 3
                    && (looksLikeName(range, s) || hasPersonContext(index, index + 1, sentence.tokens, s)))):
            sentence.candidates.append((range, .person))
        // 大连, 开封, 保定: a city's short form the gazetteer keeps though the lexicon knows it as a verb or an
        // adjective (rule city-tagged-as-word).
        case .function
        where range.count >= 2 && !isCommonWord(range, s)
            && placeMatch(at: range.lowerBound, s, limit: range.upperBound) == range.upperBound:
            sentence.candidates.append((range, .location))
        // Foreign names the lexicon knows, written in transliteration characters (克林顿, 希拉克).
        case .person
        where range.count >= 3 && !isSurnameStart(range.lowerBound, s)
            && range.allSatisfy({ EntityVocabulary.transliteration.contains(s[$0]) }):
            // The lexicon tags many foreign places as people (莫斯科, 波士顿): after a verb of
            // going or being somewhere (抵达波士顿, 本报莫斯科电) the name is a place.
            sentence.candidates.append((range, isAfterPlaceVerb(index, sentence.tokens, s) ? .location : .person))
        default: break
        }
    }

    /// The place a place word names: 亚太地区, 东亚各国 name the place before 地区 or 各国.
    private func placeInPlaceWord(_ range: Range<Int>, _ s: UnsafeBufferPointer<UInt32>) -> Range<Int> {
        if let tail = EntityVocabulary.regionTails.first(where: { endsWith($0, range, s) }),
            range.count - tail.scalars.count >= 2
        {
            return range.lowerBound..<(range.upperBound - tail.scalars.count)
        }
        return placeInsideWord(range, s) ?? range
    }

    /// The body a lexicon's organisation word names, or nil: 中国政府 is the country's government
    /// (中国 is the place); 中央政治局常委 names a member of the body, 中央政治局.
    private func organizationInBodyWord(
        _ range: Range<Int>, _ s: UnsafeBufferPointer<UInt32>, added: Bool
    ) -> Range<Int>? {
        if endsWith(EntityVocabulary.government, range, s), !added,
            !EntityVocabulary.divisionEndings.contains(s[range.upperBound - 3])
        {
            return nil
        }
        if let title = EntityVocabulary.titlesByLast[s[range.upperBound - 1]]?.first(where: {
            endsWith($0, range, s)
        }),
            range.count - title.scalars.count >= 2
        {
            return range.lowerBound..<(range.upperBound - title.scalars.count)
        }
        return range
    }

    /// Well-known bodies and regions, whatever the lexicon's tag (欧盟, 京津冀, 人大), alone or
    /// opening a word; a division's congress (市人大); two countries in one word (中美); places
    /// abbreviated to one character each (日韩).
    private func proposeWellKnownNames(at index: Int, _ sentence: inout Proposals, _ s: UnsafeBufferPointer<UInt32>) {
        let tokens = sentence.tokens
        let range = tokens[index].scalarOffsets
        let word = s[range]
        if EntityVocabulary.wellKnownOrganizations.contains(word) {
            let end = stationedUnitEnd(after: index, tokens, s) ?? range.upperBound
            sentence.candidates.append((knownBodyStart(range, at: index, tokens, s)..<end, .organization))
        } else if EntityVocabulary.pairedRegions.contains(word),
            tokens.contains(where: { EntityVocabulary.pairedPartners.contains(s[$0.scalarOffsets]) })
        {
            // 内地与香港: the mainland beside its partner (rule paired-region); 内地省份 alone is inland, a common
            // word (not-names.tsv), which is why it is proposed as a single.
            sentence.singles.append((range, .location))
        } else if EntityVocabulary.regions.contains(word) {
            // 中国式现代化: a country's name made an adjective.
            if range.upperBound >= tokens.last!.scalarOffsets.upperBound || s[range.upperBound] != Scalar.式 {
                sentence.candidates.append((range, .location))
            }
        } else if range.count >= 3, let opening = wellKnownOpening(range, s) {
            let start =
                opening.kind == .organization
                ? knownBodyStart(opening.range, at: index, tokens, s) : opening.range.lowerBound
            sentence.candidates.append((start..<opening.range.upperBound, opening.kind))
        } else if sentence.tags[index]?.tag == .properName, let region = regionClosingTerm(range, s) {
            sentence.candidates.append((region, .location))
        }
        // A division's congress or conference: 市人大, 县政协 (委员), 区人大 (代表), and after a level of several
        // characters, 自治区政协 (rule division-congress).
        if index > 0, tokens[index - 1].kind == .word, isDivisionLevel(tokens[index - 1].scalarOffsets, s),
            let body = EntityVocabulary.congressBodies.first(where: { startsWith($0, range, s) })
        {
            let start = tokens[index - 1].scalarOffsets.lowerBound
            sentence.candidates.append((start..<(range.lowerBound + body.scalars.count), .organization))
        }
        // Countries abbreviated in one word are one place: 中美 (关系), 中日韩, 美中; 中方, 访华 are one.
        if let pair = bilateralRun(at: index, tokens, s) {
            sentence.singles.append((lineOfCountries(pair, tokens, s), .location))
        } else if let side = visitedPlace(at: index, tokens, s) {
            sentence.singles.append((side..<(side + 1), .location))
        }
        // A region named by its compass word: 西部地区; 西部 in 西部大开发 (西部 alone is a direction).
        if let region = compassRegion(at: index, tokens, s, limit: sentence.limit) {
            sentence.singles.append((region, .location))
        }
        // A part of a province: 皖北, 渝东北, 粤北地区 (rule province-compass-part).
        if let part = provincePart(at: index, tokens, s, limit: sentence.limit) {
            sentence.candidates.append((part, .location))
        }
        // Places abbreviated to one character each: 日韩, 欧美, 港澳, 沪苏浙皖.
        if let end = abbreviatedPlaces(at: index, tokens, s) {
            sentence.candidates.append((range.lowerBound..<end, .location))
        }
        // Cities abbreviated to one character each (汉襄宜: rule city-chain); a region cut into characters (陇 原).
        if let chain = cityChain(at: index, tokens, s) { sentence.candidates.append((chain, .location)) }
        if let region = splitRegion(at: index, tokens, s) { sentence.candidates.append((region, .location)) }
    }

    /// Whether a word is a division's one-character prefix (市, 县) or a level word of several characters that its
    /// own report names alone (自治区): the division a congress or a conference after it belongs to.
    private func isDivisionLevel(_ word: Range<Int>, _ s: UnsafeBufferPointer<UInt32>) -> Bool {
        if word.count == 1 { return EntityVocabulary.divisionPrefixes.contains(s[word.lowerBound]) }
        return EntityVocabulary.levels.contains { $0.scalars.count == word.count && startsWith($0, word, s) }
    }

    /// A well-known body or region opening a word of three or more characters whose rest is a
    /// common word (东盟国家 names 东盟); before a member's title only a congress is named (人大代表 names
    /// 人大: rule body-before-member).
    private func wellKnownOpening(_ range: Range<Int>, _ s: UnsafeBufferPointer<UInt32>) -> Candidate? {
        for length in stride(from: min(4, range.count - 2), through: 2, by: -1)
        where isCommonLexiconWord((range.lowerBound + length)..<range.upperBound, s) {
            let member = endsWithTitle((range.lowerBound + length)..<range.upperBound, s)
            let headRange = range.lowerBound..<(range.lowerBound + length)
            let head = s[headRange]
            if EntityVocabulary.wellKnownOrganizations.contains(head), !member || isNamedBeforeMember(headRange, s) {
                return (headRange, .organization)
            }
            if !member, EntityVocabulary.regions.contains(head) {
                return (range.lowerBound..<(range.lowerBound + length), .location)
            }
        }
        return nil
    }

    /// People a doctrine is named after (马克思 and 列宁 in 马克思列宁主义), a person whose name opens an added
    /// term (习近平 in a longer term), a body or place that begins a longer word (国务院 in 国务院常务会议).
    private func proposeNamesOpeningWords(
        at index: Int, _ sentence: inout Proposals, _ s: UnsafeBufferPointer<UInt32>
    ) {
        let range = sentence.tokens[index].scalarOffsets
        let tag = sentence.tags[index]?.tag
        let doctrine = doctrineNames(range, s)
        for name in doctrine { sentence.candidates.append((name, .person)) }
        if doctrine.isEmpty, range.count >= 5, sentence.tags[index]?.added == true, tag == .properName,
            let prefix = tokenizer.longestLexiconPrefix(
                UnsafeBufferPointer(rebasing: s[range]), where: { $0 == .person }), prefix.length == 3,
            isSurnameStart(range.lowerBound, s)
        {
            sentence.candidates.append((range.lowerBound..<(range.lowerBound + prefix.length), .person))
        }
        if range.count >= 4, tag != .organization, tag != .place,
            let prefix = tokenizer.longestLexiconPrefix(
                UnsafeBufferPointer(rebasing: s[range]), where: { $0 == .organization || $0 == .place }),
            prefix.length >= 2, prefix.length >= 3 || !endsWithTitle(range, s), range.count - prefix.length >= 2,
            prefix.tag == .organization
                ? endsWithOrganizationSuffix(range.lowerBound..<(range.lowerBound + prefix.length), s)
                : isPlaceWord(range.lowerBound..<(range.lowerBound + prefix.length), s)
                    && opensWord(
                        after: range.lowerBound + prefix.length, in: range, added: sentence.tags[index]?.added == true,
                        s)
        {
            sentence.candidates.append(
                (
                    range.lowerBound..<(range.lowerBound + prefix.length),
                    prefix.tag == .organization ? .organization : .location
                ))
        }
    }

    /// Whether a place opening a longer word ends where a word may: a county's short form opening a policy term
    /// the domain lexicon adds ends no word there when its last character and the next make one (新安 in 新安全格局,
    /// where 安全 is a word: rule place-opening-word); a region or a country opens its terms (中国 in 中国式现代化).
    private func opensWord(
        after start: Int, in range: Range<Int>, added: Bool, _ s: UnsafeBufferPointer<UInt32>
    ) -> Bool {
        let place = s[range.lowerBound..<start]
        guard added, start < range.upperBound, !EntityVocabulary.regions.contains(place),
            !EntityVocabulary.countries.contains(place)
        else { return true }
        return lexiconClass((start - 1)..<(start + 1), s) == nil
    }

    /// The gazetteer, joining adjacent places, and the document's own people and places named so
    /// far; a match must end where a token ends (余姚 in 余姚市场).
    private func proposeRememberedNames(
        at index: Int, _ sentence: inout Proposals, _ s: UnsafeBufferPointer<UInt32>, known: NameMemory,
        people: NameMemory
    ) {
        let tokens = sentence.tokens
        let range = tokens[index].scalarOffsets
        let limit = sentence.limit
        if EntityVocabulary.places.child(0, s[range.lowerBound]) != 0,
            var end = longestPlace(at: range.lowerBound, s, limit: limit, tokens: tokens)
        {
            let single = end
            // 同心江苏: a province follows no smaller place in one name (rule province-after-place).
            while let next = longestPlace(at: end, s, limit: limit, tokens: tokens), !isProvince(end..<next, s) {
                end = next
            }
            // A short form the lexicon knows as a common word is a place only with its suffix
            // or next to another place (资源, 同心, 新兴, 会同 are words first).
            if end > single || EntityVocabulary.divisionSuffixScalars.contains(s[end - 1])
                || isNameLikeShortForm(range.lowerBound..<end, s)
            {
                sentence.candidates.append((range.lowerBound..<end, .location))
            }
        }
        for end in people.ends(at: range.lowerBound, s, limit: limit) where endsAtToken(end, tokens) {
            sentence.candidates.append((range.lowerBound..<end, .person))
        }
        for end in known.ends(at: range.lowerBound, s, limit: limit) where endsAtToken(end, tokens) {
            sentence.candidates.append((range.lowerBound..<end, .location))
        }
    }

    /// Organisations and places by their suffixes; a division's stem is remembered as a place
    /// (江澜 from 江澜市).
    private func proposeSuffixedNames(
        at index: Int, _ sentence: inout Proposals, _ s: UnsafeBufferPointer<UInt32>, known: inout NameMemory
    ) {
        let (tokens, tags) = (sentence.tokens, sentence.tags)
        let last = s[tokens[index].scalarOffsets.upperBound - 1]
        if let suffixes = EntityVocabulary.organizationSuffixesByLast[last],
            let organization = suffixed(index, tokens, tags, s, suffixes: suffixes, place: false, known: known)
        {
            sentence.candidates.append((organization, .organization))
        }
        if let suffixes = EntityVocabulary.placeSuffixesByLast[last],
            let place = suffixed(index, tokens, tags, s, suffixes: suffixes, place: true, known: known)
        {
            sentence.candidates.append((place, .location))
            if let suffix = EntityVocabulary.divisionSuffixes.first(where: { endsWith($0, place, s) }) {
                let stem = place.lowerBound..<(place.upperBound - suffix.scalars.count)
                if stem.count >= 2 { known.insert(s[stem]) }
            }
        }
    }

    /// A name the lexicon does not know is cut into single characters: a surname and one or two
    /// more single characters that are not function words (王 思 远).
    private func proposeCutName(at index: Int, _ sentence: inout Proposals, _ s: UnsafeBufferPointer<UInt32>) {
        let (tokens, tags) = (sentence.tokens, sentence.tags)
        let range = tokens[index].scalarOffsets
        guard range.count == 1, isSurnameStart(range.lowerBound, s),
            tags[index]?.tag != .function || EntityVocabulary.surnames.contains(s[range.lowerBound])
        else { return }
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
        let nextIsSingle = next < tokens.count && tokens[next].kind == .word && tokens[next].scalarOffsets.count == 1
        let name = range.lowerBound..<end
        // 绿满陇原: a region's name after the surname makes no given name (rule region-split-word).
        if EntityVocabulary.regions.contains(s[(range.upperBound)..<end]) { return }
        if name.count >= 2, !nextIsSingle,
            (name.count == 3 && looksLikeName(name, s)) || hasPersonContext(index, next, tokens, s)
        {
            sentence.candidates.append((name, .person))
        }
    }

    /// A person after a title (市长邵闻达), past spaces, punctuation and Latin labels.
    private func proposeTitledPerson(at index: Int, _ sentence: inout Proposals, _ s: UnsafeBufferPointer<UInt32>) {
        let tokens = sentence.tokens
        let range = tokens[index].scalarOffsets
        guard let titles = EntityVocabulary.titlesByLast[s[range.upperBound - 1]],
            titles.contains(where: { endsWith($0, tokens[0].scalarOffsets.lowerBound..<range.upperBound, s) })
        else { return }
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
            let name = personName(at: tokens[next].scalarOffsets.lowerBound, s, limit: sentence.limit, tokens: tokens)
        {
            sentence.candidates.append((name, .person))
            sentence.titled.append(name)
        }
    }

    /// A person before 同志, 表示, 说: the two or three name characters that end at the word.
    private func proposePersonBeforeSpeech(
        at index: Int, _ sentence: inout Proposals, _ s: UnsafeBufferPointer<UInt32>
    ) {
        let tokens = sentence.tokens
        let range = tokens[index].scalarOffsets
        guard let words = EntityVocabulary.afterNameByFirst[s[range.lowerBound]],
            words.contains(where: { startsWith($0, range, s) }), index > 0
        else { return }
        for length in [3, 2] {
            let start = range.lowerBound - length
            guard start >= tokens[0].scalarOffsets.lowerBound, isSurnameStart(start, s),
                (start..<range.lowerBound).allSatisfy({ isNameCharacter(s[$0]) }),
                tokens[..<index].contains(where: { $0.scalarOffsets.lowerBound == start }),
                !isWord(start..<range.lowerBound, s), !endsWithHonorific(start..<range.lowerBound, s),
                placeMatch(at: start, s, limit: range.lowerBound) != range.lowerBound
            else { continue }
            sentence.candidates.append((start..<range.lowerBound, .person))
            break
        }
    }

    /// The names chosen among the proposals: common nouns are never names, whichever rule
    /// proposed them; the longest win; a town's village is one place with it (张堰镇李村).
    private func choose(_ sentence: Proposals, _ s: UnsafeBufferPointer<UInt32>) -> [Candidate] {
        var chosen = longestFirst(
            sentence.candidates.filter {
                $0.range.count >= 2 && !isCommonWord($0.range, s) && !isNumberedArea($0, s)
                    && ($0.kind != .person || isPlausibleName($0.range, s))
                    && ($0.kind != .organization
                        || !(endsInsideWord($0.range, sentence.tokens, s)
                            || isSessionMeeting($0.range, s, start: sentence.tokens[0].scalarOffsets.lowerBound)))
                    // 东中部, 中西部: directions and a body's suffix name no body (rule directions-not-body).
                    && ($0.kind != .organization || $0.range.count < 3
                        || !s[$0.range.dropLast()].allSatisfy { EntityVocabulary.directions.contains($0) })
            } + sentence.singles, titled: sentence.titled)
        var merged = 0
        while merged + 1 < chosen.count {
            let first = chosen[merged].range
            let second = chosen[merged + 1].range
            // 南亚东南亚: two regions written as one compound are one place (rule joint-regions).
            if chosen[merged].kind == .location, chosen[merged + 1].kind == .location,
                first.upperBound == second.lowerBound,
                EntityVocabulary.townEndings.contains(s[first.upperBound - 1])
                    || (EntityVocabulary.jointRegions.contains(s[first])
                        && EntityVocabulary.jointRegions.contains(s[second]))
                    // 武隆荆竹村: a county and its village are one place (rule county-village); a county or
                    // city and its town, lake or mountain too (永靖盐锅峡镇, 珠海横琴岛: rule county-site).
                    || ((EntityVocabulary.villageEndings.contains(s[second.upperBound - 1])
                        || EntityVocabulary.localSiteEndings.contains(s[second.upperBound - 1]))
                        && second.count >= 3 && isKnownPlaceWord(first, s) && !isProvince(first, s))
            {
                chosen[merged] = (first.lowerBound..<second.upperBound, .location)
                chosen.remove(at: merged + 1)
            } else {
                merged += 1
            }
        }
        let sections = lineSections(sectionsJoined(chosen, s, limit: sentence.limit), s, limit: sentence.limit)
        return branchesJoined(sections, sentence.tokens, s)
    }

    /// A river, a line or a park and the place of one of its sections, then the section's suffix, are one place:
    /// 长江江苏段, 长江干流江苏段 (rule section-of-place; section and section-inner in places.tsv).
    private func sectionsJoined(_ chosen: [Candidate], _ s: UnsafeBufferPointer<UInt32>, limit: Int) -> [Candidate] {
        var chosen = chosen
        var index = 0
        while index + 1 < chosen.count {
            let (first, second) = (chosen[index].range, chosen[index + 1].range)
            let gap = first.upperBound..<second.lowerBound
            if chosen[index].kind == .location, chosen[index + 1].kind == .location, second.upperBound < limit,
                EntityVocabulary.sectionSuffixes.contains(s[second.upperBound]),
                gap.isEmpty || EntityVocabulary.sectionInnerWords.contains(s[gap]),
                placeMatch(at: second.lowerBound, s, limit: second.upperBound) == second.upperBound
            {
                chosen[index] = (first.lowerBound..<(second.upperBound + 1), .location)
                chosen.remove(at: index + 1)
            }
            index += 1
        }
        return chosen
    }

    /// Remembers the sentence's people, and the division a body's name opens with, which teaches
    /// its short form (岚溪 from 岚溪县第十八届人民代表大会).
    private func remember(
        _ chosen: [Candidate], _ s: UnsafeBufferPointer<UInt32>, known: inout NameMemory, people: inout NameMemory
    ) {
        for candidate in chosen where candidate.kind == .person {
            if candidate.range.count <= 4 { people.insert(s[candidate.range]) }
        }
        for candidate in chosen where candidate.kind == .organization {
            for length in 2...4 where length + 1 < candidate.range.count {
                let end = candidate.range.lowerBound + length
                guard EntityVocabulary.divisionSuffixScalars.contains(s[end]) else { continue }
                let stem = candidate.range.lowerBound..<end
                if stem.allSatisfy({ isNameCharacter(s[$0]) }), !isCommonWord(stem, s) { known.insert(s[stem]) }
                break
            }
        }
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
