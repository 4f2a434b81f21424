/// Names made of a head and a suffix: 澜湾高新区, 江澜产业投资集团有限公司, 市统计局.
extension EntityRules {
    /// A name head followed by a suffix that ends the token at `index`: the whole name's range.
    ///
    /// The suffix may span tokens (临港 智 造园: 智造园). The head is read right to left over
    /// tokens that can sit inside a name (nouns, places, unknown words, single characters that
    /// are not function words; for bodies also ordinals and 和/与: 经济与管理学院), and the name
    /// starts at the leftmost anchor among them: a proper name (a place, a body, a word the lexicon
    /// does not know, a Latin run). Common words before the anchor are left out (重点 in
    /// 重点工业园区 names nothing). A body with no anchor is still a name after a division's
    /// one-character prefix (市统计局, 县第一中学), unless its suffix is generic (市政府).
    func suffixed(
        _ index: Int, _ tokens: [Token], _ tags: [(tag: WordClass, added: Bool)?], _ s: UnsafeBufferPointer<UInt32>,
        suffixes: [Keyword], place: Bool,
        known: NameMemory
    ) -> Range<Int>? {
        guard let suffix = suffix(endingToken: index, tokens, tags, s, suffixes: suffixes, place: place) else {
            return nil
        }
        let end = tokens[index].scalarOffsets.upperBound
        let suffixStart = end - suffix.scalars.count
        guard let first = suffixFirstToken(index, suffixStart, tokens),
            place || !isCountedBeforeSuffix(suffix, at: suffixStart, s, start: tokens[0].scalarOffsets.lowerBound)
        else { return nil }
        var head = NameHead(
            suffix: suffix, suffixStart: suffixStart, end: end, place: place,
            shortHead: place && EntityVocabulary.shortHeadPlaceSuffixes.contains(suffix.scalars))
        readHead(&head, first: first, tokens, tags, s, known: known)
        let nameStart: Int
        if let opening = opening(of: head, s) {
            if let national = nationalOpening(head, before: opening, s) {
                nameStart = widenedStart(national, head, s)
            } else {
                guard opensNamedField(head, at: opening, s) else { return nil }
                nameStart = widenedStart(opening, head, s)
            }
        } else if let national = nationalOpening(head, before: nil, s) {
            // 国家碳计量中心: a national designation with a field (rule national-designation).
            nameStart = head.pieces[national].range.lowerBound
            if followsCount(nameStart, tokens, s) { return nil }
        } else if let start = familyPlaceStart(head, s) {
            nameStart = start
        } else {
            return unanchoredBody(head, tokens, tags, s)
        }
        guard acceptsName(nameStart..<suffixStart, head, s, known: known) else { return nil }
        // 江澜至余姚铁路: a line named by its two ends is one place with them (rule route-ends).
        if place, nameStart > tokens[0].scalarOffsets.lowerBound,
            EntityVocabulary.routeLinks.contains(s[nameStart - 1]),
            EntityVocabulary.routeSuffixes.contains(suffix.scalars)
        {
            return routeStart(before: nameStart - 1, tokens, tags, s, known: known).map { $0..<end }
        }
        return nameStart..<end
    }

    /// A name being read right to left from its suffix: the suffix, then the head's pieces.
    struct NameHead {
        let suffix: Keyword
        /// Where the suffix starts and where it (and the name) ends.
        let suffixStart: Int
        let end: Int
        /// Whether the suffix is a place's (else a body's).
        let place: Bool
        /// Whether the suffix only counts after a head of at most two characters (张堰镇, 李村).
        let shortHead: Bool
        /// The head's pieces, left to right: whole tokens, then the part of the suffix's token before it.
        var pieces: [(range: Range<Int>, role: HeadRole)] = []
        /// 1 when the last piece is the part of the suffix's own token before the suffix, else 0.
        var innerPieces = 0
    }

