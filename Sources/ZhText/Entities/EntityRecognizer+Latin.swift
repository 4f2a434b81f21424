/// Names written in Latin letters: acronyms, English names of bodies, pinyin and foreign names.
extension EntityRules {
    /// Bodies named in Latin letters: a well-known acronym (WTO, ＷＴＯ), an acronym right after a
    /// body's name or 简称 (合作中心 DBIC, 简称DBIC), and capitalised words ending in an
    /// organisation's word (Donghai Bay International Industrial Cooperation Center).
    func latinOrganizations(after chosen: [Candidate], _ tokens: [Token], _ s: UnsafeBufferPointer<UInt32>)
        -> [Candidate]
    {
        var found: [Candidate] = []
        var index = 0
        while index < tokens.count {
            let token = tokens[index]
            guard token.kind == .latin, !chosen.contains(where: { $0.range.overlaps(token.scalarOffsets) }) else {
                index += 1
                continue
            }
            let range = token.scalarOffsets
            let ascii = s[range].lazy.map(Self.halfwidth)  // ＷＴＯ → WTO
            var before = index - 1
            while before >= 0, tokens[before].kind == .whitespace { before -= 1 }
            let isAcronym = range.count >= 2 && range.count <= 6 && ascii.allSatisfy(Self.uppercase.contains)
            if EntityVocabulary.wellKnownOrganizations.contains(ascii) {
                found.append((range, .organization))
            } else if isAcronym, before >= 0,
                EntityVocabulary.abbreviationMarker.scalars.elementsEqual(s[tokens[before].scalarOffsets])
                    || chosen.contains(where: {
                        $0.kind == .organization && $0.range.upperBound == tokens[before].scalarOffsets.upperBound
                    })
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

    /// ASCII capital and small letters.
    static let uppercase = UInt32(UInt8(ascii: "A"))...UInt32(UInt8(ascii: "Z"))
    static let lowercase = UInt32(UInt8(ascii: "a"))...UInt32(UInt8(ascii: "z"))
    /// The colons after a label (To: Michael, To：Michael).
    static let colons: Set<UInt32> = [UInt32(UInt8(ascii: ":")), Scalar.fullwidthColon]

    /// A fullwidth Latin letter's ASCII letter (Ｗ → W); any other scalar unchanged.
    static func halfwidth(_ scalar: UInt32) -> UInt32 {
        guard scalar >= Scalar.fullwidthLatinCapitalLetterA, scalar <= Scalar.fullwidthLatinSmallLetterZ else {
            return scalar
        }
        return scalar - Scalar.fullwidthLatinCapitalLetterA + uppercase.lowerBound
    }

    /// The end (a token index) of capitalised Latin words from `index` whose last is an
    /// organisation's word (Center, Bank, University), or nil.
    func latinOrganizationName(at index: Int, _ tokens: [Token], _ s: UnsafeBufferPointer<UInt32>) -> Int? {
        var next = index
        var words = 0
        while next < tokens.count, words < 10 {
            let token = tokens[next]
            guard token.kind == .latin, let first = token.scalarOffsets.first, Self.uppercase.contains(s[first]) else {
                break
            }
            words += 1
            next += 1
            if words >= 2,
                EntityVocabulary.latinOrganizationWords.contains(where: {
                    $0.scalars.elementsEqual(s[token.scalarOffsets])
                })
            {
                return next
            }
            // One space between the words.
            guard next + 1 < tokens.count, tokens[next].kind == .whitespace, tokens[next].scalarOffsets.count == 1
            else { break }
            next += 1
        }
        return nil
    }

    /// Roads named by their code (rule road-code): a national or provincial road's letter and three or
    /// four digits (G331, S203); G20 (a summit) and 5G are no roads.
    func roadCodes(after chosen: [Candidate], _ tokens: [Token], _ s: UnsafeBufferPointer<UInt32>) -> [Candidate] {
        let digits = UInt32(UInt8(ascii: "0"))...UInt32(UInt8(ascii: "9"))
        return tokens.compactMap { token in
            let range = token.scalarOffsets
            guard token.kind == .latin, range.count == 4 || range.count == 5,
                EntityVocabulary.roadPrefixes.contains(s[range.lowerBound]),
                range.dropFirst().allSatisfy({ digits.contains(s[$0]) }),
                !chosen.contains(where: { $0.range.overlaps(range) })
            else { return nil }
            return (range, .location)
        }
    }

    /// People's names in Latin letters: a pinyin name right after a person's Chinese name (李薇 Li
    /// Wei), or capitalised words after a bilingual label or a salutation (To: Michael Brown, Dear
    /// Michael).
    func latinNames(after chosen: [Candidate], _ tokens: [Token], _ s: UnsafeBufferPointer<UInt32>) -> [Candidate] {
        var names: [Candidate] = []
        var index = 0
        while index < tokens.count {
            let token = tokens[index]
            var opens = false
            if token.kind == .latin {
                opens = EntityVocabulary.latinLabels.contains(where: {
                    $0.scalars.elementsEqual(s[token.scalarOffsets])
                })
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
                if item.kind == .whitespace
                    || (item.kind == .punctuation
                        && Self.colons.contains(s[item.scalarOffsets.lowerBound])
                        && words == 0)
                {
                    next += 1
                    continue
                }
                guard item.kind == .latin, Self.uppercase.contains(s[item.scalarOffsets.lowerBound]),
                    item.scalarOffsets.count >= 2,
                    item.scalarOffsets.dropFirst().allSatisfy({ Self.lowercase.contains(s[$0]) }),
                    !EntityVocabulary.latinLabels.contains(where: { $0.scalars.elementsEqual(s[item.scalarOffsets]) })
                else { break }
                if start == nil { start = item.scalarOffsets.lowerBound }
                end = item.scalarOffsets.upperBound
                words += 1
                next += 1
            }
            if let start, !chosen.contains(where: { $0.range.overlaps(start..<end) }) {
                names.append((start..<end, .person))
            }
            index = max(next, index + 1)
        }
        return names
    }
}
