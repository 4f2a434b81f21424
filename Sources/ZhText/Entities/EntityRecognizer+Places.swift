/// Places beyond the suffix rules: the gazetteer, abbreviations (日韩, 中美), places inside words.
extension EntityRules {
    /// The end of a run of one-character place abbreviations starting at token `index` (日韩,
    /// 沪苏浙皖), two to four of them, that ends where a token ends and is no common word (美德).
    func abbreviatedPlaces(at index: Int, _ tokens: [Token], _ s: UnsafeBufferPointer<UInt32>) -> Int? {
        let start = tokens[index].scalarOffsets.lowerBound
        guard EntityVocabulary.placeAbbreviations.contains(s[start]) else { return nil }
        // 皖美, 粤美: a province's abbreviation and a country's name that is also a common morpheme make a word
        // or a brand, no pair of places (rule province-word).
        if EntityVocabulary.compassParts.contains(s[start]), start + 1 < tokens.last!.scalarOffsets.upperBound,
            EntityVocabulary.wordsAfterProvince.contains(s[start + 1])
        {
            return nil
        }
        var end = start
        let limit = tokens.last!.scalarOffsets.upperBound
        while end < limit, end - start < 4, EntityVocabulary.placeAbbreviations.contains(s[end]) { end += 1 }
        while end - start >= 2 {
            if endsAtToken(end, tokens),
                (start..<end).allSatisfy({ index in !(start..<index).contains { s[$0] == s[index] } }),
                !isCommonLexiconWord(start..<end, s)
            {
                // 港区 and 台湾 are words: only a run the lexicon does not know as a word of its own.
                if let entry = tokenizer.lexiconClass(UnsafeBufferPointer(rebasing: s[start..<end])),
                    entry.tag == .person
                {
                    return nil
                }
                return end
            }
            end -= 1
        }
        return nil
    }

    /// Whether the word at `range` is two to four one-character country names with China among
    /// them (中美, 中日韩, 孟中印缅): relations between countries, each a place of its own, unlike a region
    /// written the same way (日韩, 欧美), which is one.
    func isBilateral(_ range: Range<Int>, _ s: UnsafeBufferPointer<UInt32>) -> Bool {
        guard (2...4).contains(range.count) else { return false }
        var china = false
        for index in range {
            guard EntityVocabulary.countryAbbreviations.contains(s[index]) else { return false }
            if s[index] == Scalar.中 { china = true }
        }
        return china && !EntityVocabulary.notBilateral.contains(s[range])
    }

    /// The countries named one character each at token `index`: a word (中美), one-character
    /// tokens in a row (中 美), or a word they open (中美关系).
    func bilateralRun(at index: Int, _ tokens: [Token], _ s: UnsafeBufferPointer<UInt32>) -> Range<Int>? {
        let range = tokens[index].scalarOffsets
        guard EntityVocabulary.countryAbbreviations.contains(s[range.lowerBound]) else { return nil }
        if isBilateral(range, s) { return runStands(range, tokens, s) ? range : nil }
        if range.count == 1 {
            var end = index + 1
            while end < tokens.count, end - index < 4, tokens[end].kind == .word, tokens[end].scalarOffsets.count == 1,
                EntityVocabulary.countryAbbreviations.contains(s[tokens[end].scalarOffsets.lowerBound])
            {
                end += 1
            }
            let run = range.lowerBound..<tokens[end - 1].scalarOffsets.upperBound
            return end - index >= 2 && isBilateral(run, s) && runStands(run, tokens, s) ? run : nil
        }
        // 中美关系: the pair, then a word of two or more characters.
        let pair = range.lowerBound..<(range.lowerBound + 2)
        if range.count >= 4, isBilateral(pair, s),
            tokenizer.lexiconClass(UnsafeBufferPointer(rebasing: s[pair.upperBound..<range.upperBound])) != nil
        {
            return pair
        }
        return nil
    }