    /// The first of `suffixes` that ends the sentence at the token at `index`, unless it is a
    /// one-character suffix inside a word that names nothing.
    func suffix(
        endingToken index: Int, _ tokens: [Token], _ tags: [(tag: WordClass, added: Bool)?],
        _ s: UnsafeBufferPointer<UInt32>, suffixes: [Keyword], place: Bool
    ) -> Keyword? {
        let range = tokens[index].scalarOffsets
        let sentence = tokens[0].scalarOffsets.lowerBound..<range.upperBound
        guard let suffix = suffixes.first(where: { endsWith($0, sentence, s) }) else { return nil }
        // 新发展格局, 顾全大局: a policy phrase or a common word that ends like a body.
        if !place, EntityVocabulary.notBodyEndings.contains(where: { endsWith($0, sentence, s) }) { return nil }
        // 鲁南石化 产业: a trade's word before an industry's names the trade, not a body (rule industry-after-body).
        if !place, index + 1 < tokens.count,
            EntityVocabulary.industryWords.contains(s[tokens[index + 1].scalarOffsets])
        {
            return nil
        }
        // 曲靖 省 域: a division's suffix that opens a common word with the next character (省域, 县域) ends
        // no name.
        if place, suffix.scalars.count == 1, range.count == 1, range.upperBound < tokens.last!.scalarOffsets.upperBound,
            EntityVocabulary.commonScalars.contains(s[range.lowerBound..<(range.upperBound + 1)])
        {
            return nil
        }
        // 产业 强 省, 农业 强 镇: a common word the tokenizer cut in two characters (强省) ends no name.
        if place, suffix.scalars.count == 1, range.count == 1, index > 0, tokens[index - 1].scalarOffsets.count == 1,
            EntityVocabulary.commonSuffixedScalars.contains(s[(range.lowerBound - 1)..<range.upperBound])
        {
            return nil
        }
        // A one-character suffix inside a longer word counts only in a name-like word: 统计局, 鄞东区,
        // not 开办, 部署, nor the common nouns 地区, 城区, 校区.
        guard suffix.scalars.count == 1, range.count > 1 else { return suffix }
        let tag = tags[index]?.tag
        let allowed: [WordClass] = [.noun, .organization, .properName, .place, .person]
        if let tag, !allowed.contains(tag) { return nil }
        // 广大干部, 对外部: a word that ends in a common word (干部) ends no body (suffix-opens-word).
        if !place, tag != .organization, endsInCommonWord(range, s) { return nil }
        // 夜市, 城市, 楼市: a division's suffix inside a common noun ends no name (城区 and 港区 may), nor
        // inside a word that ends with one (旅游名县, 农业强县).
        if place,
            EntityVocabulary.commonSuffixedScalars.contains(s[range])
                || EntityVocabulary.commonSuffixedScalars.contains(s[(range.upperBound - 2)..<range.upperBound])
        {
            return nil
        }
        // 严肃查处, 惩处: a body's suffix that ends a verb the lexicon knows ends no body.
        if !place,
            tokenizer.lexiconClass(UnsafeBufferPointer(rebasing: s[(range.upperBound - 2)..<range.upperBound]))?
                .tag == .function
        {
            return nil
        }
        // 亚太地区 is 亚太: 地区 and 各国 follow a place's name without being part of it.
        if place, EntityVocabulary.regionTails.contains(where: { endsWith($0, range, s) }) { return nil }
        // 全部, 干部, 格局: a two-character common word ending in a body's suffix.
        if !place, range.count == 2, !isTrustedName(range, tags[index], s), tags[index] != nil { return nil }
        return suffix
    }

    /// The token holding the suffix's first character (the suffix may span tokens: 临港 智 造园), or
    /// nil when a token that is no word comes between.
    ///
    /// A numeral character the tokenizer reads as a number inside the suffix is still the suffix's (陆
    /// in 国际 陆 港: rule suffix-numeral-character).
    func suffixFirstToken(_ index: Int, _ suffixStart: Int, _ tokens: [Token]) -> Int? {
        var first = index
        while first > 0, tokens[first].scalarOffsets.lowerBound > suffixStart {
            let kind = tokens[first - 1].kind
            guard
                kind == .word || kind == .latin
                    || (kind == .number && tokens[first - 1].scalarOffsets.lowerBound >= suffixStart)
            else { return nil }
            first -= 1
        }
        return first
    }

