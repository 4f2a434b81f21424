/// Bodies named without a suffix, and where a body's name starts and ends around it: the table of named
/// bodies (中国华能, 国电投, 联合国教科文组织), a congress with its term (十届全国人大), a body before its
/// member (人大代表 names 人大), and suffixes that only open a word (文化和旅游部门, 吉林所需).
extension EntityRules {
    /// The longest name of `entities/named-bodies.tsv` that starts at the token at `index` and ends
    /// where a token ends (中国 中化, 国电 投; never 中化 inside a longer word), or nil.
    func namedBody(at index: Int, _ tokens: [Token], _ s: UnsafeBufferPointer<UInt32>) -> Range<Int>? {
        let start = tokens[index].scalarOffsets.lowerBound
        var best: Range<Int>?
        var next = index
        while next < tokens.count, tokens[next].kind == .word || tokens[next].kind == .latin {
            let end = tokens[next].scalarOffsets.upperBound
            guard end - start <= EntityVocabulary.namedBodyLongest else { break }
            if EntityVocabulary.namedBodies.contains(s[start..<end]) { best = start..<end }
            next += 1
        }
        return best
    }

    /// The end of a known body's unit stationed somewhere, after the body at token `index`: 解放军 驻 吉 部队,
    /// a place abbreviated or named (rule stationed-unit); else nil.
    func stationedUnitEnd(after index: Int, _ tokens: [Token], _ s: UnsafeBufferPointer<UInt32>) -> Int? {
        guard index + 3 < tokens.count, tokens[(index + 1)...(index + 3)].allSatisfy({ $0.kind == .word }) else {
            return nil
        }
        let place = tokens[index + 2].scalarOffsets
        let unit = tokens[index + 3].scalarOffsets
        guard EntityVocabulary.stationedMarkers.contains(s[tokens[index + 1].scalarOffsets]),
            place.allSatisfy({ EntityVocabulary.placeAbbreviations.contains(s[$0]) }) || isKnownPlaceWord(place, s),
            place.count <= 4, EntityVocabulary.stationedUnits.contains(s[unit])
        else { return nil }
        return unit.upperBound
    }

    /// Whether a congress found at `name` follows its session's number (第十六次 全国代表大会): a meeting,
    /// not a body; the party before it is named alone (rule numbered-congress).
    func isSessionMeeting(_ name: Range<Int>, _ s: UnsafeBufferPointer<UInt32>, start: Int) -> Bool {
        name.lowerBound > start && s[name.lowerBound - 1] == Scalar.次 && endsWith(EntityVocabulary.congress, name, s)
    }

    /// Where a well-known body found at `body` (in the token at `index`) starts: back over 全国 when
    /// the two make a known body (全国 人大代表 → 全国人大), then over the term before it (十届 全国人大,
    /// 第十三届 全国人大常委会: rule congress-term).
    func knownBodyStart(_ body: Range<Int>, at index: Int, _ tokens: [Token], _ s: UnsafeBufferPointer<UInt32>)
        -> Int
    {
        var first = index
        if first > 0, tokens[first - 1].kind == .word,
            EntityVocabulary.wellKnownOrganizations.contains(
                s[tokens[first - 1].scalarOffsets.lowerBound..<body.upperBound])
        {
            first -= 1
        }
        // 十四届全国人大: a congress's term is in its name; 第十届上海合作组织 is a meeting's number, the body named
        // alone (rule term-of-congress).
        if first > 0, isTerm(tokens[first - 1].scalarOffsets, s),
            EntityVocabulary.congressBodies.contains(where: { endsWith($0, body, s) })
        {
            first -= 1
        }
        return min(tokens[first].scalarOffsets.lowerBound, body.lowerBound)
    }

    /// Whether the token at `range` is a body's term: 十届, 第十四届 (not a session: 第三次).
    func isTerm(_ range: Range<Int>, _ s: UnsafeBufferPointer<UInt32>) -> Bool {
        range.count >= 2 && s[range.upperBound - 1] == Scalar.届 && isOrdinal(range, s)
    }

    /// Whether a well-known body opening a word is still named before a member of it: 人大代表 and
    /// 政协委员 name 人大 and 政协 (rule body-before-member).
    func isNamedBeforeMember(_ head: Range<Int>, _ s: UnsafeBufferPointer<UInt32>) -> Bool {
        EntityVocabulary.congressBodies.contains { $0.scalars.elementsEqual(s[head]) }
    }