    /// Whether a run of countries' one-character names holding one that is also a common morpheme (老 'old':
    /// weak-abbreviation in places.tsv) names them (rule weak-country-name): with a third country (中老泰) or a
    /// line after it (中老铁路); in 发展中老问题 it reads 中, then 老问题.
    func runStands(_ run: Range<Int>, _ tokens: [Token], _ s: UnsafeBufferPointer<UInt32>) -> Bool {
        guard run.contains(where: { EntityVocabulary.weakCountryAbbreviations.contains(s[$0]) }) else { return true }
        return run.count >= 3 || lineOfCountries(run, tokens, s) != run
    }

    /// The line two countries' one-character names open (rule line-of-countries): 中缅铁路 is one place, a line
    /// (route in places.tsv) right after the pair; 中欧班列 names the pair alone.
    func lineOfCountries(_ pair: Range<Int>, _ tokens: [Token], _ s: UnsafeBufferPointer<UInt32>) -> Range<Int> {
        let next = tokens.countPrefix { $0.scalarOffsets.lowerBound < pair.upperBound }
        guard next < tokens.count, tokens[next].scalarOffsets.lowerBound == pair.upperBound,
            EntityVocabulary.routeSuffixes.contains(s[tokens[next].scalarOffsets])
        else { return pair }
        return pair.lowerBound..<tokens[next].scalarOffsets.upperBound
    }

    /// A region of the country named by its compass word (rule compass-region): 西部地区 and 中西部地区
    /// are one place; 西部 in 西部大开发 and 东北 in 东北振兴 name the region before its strategy.
    func compassRegion(at index: Int, _ tokens: [Token], _ s: UnsafeBufferPointer<UInt32>, limit: Int) -> Range<Int>? {
        let start = tokens[index].scalarOffsets.lowerBound
        guard let compass = EntityVocabulary.compassRegions.first(where: { startsWith($0, start..<limit, s) }) else {
            return nil
        }
        let after = (start + compass.scalars.count)..<limit
        if let area = EntityVocabulary.compassAreas.first(where: { startsWith($0, after, s) }) {
            return start..<(after.lowerBound + area.scalars.count)
        }
        // 西部开发 names the region; 西部开发区 is a zone, its strategy word inside a longer word.
        if EntityVocabulary.compassStrategies.contains(where: {
            startsWith($0, after, s) && endsAtToken(after.lowerBound + $0.scalars.count, tokens)
        }) {
            return start..<after.lowerBound
        }
        return standsAsRegion(compass, at: index, tokens, s, limit: limit) ? start..<after.lowerBound : nil
    }

    /// Whether a compass word alone names the country's region (rule standing-compass-region).
    ///
    /// 居中部第1位, 面向中部, 西部陆海新通道: the word is a token of its own and a noun there. Not a part of a
    /// place: a place or a level word before it (甘肃中部, 省西部), 东 before it (东 西部协作), an inner word after
    /// it (中部盟市, 西部的山区), nor the first of two compass words sharing an area word (中部和西部地区).
    func standsAsRegion(
        _ compass: Keyword, at index: Int, _ tokens: [Token], _ s: UnsafeBufferPointer<UInt32>, limit: Int
    ) -> Bool {
        let range = tokens[index].scalarOffsets
        guard EntityVocabulary.standingCompasses.contains(compass.text), range.count == compass.scalars.count
        else { return false }
        let after = range.upperBound..<limit
        if EntityVocabulary.compassInners.contains(where: { startsWith($0, after, s) }) { return false }
        // 西部开发区, 中部新区: a zone named by the compass word, its suffix the next token.
        if index + 1 < tokens.count,
            EntityVocabulary.placeSuffixes.contains(where: {
                $0.scalars.count >= 2 && s[tokens[index + 1].scalarOffsets].elementsEqual($0.scalars)
            })
        {
            return false
        }
        if let join = EntityVocabulary.compassJoins.first(where: { startsWith($0, after, s) }) {
            let next = (after.lowerBound + join.scalars.count)..<limit
            if EntityVocabulary.compassRegions.contains(where: { startsWith($0, next, s) }) { return false }
        }
        guard index > 0, tokens[index - 1].kind == .word else { return true }
        let before = tokens[index - 1].scalarOffsets
        let last = s[before.upperBound - 1]
        if EntityVocabulary.compassPoints.contains(where: { $0.scalars.count == 1 && $0.scalars[0] == last })
            || EntityVocabulary.divisionSuffixScalars.contains(last)
            || EntityVocabulary.levels.contains(where: { endsWith($0, before, s) })
        {
            return false
        }
        return placeMatch(at: before.lowerBound, s, limit: before.upperBound) != before.upperBound
    }