    /// Reads the head's pieces right to left: the part of the suffix's token before the suffix,
    /// then whole tokens that can sit in a name, up to 16 characters (3 before a short-head suffix).
    func readHead(
        _ head: inout NameHead, first: Int, _ tokens: [Token], _ tags: [(tag: WordClass, added: Bool)?],
        _ s: UnsafeBufferPointer<UInt32>, known: NameMemory
    ) {
        var pieces: [(range: Range<Int>, role: HeadRole)] = []
        if tokens[first].scalarOffsets.lowerBound < head.suffixStart {
            // 国际科技创新中心: a policy term the lexicon knows that ends in a generic suffix opens no body
            // (policy-term-not-body).
            let isTerm =
                !head.place && tags[first]?.tag == .properName && tags[first]?.added == true
                && EntityVocabulary.genericOrganizationSuffixes.contains(head.suffix.scalars)
            let inner = tokens[first].scalarOffsets.lowerBound..<head.suffixStart
            let isAnchor =
                !isTerm
                && (tags[first] == nil || isTrustedName(tokens[first].scalarOffsets, tags[first], s)
                    || tags[first]?.tag == .person || isLineWord(inner, head, s))
            pieces.append((inner, isAnchor ? .anchor : .joiner))
        }
        head.innerPieces = pieces.count
        let maximum = head.shortHead ? max(3, jointFacilityHead(head, first: first, tokens, s)) : 16
        var index = first - 1
        while index >= 0, head.suffixStart - tokens[index].scalarOffsets.lowerBound <= maximum,
            let role = headRole(index, tokens, tags, s, place: head.place, known: known)
                ?? (isInNationalDesignation(index, head, tokens, s) || isInZoneName(index, head, tokens, s)
                    ? .joiner : nil)
                // 农商 联合 银行: a verb right before a body's suffix inside its name (rule body-inner-word).
                ?? (!head.place && tokens[index].scalarOffsets.upperBound == head.suffixStart
                    && EntityVocabulary.bodyInnerWords.contains(s[tokens[index].scalarOffsets]) ? .joiner : nil)
        {
            let range = tokens[index].scalarOffsets
            if range.count == 1, EntityVocabulary.nameConjunctions.contains(s[range.lowerBound]),
                !joinsOneBody(index, right: pieces.last, tokens, tags, s, place: head.place, known: known)
            {
                break
            }
            // 江澜 建设 科技创新 中心: a verb of building after a known place is the place's act (rule place-act-stop).
            if isPlaceAct(index, head, tokens, s) { break }
            // A centre inside a hospital is a department, not another body (县中医院胸痛中心).
            if head.suffix.scalars == EntityVocabulary.centre.scalars,
                endsWithOrganizationSuffix(range, s, specific: true)
            {
                break
            }
            pieces.append((range, role))
            index -= 1
        }
        head.pieces = pieces.reversed()
    }

    /// Whether the part `inner` of a word the lexicon knows before a line's suffix in the same word names the line
    /// (rule line-word): 青藏铁路, 成昆铁路 and 京沪高速铁路 are named lines; 高速铁路 and 地方铁路 name none, what
    /// comes before the suffix being a common word.
    func isLineWord(_ inner: Range<Int>, _ head: NameHead, _ s: UnsafeBufferPointer<UInt32>) -> Bool {
        head.place && inner.count >= 2 && EntityVocabulary.routeSuffixes.contains(head.suffix.scalars)
            && !isCommonLexiconWord(inner, s) && !isCommonWord(inner, s)
    }

    /// The length of the known places, two or more, right before a joint facility's suffix (宁波 舟山 港: rule
    /// joint-facility), else 0.
    func jointFacilityHead(_ head: NameHead, first: Int, _ tokens: [Token], _ s: UnsafeBufferPointer<UInt32>) -> Int {
        guard head.place, tokens[first].scalarOffsets.lowerBound == head.suffixStart,
            EntityVocabulary.jointFacilitySuffixes.contains(head.suffix.scalars)
        else { return 0 }
        var start = first
        while start > 0, first - start < 3, isKnownPlaceWord(tokens[start - 1].scalarOffsets, s) { start -= 1 }
        return first - start >= 2 ? head.suffixStart - tokens[start].scalarOffsets.lowerBound : 0
    }

    /// Whether the token at `index` is a verb of building after a known place or a body, with words between it
    /// and the suffix: the place or body builds what follows (江澜 建设 科技创新 中心, 东陵大学 建设 一流 大学), no
    /// name runs over it (建设银行 does).
    func isPlaceAct(_ index: Int, _ head: NameHead, _ tokens: [Token], _ s: UnsafeBufferPointer<UInt32>) -> Bool {
        let range = tokens[index].scalarOffsets
        guard index > 0, range.upperBound < head.suffixStart, EntityVocabulary.placeActs.contains(s[range]) else {
            return false
        }
        let previous = tokens[index - 1].scalarOffsets
        return isKnownPlaceWord(previous, s) || endsWithOrganizationSuffix(previous, s, specific: true)
    }