    /// Whether a body's name ends inside a word (rule suffix-opens-word).
    ///
    /// Its generic suffix makes a word with the token after it (文化和旅游部 门: 部门; 吉林 所 需: 所需).
    /// A post after a body is no such word (外交部长 keeps 外交部), nor a word the tokenizer made of the
    /// characters after the suffix alone (财政局 部署); a named suffix keeps its name (全国政协 提案,
    /// though 政协提案 is a word).
    func endsInsideWord(_ name: Range<Int>, _ tokens: [Token], _ s: UnsafeBufferPointer<UInt32>) -> Bool {
        guard let suffix = genericSuffix(of: name, s),
            let next = tokens.first(where: { $0.scalarOffsets.lowerBound == name.upperBound }), next.kind == .word,
            let entry = tokenizer.lexiconClass(
                UnsafeBufferPointer(
                    rebasing: s[(name.upperBound - suffix.scalars.count)..<next.scalarOffsets.upperBound])),
            entry.tag != .organization
        else { return false }
        // 政协 委员, 统计局 局长: a post in the body.
        let word = (name.upperBound - suffix.scalars.count)..<next.scalarOffsets.upperBound
        return ![word, next.scalarOffsets].contains { range in
            (EntityVocabulary.titlesByFirst[s[range.lowerBound]] ?? []).contains { startsWith($0, range, s) }
        }
    }

    /// Whether a word of the general lexicon tagged as a body is a kind of body: a common word and a generic
    /// suffix of two or more characters (康复中心, 交易中心), which needs a name before it; a government is
    /// named by its place (河北省人民政府) (rule policy-term-not-body).
    func isGenericBodyWord(_ range: Range<Int>, _ s: UnsafeBufferPointer<UInt32>) -> Bool {
        (genericSuffix(of: range, s)?.scalars.count ?? 0) >= 2
    }

    /// The generic suffix a body's name ends in (中心, 部, 所; not a government's 人民政府), or nil.
    private func genericSuffix(of name: Range<Int>, _ s: UnsafeBufferPointer<UInt32>) -> Keyword? {
        guard
            let suffix = EntityVocabulary.organizationSuffixesByLast[s[name.upperBound - 1]]?.first(where: {
                endsWith($0, name, s)
            }),
            EntityVocabulary.genericOrganizationSuffixes.contains(suffix.scalars),
            !EntityVocabulary.governmentSuffixes.contains(suffix.scalars)
        else { return nil }
        return suffix
    }

    /// Whether a word ending in a one-character suffix ends in a common word of two characters instead
    /// (广大干部, 对外部: 干部, 外部 are no bodies; rule suffix-opens-word).
    func endsInCommonWord(_ range: Range<Int>, _ s: UnsafeBufferPointer<UInt32>) -> Bool {
        range.count >= 3 && EntityVocabulary.singleSuffixes.contains(s[range.upperBound - 1])
            && isCommonLexiconWord((range.upperBound - 2)..<range.upperBound, s)
    }

    /// Whether the name before a suffix starting at `suffixStart` is counted rather than named: a number
    /// right before a one-character suffix is a measure word's count (行政法规37部: rule counted-not-body),
    /// and a congress numbered by its session is a meeting (第十六次全国代表大会: rule numbered-congress).
    func isCountedBeforeSuffix(_ suffix: Keyword, at suffixStart: Int, _ s: UnsafeBufferPointer<UInt32>, start: Int)
        -> Bool
    {
        guard suffixStart > start else { return false }
        let before = s[suffixStart - 1]
        if suffix.scalars.count == 1, Numeral.isASCIIDigit(before) { return true }
        let congress = EntityVocabulary.congress.scalars
        return before == Scalar.次 && suffix.scalars.count >= congress.count
            && suffix.scalars.suffix(congress.count).elementsEqual(congress)
    }

    /// Whether a division's body starting at `prefix` follows a count (3个 省实验室, 两家 市医院): a class
    /// of bodies, none named (rule counted-not-body).
    func followsCount(_ prefix: Int, _ tokens: [Token], _ s: UnsafeBufferPointer<UInt32>) -> Bool {
        let start = tokens[0].scalarOffsets.lowerBound
        guard prefix - 2 >= start, EntityVocabulary.countMeasures.contains(s[prefix - 1]) else { return false }
        return EntityVocabulary.ordinalDigits.contains(s[prefix - 2])
    }
}