    /// A part of a province: its one-character abbreviation and a compass point (rule province-compass-part).
    ///
    /// 皖北, 粤东, 渝东北, and with the compass area after it one place (皖北地区). The abbreviation opens a
    /// token and the part ends where a token ends: 辽 西风 and 驻 辽 中央 name no part.
    func provincePart(at index: Int, _ tokens: [Token], _ s: UnsafeBufferPointer<UInt32>, limit: Int) -> Range<Int>? {
        let start = tokens[index].scalarOffsets.lowerBound
        guard EntityVocabulary.compassParts.contains(s[start]) else { return nil }
        for point in EntityVocabulary.compassPoints where startsWith(point, (start + 1)..<limit, s) {
            let end = start + 1 + point.scalars.count
            // 湘 西北地区: the area may be in the point's token.
            if let area = EntityVocabulary.compassAreas.first(where: { startsWith($0, end..<limit, s) }),
                endsAtToken(end + area.scalars.count, tokens)
            {
                return start..<(end + area.scalars.count)
            }
            if let named = suffixedPart(end, tokens, s, limit: limit) { return start..<named }
            if endsAtToken(end, tokens) { return start..<end }
        }
        return nil
    }

    /// Words the gazetteer holds, listed next to a place found (rule listed-gazetteer-place).
    ///
    /// In 湟中、民和、互助 each item is a county, though the lexicon knows 民和 as another word: a place found is the
    /// item across the word's list comma; an item after a comma ends at a comma or a clause's end (鄂州、孝感经济
    /// names no list of places).
    func listedGazetteerPlaces(_ found: [Candidate], _ words: [Token], _ s: UnsafeBufferPointer<UInt32>)
        -> [Candidate]
    {
        let ends = Set(found.filter { $0.kind == .location }.map(\.range.upperBound))
        let starts = Set(found.filter { $0.kind == .location }.map(\.range.lowerBound))
        var result = found
        for word in words where word.scalarOffsets.count >= 2 {
            let range = word.scalarOffsets
            guard range.lowerBound > 0, range.upperBound < s.count,
                !found.contains(where: { $0.range.overlaps(range) }), !isCommonWord(range, s),
                placeMatch(at: range.lowerBound, s, limit: range.upperBound) == range.upperBound
            else { continue }
            let before = s[range.lowerBound - 1]
            let after = s[range.upperBound]
            let afterList = before == Scalar.ideographicComma && ends.contains(range.lowerBound - 1) && endsItem(after)
            let beforeList = after == Scalar.ideographicComma && starts.contains(range.upperBound + 1)
            if afterList || beforeList { result.append((range, .location)) }
        }
        return result.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    /// Whether a character bounds a list's item: a list comma or the end of a clause.
    func endsItem(_ scalar: UInt32) -> Bool {
        scalar == Scalar.ideographicComma || Punctuation.clauseEnd.contains(scalar)
    }

    /// A region or country closing a term the lexicon knows (rule region-closing-term): 中国 in 健康中国
    /// and 数字中国, whose head is a word the lexicon knows that names no place (健康, 数字, 美丽).
    func regionClosingTerm(_ range: Range<Int>, _ s: UnsafeBufferPointer<UInt32>) -> Range<Int>? {
        guard range.count >= 4 else { return nil }
        for length in stride(from: min(4, range.count - 2), through: 2, by: -1) {
            let region = (range.upperBound - length)..<range.upperBound
            let head = range.lowerBound..<region.lowerBound
            guard EntityVocabulary.regions.contains(s[region]) || EntityVocabulary.countries.contains(s[region]),
                lexiconClass(head, s) != nil, !isKnownPlaceWord(head, s), !EntityVocabulary.regions.contains(s[head])
            else { continue }
            return region
        }
        return nil
    }

    /// Zones named with their place in parentheses are one place (rule place-in-parentheses).
    ///
    /// 中国（江澜）自由贸易试验区 is one place, not 中国 and 江澜 apart: a region, a place in parentheses right
    /// after it, then a place suffix of two or more characters right after the closing parenthesis.
    func zonesNamedInParentheses(_ found: [Candidate], _ s: UnsafeBufferPointer<UInt32>) -> [Candidate] {
        var result: [Candidate] = []
        var index = 0
        while index < found.count {
            let first = found[index].range
            if index + 1 < found.count, found[index].kind == .location, found[index + 1].kind == .location,
                EntityVocabulary.regions.contains(s[first]),
                case let inner = found[index + 1].range, inner.lowerBound == first.upperBound + 1,
                inner.upperBound + 1 < s.count, Punctuation.openingBrackets.contains(s[first.upperBound]),
                Punctuation.closingBrackets.contains(s[inner.upperBound]),
                let suffix = EntityVocabulary.placeSuffixes.first(where: {
                    $0.scalars.count >= 2 && startsWith($0, (inner.upperBound + 1)..<s.count, s)
                })
            {
                let end = inner.upperBound + 1 + suffix.scalars.count
                result.append((first.lowerBound..<end, .location))
                index += 2
                while index < found.count, found[index].range.lowerBound < end { index += 1 }
                continue
            }
            result.append(found[index])
            index += 1
        }
        return result
    }

    /// Places or bodies listed before one that names their shared suffix, each an item of its kind.
    ///
    /// In 向海、莫莫格、哈泥保护区 and 雄忻、石雄铁路 each item is a place (rule shared-place-suffix), and a
    /// person found as an item is the place; in 金凤、嘉陵江、明月湖实验室 each item is a lab (rule
    /// shared-body-suffix), even one named by a river.
    func placesSharingSuffix(_ found: [Candidate], _ words: [Token], _ s: UnsafeBufferPointer<UInt32>) -> [Candidate] {
        var result = found
        for candidate in found where candidate.kind == .location || candidate.kind == .organization {
            let suffixes =
                candidate.kind == .location
                ? EntityVocabulary.sharedPlaceSuffixes : EntityVocabulary.sharedBodySuffixes
            guard let suffix = suffixes.first(where: { endsWith($0, candidate.range, s) }),
                candidate.range.count - suffix.scalars.count >= 2
            else { continue }
            let comma = candidate.range.lowerBound - 1
            guard comma > 0, s[comma] == Scalar.ideographicComma else { continue }
            relabelItems(endingAt: comma, as: candidate.kind, &result, words, s, segments: candidate.kind == .location)
        }
        // 紫金山、太湖等实验室, 长白山、吉光3个省实验室: the list closed by 等 or a count before the suffix (rule
        // listed-bodies-before-count); 青松、白石等水电站, 鹿鸣、岚溪大型水库: a list of places closed by 等, a
        // count or a size before the class of places its items are (rule listed-places-before-class).
        for kind in [Entity.Kind.organization, .location] {
            for word in words {
                let listEnd =
                    kind == .organization
                    ? listEndBeforeSharedBodySuffix(word.scalarOffsets, s)
                    : listEndBeforePlaceClass(word.scalarOffsets.lowerBound, s)
                guard let end = listEnd,
                    let last = listedItem(endingAt: end, words, s, segments: kind == .location),
                    last.lowerBound > 0, s[last.lowerBound - 1] == Scalar.ideographicComma
                else { continue }
                relabelItems(endingAt: end, as: kind, &result, words, s, segments: kind == .location)
            }
        }
        return result.count == found.count
            && result.elementsEqual(found, by: { $0.range == $1.range && $0.kind == $1.kind })
            ? found : result.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    /// Makes each item of the list whose last item ends at `end` an item of `kind`, back over list commas.
    ///
    /// A person or, for bodies, a place found with an item's range is the item. With `segments`, an item the
    /// tokens cut is the whole segment between list commas (rule listed-segment-place).
    private func relabelItems(
        endingAt end: Int, as kind: Entity.Kind, _ result: inout [Candidate], _ words: [Token],
        _ s: UnsafeBufferPointer<UInt32>, segments: Bool = false
    ) {
        var end = end
        while let item = listedItem(endingAt: end, words, s, segments: segments) {
            result.removeAll { $0.kind == .person && $0.range == item }
            if kind == .organization { result.removeAll { $0.kind == .location && $0.range == item } }
            if let other = result.first(where: { $0.range.overlaps(item) }) {
                guard other.kind == kind, other.range == item else { return }
            } else {
                result.append((item, kind))
            }
            guard item.lowerBound > 1, s[item.lowerBound - 1] == Scalar.ideographicComma else { return }
            end = item.lowerBound - 1
        }
    }

    /// Where the last item of a list ends before a shared body suffix at `range` that a list's end comes
    /// before: 等 (list-end in characters.tsv), or a count (3个) and a division's prefix (省), or nil.
    func listEndBeforeSharedBodySuffix(_ range: Range<Int>, _ s: UnsafeBufferPointer<UInt32>) -> Int? {
        guard EntityVocabulary.sharedBodySuffixes.contains(where: { $0.scalars.elementsEqual(s[range]) }) else {
            return nil
        }
        var end = range.lowerBound
        if end > 0, EntityVocabulary.divisionPrefixes.contains(s[end - 1]) { end -= 1 }
        if end > 0, EntityVocabulary.listEnds.contains(s[end - 1]) { return end - 1 }
        return countStart(endingAt: end, measures: EntityVocabulary.countMeasures, s)
    }

    /// Where a count (digits and a measure: 3个, 40条) ending at `end` starts, or nil when none ends there.
    private func countStart(endingAt end: Int, measures: ScalarSet, _ s: UnsafeBufferPointer<UInt32>) -> Int? {
        guard end > 1, measures.contains(s[end - 1]), EntityVocabulary.ordinalDigits.contains(s[end - 2]) else {
            return nil
        }
        var start = end - 2
        while start > 0, EntityVocabulary.ordinalDigits.contains(s[start - 1]) { start -= 1 }
        return start
    }

    /// Where the last item of a list ends before a class of places (listed-class in places.tsv) starting at
    /// `start`, the list closed by 等, a count (40条) or a size (大型) or more of them, or nil.
    func listEndBeforePlaceClass(_ start: Int, _ s: UnsafeBufferPointer<UInt32>) -> Int? {
        guard EntityVocabulary.listedPlaceClasses.contains(where: { startsWith($0, start..<s.count, s) }) else {
            return nil
        }
        var end = start
        if let size = EntityVocabulary.placeClassSizes.first(where: { endsWith($0, 0..<end, s) }) {
            end -= size.scalars.count
        }
        if let count = countStart(endingAt: end, measures: EntityVocabulary.placeClassCounts, s) { end = count }
        if end > 0, EntityVocabulary.listEnds.contains(s[end - 1]) { end -= 1 }
        return end < start ? end : nil
    }

    /// The item of a list that ends at `end` (a list comma), or nil.
    ///
    /// A gazetteer place's word, or the word tokens right before it, back to a common word or a function
    /// character, two to four characters that are no common word. With `segments`, the whole segment between
    /// list commas comes first (rule listed-segment-place).
    func listedItem(
        endingAt end: Int, _ words: [Token], _ s: UnsafeBufferPointer<UInt32>, segments: Bool = false
    ) -> Range<Int>? {
        if segments, let segment = listedSegment(endingAt: end, words, s) { return segment }
        var index = words.countPrefix { $0.scalarOffsets.upperBound < end }
        guard index < words.count, words[index].scalarOffsets.upperBound == end else { return nil }
        // A gazetteer place is an item whatever the lexicon's tag (栖霞, whatever the lexicon tags it).
        let word = words[index].scalarOffsets
        if word.count >= 2, !isCommonWord(word, s), placeMatch(at: word.lowerBound, s, limit: end) == end {
            return word
        }
        var start = end
        while index >= 0, words[index].scalarOffsets.upperBound == start {
            let range = words[index].scalarOffsets
            guard end - range.lowerBound <= 4,
                range.count == 1
                    ? isNameCharacter(s[range.lowerBound]) && isNameSingle(range, s)
                    : !isCommonLexiconWord(range, s) && !isCommonWord(range, s)
            else { break }
            start = range.lowerBound
            index -= 1
        }
        let item = start..<end
        return item.count >= 2 && !isCommonLexiconWord(item, s) && !isCommonWord(item, s) ? item : nil
    }

    /// The place visited in 访华, 驻美, 在京 (one word or two one-character tokens) at token `index`.
    func visitedPlace(at index: Int, _ tokens: [Token], _ s: UnsafeBufferPointer<UInt32>) -> Int? {
        let range = tokens[index].scalarOffsets
        guard EntityVocabulary.visitVerbs.contains(s[range.lowerBound]) else { return nil }
        if range.count == 2, EntityVocabulary.visitedPlaces.contains(s[range.lowerBound + 1]) {
            return range.lowerBound + 1
        }
        if range.count == 1, index + 1 < tokens.count, tokens[index + 1].kind == .word,
            tokens[index + 1].scalarOffsets.count == 1,
            EntityVocabulary.visitedPlaces.contains(s[range.upperBound])
        {
            return range.upperBound
        }
        return nil
    }

    /// A country named inside a word of becoming like it (rule country-becoming): 中国 in 中国化 (宗教中国化,
    /// 马克思主义中国化); 国际化, 城市化, 一体化 name no place.
    func countryBecoming(_ range: Range<Int>, _ s: UnsafeBufferPointer<UInt32>) -> Range<Int>? {
        guard range.count >= 3, EntityVocabulary.becomingEndings.contains(s[range.upperBound - 1]) else { return nil }
        let head = range.lowerBound..<(range.upperBound - 1)
        return EntityVocabulary.regions.contains(s[head]) ? head : nil
    }

    /// A known place inside a word the lexicon tags as a place: 香港 in 香港回归 (then a common
    /// word) and in 驻香港 (after a verb of staying).
    func placeInsideWord(_ range: Range<Int>, _ s: UnsafeBufferPointer<UInt32>) -> Range<Int>? {
        guard range.count >= 3 else { return nil }
        for length in stride(from: range.count - 2, through: 2, by: -1) {
            let head = range.lowerBound..<(range.lowerBound + length)
            if EntityVocabulary.regions.contains(s[head])
                || placeMatch(at: head.lowerBound, s, limit: head.upperBound) == head.upperBound,
                isCommonLexiconWord(head.upperBound..<range.upperBound, s)
            {
                return head
            }
        }
        let rest = (range.lowerBound + 1)..<range.upperBound
        if EntityVocabulary.visitVerbs.contains(s[range.lowerBound]),
            EntityVocabulary.regions.contains(s[rest])
                || placeMatch(at: rest.lowerBound, s, limit: rest.upperBound) == rest.upperBound
        {
            return rest
        }
        return nil
    }

    /// Whether a word the general lexicon tags as a place is one: it ends like a place (中国, 长江),
    /// is a country or region, or is in the gazetteer; the lexicon's tag alone is noisy (美丽, 太阳).
    func isPlaceWord(_ range: Range<Int>, _ s: UnsafeBufferPointer<UInt32>) -> Bool {
        range.count >= 2 && !isCommonWord(range, s)
            // 海岛县, 无人区: a word ending like a division names one only when the gazetteer knows it (rule
            // division-needs-gazetteer); a zone the gazetteer does not hold is found by its suffix (两江新区).
            && (range.count < 3 || !EntityVocabulary.divisionSuffixScalars.contains(s[range.upperBound - 1])
                || placeMatch(at: range.lowerBound, s, limit: range.upperBound) == range.upperBound
                || EntityVocabulary.regionTails.contains(where: { endsWith($0, range, s) }))
            // 旅游名县, 农业强县: a category ending in a common word (名县) names no place (港台地区 names 港台).
            && (range.count < 3
                || !EntityVocabulary.commonSuffixedScalars.contains(s[(range.upperBound - 2)..<range.upperBound])
                || EntityVocabulary.regionTails.contains(where: { endsWith($0, range, s) }))
            && ((range.count >= 3 && !isCommonLexiconWord(range.lowerBound..<(range.lowerBound + 2), s))
                || EntityVocabulary.placeEndings.contains(s[range.upperBound - 1])
                || EntityVocabulary.countries.contains(s[range])
                || placeMatch(at: range.lowerBound, s, limit: range.upperBound) == range.upperBound
                || range.allSatisfy({ EntityVocabulary.transliteration.contains(s[$0]) }))
    }

    /// Whether a gazetteer short form reads as a place: the lexicon does not know it, or knows it
    /// as a place or a person (余姚); 资源 (a noun) and 和平 (a term) are words first.
    func isNameLikeShortForm(_ range: Range<Int>, _ s: UnsafeBufferPointer<UInt32>) -> Bool {
        guard let entry = tokenizer.lexiconClass(UnsafeBufferPointer(rebasing: s[range])) else { return true }
        return entry.tag == .place || entry.tag == .person || entry.tag == .properName
    }

    /// Whether the token before `index` is a verb of going to or being at a place (抵达, 访问, 在).
    func isAfterPlaceVerb(_ index: Int, _ tokens: [Token], _ s: UnsafeBufferPointer<UInt32>) -> Bool {
        guard index > 0, tokens[index - 1].kind == .word else { return false }
        let before = Array(s[tokens[index - 1].scalarOffsets])
        return EntityVocabulary.placeVerbs.contains(before)
    }

    /// Whether a place is a count of areas, a digit and a division's one-character suffix (三区 in 三区三州, 三区三线):
    /// a class of areas a policy names, no place (rule numbered-area).
    func isNumberedArea(_ candidate: Candidate, _ s: UnsafeBufferPointer<UInt32>) -> Bool {
        let range = candidate.range
        return candidate.kind == .location && range.count == 2
            && EntityVocabulary.ordinalDigits.contains(s[range.lowerBound])
            && EntityVocabulary.divisionSuffixScalars.contains(s[range.upperBound - 1])
    }

    /// Whether the gazetteer place at `range` is a province, written whole (江澜省) or short (江澜 when the
    /// gazetteer holds 江澜省): a province's suffix (省, 自治区) ends it, or it is the name before one.
    func isProvince(_ range: Range<Int>, _ s: UnsafeBufferPointer<UInt32>) -> Bool {
        let places = EntityVocabulary.places
        var node: UInt32 = 0
        for position in range {
            node = places.child(node, s[position])
            if node == 0 { return false }
        }
        return EntityVocabulary.provinceSuffixes.contains { suffix in
            if places.isWord(node), endsWith(suffix, range, s) { return true }
            var end = node
            for scalar in suffix.scalars {
                end = places.child(end, scalar)
                if end == 0 { return false }
            }
            return places.isWord(end)
        }
    }

    /// The end of the longest gazetteer place starting at `index` that ends where a token ends.
    func longestPlace(at index: Int, _ s: UnsafeBufferPointer<UInt32>, limit: Int, tokens: [Token]) -> Int? {
        placeMatch(at: index, s, limit: limit) { endsAtToken($0, tokens) }
    }

    /// The end of the longest gazetteer place starting at `index` whose end `accepts`, or nil.
    func placeMatch(
        at index: Int, _ s: UnsafeBufferPointer<UInt32>, limit: Int, accepts: (Int) -> Bool = { _ in true }
    ) -> Int? {
        let places = EntityVocabulary.places
        var node: UInt32 = 0
        var end: Int?
        var position = index
        while position < limit {
            node = places.child(node, s[position])
            if node == 0 { break }
            position += 1
            if places.isWord(node), accepts(position) { end = position }
        }
        return end
    }
}