    /// Whether the token at `index` is inside a place's national designation: after a known place and 国家 the
    /// words up to the suffix name the place, verbs too (保定 国家 数据 标注 基地: rule national-after-place).
    func isInNationalDesignation(_ index: Int, _ head: NameHead, _ tokens: [Token], _ s: UnsafeBufferPointer<UInt32>)
        -> Bool
    {
        guard head.place, tokens[index].kind == .word else { return false }
        var national = index - 1
        while national > 0, tokens[national].kind == .word,
            head.suffixStart - tokens[national].scalarOffsets.lowerBound <= 16
        {
            if isNational(tokens[national].scalarOffsets, s) {
                return isKnownPlaceWord(tokens[national - 1].scalarOffsets, s)
            }
            national -= 1
        }
        return false
    }

    /// Whether 和 or 与 at token `index` joins two parts of one body's name (经济与管理学院), not two
    /// bodies (A大学和B实验室): common words on both sides, no body's name on the left.
    func joinsOneBody(
        _ index: Int, right: (range: Range<Int>, role: HeadRole)?, _ tokens: [Token],
        _ tags: [(tag: WordClass, added: Bool)?], _ s: UnsafeBufferPointer<UInt32>, place: Bool, known: NameMemory
    ) -> Bool {
        guard index > 0, let left = headRole(index - 1, tokens, tags, s, place: place, known: known),
            left == .joiner,
            tags[index - 1]?.tag != .organization,
            !endsWithOrganizationSuffix(tokens[index - 1].scalarOffsets, s),
            let right, right.role == .joiner
        else { return false }
        return true
    }

    /// The piece the name opens at.
    ///
    /// The first anchor, or the first of two single characters in a row (星 芯, 海 澄: names the
    /// lexicon does not know are cut into single characters). After a strong company suffix
    /// (有限公司) any head is a name: brands are often common words. Single characters before a place
    /// the gazetteer knows open nothing: they are a verb and its result (建好 长春都市圈,
    /// 做大做强 南昌中关村科技园).
    func opening(of head: NameHead, _ s: UnsafeBufferPointer<UInt32>) -> Int? {
        let pieces = head.pieces
        let knownPlace = pieces.firstIndex { $0.role == .anchor && isKnownPlaceWord($0.range, s) } ?? pieces.count
        if EntityVocabulary.strongOrganizationSuffixes.contains(head.suffix.scalars), !pieces.isEmpty { return 0 }
        // 高质量 建设 黄河口 国家公园: before a strong place suffix the name opens at its first anchor when it has
        // one, else at any head (东北虎 豹 国家公园: rule strong-place-anchor).
        if EntityVocabulary.strongPlaceSuffixes.contains(head.suffix.scalars), !pieces.isEmpty {
            return pieces.firstIndex { $0.role == .anchor && !isVerbBeforeKnownPlace($0.range, knownPlace, pieces, s) }
                ?? 0
        }
        // 藻 渡 水库: before a built place's suffix the singles' tags say nothing (rule facility-single-head).
        let facility = head.place && EntityVocabulary.facilitySuffixes.contains(head.suffix.scalars)
        return pieces.indices.first { offset in
            let piece = pieces[offset]
            let verb = head.place && isVerbBeforeKnownPlace(piece.range, knownPlace, pieces, s)
            // 投 用 临沂 机场: singles before a known place are a verb (rule verb-before-known-place).
            return (piece.role == .anchor && !verb)
                || (piece.range.count == 1 && knownPlace == pieces.count
                    && offset + 1 < pieces.count - head.innerPieces
                    && pieces[offset + 1].range.count == 1
                    && !EntityVocabulary.nameConjunctions.contains(s[piece.range.lowerBound])
                    && (facility || (isNameSingle(piece.range, s) && isNameSingle(pieces[offset + 1].range, s))))
        }
    }

    /// Whether an anchor is a word the lexicon does not know right before the head's first known place (rule
    /// verb-before-known-place): 投用 枣庄 机场, 提速 聊城 机场 are a verb and the place's facility; the name opens at
    /// the place.
    func isVerbBeforeKnownPlace(
        _ range: Range<Int>, _ knownPlace: Int, _ pieces: [(range: Range<Int>, role: HeadRole)],
        _ s: UnsafeBufferPointer<UInt32>
    ) -> Bool {
        guard range.count >= 2, knownPlace < pieces.count, pieces[knownPlace].range.lowerBound == range.upperBound,
            lexiconClass(range, s) == nil
        else { return false }
        return placeMatch(at: range.lowerBound, s, limit: range.upperBound) == nil
    }

    /// The name's start from its opening piece: back over the ordinal before it (第十四届 全国人民代表大会,
    /// 第 十五 次 全国代表大会), over single characters just before it (张 堰镇, 海 澄市), and over a
    /// division's prefix that opens its bodies (省 in 省农业农村厅).
    func widenedStart(_ opening: Int, _ head: NameHead, _ s: UnsafeBufferPointer<UInt32>) -> Int {
        let pieces = head.pieces
        var opening = opening
        var ordinal = opening
        while ordinal > 0, !head.place,
            isNumeral(pieces[ordinal - 1].range, s)
                || (pieces[ordinal - 1].range.count == 1
                    && EntityVocabulary.ordinalMarkers.contains(s[pieces[ordinal - 1].range.lowerBound]))
        {
            ordinal -= 1
        }
        if ordinal < opening, s[pieces[ordinal].range.lowerBound] == Scalar.第 { opening = ordinal }
        // Not before a place the lexicon knows as one word (后 香港 is no name).
        let wholeWord = opening == pieces.count - 1 && head.innerPieces == 1 && pieces[opening].range.count >= 2
        while opening > 0, pieces[opening - 1].range.count == 1 {
            let scalar = s[pieces[opening - 1].range.lowerBound]
            if EntityVocabulary.nameConjunctions.contains(scalar) { break }
            if EntityVocabulary.divisionPrefixes.contains(scalar) {
                if !head.place { opening -= 1 }
                break
            }
            if (wholeWord && head.place) || isKnownPlaceWord(pieces[opening].range, s) { break }
            opening -= 1
        }
        return pieces[opening].range.lowerBound
    }

    /// 李村, 王家桥街道, 刘家湾: many places are named after a family; the surname opens the name.
    func familyPlaceStart(_ head: NameHead, _ s: UnsafeBufferPointer<UInt32>) -> Int? {
        guard head.place, let firstPiece = head.pieces.first, isSurnameStart(firstPiece.range.lowerBound, s),
            (head.shortHead && firstPiece.range.count == 1)
                || (firstPiece.range.count >= 2 && s[firstPiece.range.lowerBound + 1] == Scalar.家)
        else { return nil }
        return firstPiece.range.lowerBound
    }

    /// A body whose head has no anchor: a congress named by its term (第三届代表大会), or the
    /// division's own body after its one-character prefix (市统计局, 县十八届人大, 第十四届全国人民代表大会).
    func unanchoredBody(
        _ head: NameHead, _ tokens: [Token], _ tags: [(tag: WordClass, added: Bool)?], _ s: UnsafeBufferPointer<UInt32>
    ) -> Range<Int>? {
        guard !head.place else { return nil }
        let congress = EntityVocabulary.congress.scalars
        let suffix = head.suffix.scalars
        if suffix.count >= congress.count && suffix.suffix(congress.count).elementsEqual(congress),
            let first = head.pieces.first, s[first.range.lowerBound] == Scalar.第,
            head.pieces.allSatisfy({
                isNumeral($0.range, s)
                    || ($0.range.count == 1 && EntityVocabulary.ordinalMarkers.contains(s[$0.range.lowerBound]))
            })
        {
            return first.range.lowerBound..<head.end
        }
        // 省重点实验室: a rank of labs, not one lab (counted-not-body).
        // 省国资运营集团: a division's own company, its trade after the prefix (rule division-company).
        let company = EntityVocabulary.divisionCompanies.contains(head.suffix.scalars) && head.pieces.count >= 2
        guard company || !EntityVocabulary.genericOrganizationSuffixes.contains(head.suffix.scalars),
            !EntityVocabulary.classesAfterPrefix.contains(head.suffix.scalars),
            let prefix = divisionPrefixStart(
                head.pieces.first?.range.lowerBound ?? head.suffixStart, head.suffixStart, tokens, tags, s),
            !followsCount(prefix, tokens, s)
        else { return nil }
        return prefix..<head.end
    }

    /// Whether the head `name` before the suffix makes a name: no common word, no function word
    /// before a short-head suffix, no lone direction (东区, 西站), and a government only after a place.
    func acceptsName(
        _ name: Range<Int>, _ head: NameHead, _ s: UnsafeBufferPointer<UInt32>, known: NameMemory
    ) -> Bool {
        guard !name.isEmpty, !isCommonWord(name, s) else { return false }
        let suffix = head.suffix.scalars
        if head.shortHead, name.contains(where: { EntityVocabulary.nonNameCharacters.contains(s[$0]) }) { return false }
        if name.count == 1, EntityVocabulary.directions.contains(s[name.lowerBound]) { return false }
        // 沙戈荒大基地, 高原康养基地: a base is named by a place or a body in its head (rule base-needs-place).
        if head.place, EntityVocabulary.placeNamedSuffixes.contains(suffix),
            !head.pieces.contains(where: {
                name.contains($0.range.lowerBound) && namesBase($0.range, s, known: known)
            }),
            !namesBase(name.lowerBound..<(name.lowerBound + 2), s, known: known)
        {
            return false
        }
        if !head.place, EntityVocabulary.genericOrganizationSuffixes.contains(suffix), name.count < 2 { return false }
        // 江澜市人民政府: a government is named by its place (深化数字政府 names none). 中国政府 and
        // 美国政府 are the country's government, not a named body: only a division's full name
        // (江澜市人民政府) or 人民政府 after a place or a known name makes one.
        guard !head.place, EntityVocabulary.governmentSuffixes.contains(suffix) else { return true }
        return name.count >= 2
            && (EntityVocabulary.divisionEndings.contains(s[head.suffixStart - 1])
                || (suffix == EntityVocabulary.peoplesGovernment.scalars
                    && (placeMatch(at: name.lowerBound, s, limit: head.suffixStart) == head.suffixStart
                        || known.contains(s[name]))))
    }

    /// Whether a piece of a base's head names it (rule base-needs-place): a known place or region, a place of the
    /// document (江澜 after 江澜市), places abbreviated one character each (京鲁), or a body (国家实验室); single
    /// characters (沙 戈 荒) and common words (高原, 实训) do not.
    func namesBase(_ range: Range<Int>, _ s: UnsafeBufferPointer<UInt32>, known: NameMemory) -> Bool {
        isKnownPlaceWord(range, s) || EntityVocabulary.regions.contains(s[range]) || known.contains(s[range])
            || (range.count >= 2 && range.allSatisfy { EntityVocabulary.placeAbbreviations.contains(s[$0]) })
            || endsWithOrganizationSuffix(range, s, specific: true)
    }

    /// What a token can be in a name's head.
    enum HeadRole {
        /// It can open a name: a place, a body, a proper name, a word the lexicon does not know.
        case anchor
        /// It can only follow an anchor: a common noun, an ordinal, a single character.
        case joiner
    }

    /// The role of the token at `index` in a name's head, or nil when it ends the head.
    func headRole(
        _ index: Int, _ tokens: [Token], _ tags: [(tag: WordClass, added: Bool)?], _ s: UnsafeBufferPointer<UInt32>,
        place: Bool, known: NameMemory
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
        // 自然资源厅 会同 农业农村厅, 教育部 直属 师范大学: a relation between bodies ends the head (rule
        // body-relation-stop).
        if !place, EntityVocabulary.bodyRelationWords.contains(s[range]) { return nil }
        if known.startsName(at: range.lowerBound, s, limit: tokens.last!.scalarOffsets.upperBound) {
            return .anchor
        }
        if range.count == 1 {
            // A single character joins a name unless it is a function word or a verb that opens a
            // clause (请, 受, 据, 经): the lexicon's tags of single characters say little (张 is also
            // a measure word, 清 an adjective).
            let scalar = s[range.lowerBound]
            if !place, EntityVocabulary.nameConjunctions.contains(scalar) { return .joiner }
            // 用好, 承接好: a verb's complement closes the verb; the name starts after it (complement-opens-no-name).
            guard !EntityVocabulary.nonNameCharacters.contains(scalar), !EntityVocabulary.headStops.contains(scalar),
                !EntityVocabulary.complements.contains(scalar)
            else { return nil }
            return tag == .place || tag == .organization ? .anchor : .joiner
        }
        // 国家技术转移中部中心: a field's verb and a compass region sit inside a body's head (rule field-word-in-body).
        if !place, isBodyFieldWord(range, s) { return .joiner }
        // 国家 opens no place (国家数据标注基地), but inside one after a known place it is part of the name:
        // 保定国家数据标注基地 (rule national-after-place).
        if isNational(range, s) {
            return !place || (index > 0 && isKnownPlaceWord(tokens[index - 1].scalarOffsets, s)) ? .joiner : nil
        }
        // 全市, 各级, 有关 open no name; 城市 and 工业 can sit inside one.
        if isCommonWord(range, s) { return EntityVocabulary.genericHeadScalars.contains(s[range]) ? nil : .joiner }
        // 第十七届, 十八, 第二: ordinals inside names of bodies (江澜市第十七届人民代表大会, 市第二中学).
        if !place, isNumeral(range, s) { return .joiner }
        // 国际 in 石家庄国际陆港: a word the lexicon tags as an adjective or a verb inside a place's name (rule
        // place-inner-word); it opens none (the name still opens at a place).
        if place, EntityVocabulary.placeInnerWords.contains(s[range]) { return .joiner }
        // 大连, 开封, 保定: a city's short form the lexicon knows as a verb or an adjective opens its place (rule
        // city-tagged-as-word).
        if tag == .function {
            return placeMatch(at: range.lowerBound, s, limit: range.upperBound) == range.upperBound ? .anchor : nil
        }
        // A country opens no longer place (中华人民共和国 香港特别行政区 are two); after a known place it is inside
        // the place's name, as 国家 is (临川中国书法博物馆: rule national-after-place).
        if place, tag == .place, s[range.upperBound - 1] == Scalar.国 {
            return index > 0 && isKnownPlaceWord(tokens[index - 1].scalarOffsets, s) ? .joiner : nil
        }
        if placeMatch(at: range.lowerBound, s, limit: range.upperBound) == range.upperBound { return .anchor }
        // 大运河 文化带: a region named without a suffix, the suffix right after it, is a place's name (rule
        // region-heads-place); 亚太 生产 基地 is a base in the region, not a place's name.
        if place, isRegionBeforePlaceSuffix(index, tokens, s) { return .anchor }
        // 高质量发展 建设 共同富裕 示范区: a policy term opens no place; a place's name opens with a place (rule
        // policy-term-not-place).
        if place, tag == .properName, !isPlaceLikeTerm(range, s) { return .joiner }
        if tags[index] == nil || isTrustedName(range, tags[index], s) { return .anchor }
        // 紫金山, 扬子江: a word the lexicon tags as a person but ending like a place opens a name (rule
        // place-tagged-as-person).
        if tag == .person, range.count >= 3, EntityVocabulary.placeEndings.contains(s[range.upperBound - 1]) {
            return .anchor
        }
        // A foreign name opens places named after people (高尔基大街).
        if place, tag == .person, range.allSatisfy({ EntityVocabulary.transliteration.contains(s[$0]) }) {
            return .anchor
        }
        switch tag {
        case .noun, .verbalNoun, .place, .organization, .properName, .person: return .joiner
        default: return nil
        }
    }

    /// Whether the token at `index` is a region right before a place's suffix of two or more characters
    /// (大运河 文化带: rule region-heads-place).
    func isRegionBeforePlaceSuffix(_ index: Int, _ tokens: [Token], _ s: UnsafeBufferPointer<UInt32>) -> Bool {
        guard EntityVocabulary.regions.contains(s[tokens[index].scalarOffsets]), index + 1 < tokens.count else {
            return false
        }
        let next = tokens[index + 1].scalarOffsets.lowerBound..<tokens.last!.scalarOffsets.upperBound
        return EntityVocabulary.placeSuffixes.contains(where: { $0.scalars.count >= 2 && startsWith($0, next, s) })
    }

    /// Whether a term the lexicon tags as a proper name ends like a place or is a region (大湾区, 长三角),
    /// unlike a policy term (高质量发展, 共同富裕).
    func isPlaceLikeTerm(_ range: Range<Int>, _ s: UnsafeBufferPointer<UInt32>) -> Bool {
        EntityVocabulary.placeEndings.contains(s[range.upperBound - 1]) || EntityVocabulary.regions.contains(s[range])
            || EntityVocabulary.regionEndings.contains(where: { endsWith($0, range, s) })
    }

    /// Whether a word the lexicon knows names something.
    ///
    /// A place, an added name, a body that ends like one: the general lexicon's other name tags
    /// are noisy (力争 nz, 深化 j, 新进展 nt).
    func isTrustedName(_ range: Range<Int>, _ entry: (tag: WordClass, added: Bool)?, _ s: UnsafeBufferPointer<UInt32>)
        -> Bool
    {
        guard let entry else { return false }
        switch entry.tag {
        case .place: return !isCommonWord(range, s)
        case .organization: return entry.added || (endsWithOrganizationSuffix(range, s) && !isGenericBodyWord(range, s))
        case .properName, .person: return entry.added
        default: return false
        }
    }

    /// The start of a body's head that is only a division's prefix, ordinals and common nouns
    /// (市 第二 人民; 县 十八 届; 第十四届 全国), or nil.
    func divisionPrefixStart(
        _ start: Int, _ end: Int, _ tokens: [Token], _ tags: [(tag: WordClass, added: Bool)?],
        _ s: UnsafeBufferPointer<UInt32>
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
            } else if isNumeral(range, s) || (range.count == 1 && (scalar == Scalar.届 || scalar == Scalar.第)) {
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
        if prefixStart == nil,
            let holder = tokens.firstIndex(where: {
                $0.scalarOffsets.contains(end - 1) || $0.scalarOffsets.lowerBound == end
            }),
            tokens[holder].scalarOffsets.lowerBound < end
        {
            let lower = tokens[holder].scalarOffsets.lowerBound
            if end - lower == 1, EntityVocabulary.divisionPrefixes.contains(s[lower]) { return lower }
        }
        return sawPrefix ? prefixStart : nil
    }

    /// Whether the text at `range` is 全国 or 国家, which open national bodies.
    func isNational(_ range: Range<Int>, _ s: UnsafeBufferPointer<UInt32>) -> Bool {
        range.count == 2 && EntityVocabulary.nationalPrefixes.contains(where: { startsWith($0, range, s) })
    }

    /// Whether the token at `range` is a number or an ordinal: 十八, 第二, 第十七届.
    func isNumeral(_ range: Range<Int>, _ s: UnsafeBufferPointer<UInt32>) -> Bool {
        if isOrdinal(range, s) { return true }
        return range.allSatisfy { EntityVocabulary.ordinalDigits.contains(s[$0]) }
    }

    /// Whether the token at `range` is an ordinal or a session number: 第二, 第十七届, 十七届.
    func isOrdinal(_ range: Range<Int>, _ s: UnsafeBufferPointer<UInt32>) -> Bool {
        var index = range.lowerBound
        if s[index] == Scalar.第 { index += 1 }
        let digitsStart = index
        while index < range.upperBound, EntityVocabulary.ordinalDigits.contains(s[index]) { index += 1 }
        guard index > digitsStart else { return false }
        if index < range.upperBound, s[index] == Scalar.届 || s[index] == Scalar.次 { index += 1 }
        return index == range.upperBound && (s[range.lowerBound] == Scalar.第 || s[index - 1] == Scalar.届)
    }

    /// Whether the text at `range` is a known place of two or more characters (长春, 南昌).
    ///
    /// The gazetteer holds it (the lexicon's place tag is looser: 浦路 in 周浦路): a name complete at its
    /// start. A division's suffix after
    /// one character (山县 in 余山县) is the end of a longer name.
    ///
    /// A two-character city whose second character is a division's suffix is one when the lexicon knows it as a
    /// place (扬州, 苏州: rule known-city-ending-like-suffix).
    func isKnownPlaceWord(_ range: Range<Int>, _ s: UnsafeBufferPointer<UInt32>) -> Bool {
        guard range.count >= 2, !isCommonWord(range, s),
            placeMatch(at: range.lowerBound, s, limit: range.upperBound) == range.upperBound
        else { return false }
        return range.count > 2 || !EntityVocabulary.divisionEndings.contains(s[range.upperBound - 1])
            || lexiconClass(range, s)?.tag == .place
    }

    /// Whether a single character can open an unknown name: a surname, or a character the lexicon
    /// does not tag as a function word (用 and 好 in 用好 open nothing).
    func isNameSingle(_ range: Range<Int>, _ s: UnsafeBufferPointer<UInt32>) -> Bool {
        if EntityVocabulary.surnames.contains(s[range.lowerBound]) { return true }
        guard let entry = tokenizer.lexiconClass(UnsafeBufferPointer(rebasing: s[range])) else { return true }
        return entry.tag != .function
    }

    /// Whether the text at `range` ends with an organisation's suffix (研究院, 集团).
    /// - Parameter specific: only suffixes that name a body by themselves (日报, not 政府 or 办).
    func endsWithOrganizationSuffix(_ range: Range<Int>, _ s: UnsafeBufferPointer<UInt32>, specific: Bool = false)
        -> Bool
    {
        guard let suffixes = EntityVocabulary.organizationSuffixesByLast[s[range.upperBound - 1]],
            !EntityVocabulary.notBodyEndings.contains(where: { endsWith($0, range, s) })
        else { return false }
        guard
            let suffix = suffixes.first(where: { ($0.scalars.count >= 2 || range.count >= 3) && endsWith($0, range, s) }
            ),
            suffix.scalars.count >= 2 || !endsInCommonWord(range, s)
        else { return false }
        return !specific || !EntityVocabulary.genericOrganizationSuffixes.contains(suffix.scalars)
    }
}
