/// Named regions and zones whose names hold more than a head and a suffix: 胶东地区, 包头氢能装备制造产业园.
extension EntityRules {
    /// The names of a sentence, each place with the area word right after it when that word is a token of its
    /// own (region-area in places.tsv: rule region-area).
    ///
    /// 胶东 地区 is one place, 胶东地区, as 成渝地区 is; a division's full name and a region named with its class
    /// word keep their own end (江澜市 地区, 黄河流域 地区), and 地区生产总值 is one word, an indicator, that no
    /// place takes in.
    func withAreaWords(_ chosen: [Candidate], _ tokens: [Token], _ s: UnsafeBufferPointer<UInt32>) -> [Candidate] {
        chosen.map { candidate in
            let end = candidate.range.upperBound
            guard candidate.kind == .location, !EntityVocabulary.divisionSuffixScalars.contains(s[end - 1]),
                !EntityVocabulary.regionEndings.contains(where: { endsWith($0, candidate.range, s) }),
                !EntityVocabulary.placeSuffixes.contains(where: {
                    $0.scalars.count >= 2 && endsWith($0, candidate.range, s)
                })
            else { return candidate }
            let next = tokens.countPrefix { $0.scalarOffsets.lowerBound < end }
            guard next < tokens.count, tokens[next].kind == .word, tokens[next].scalarOffsets.lowerBound == end,
                EntityVocabulary.regionAreas.contains(s[tokens[next].scalarOffsets]),
                !chosen.contains(where: { $0.range.overlaps(tokens[next].scalarOffsets) })
            else { return candidate }
            return (candidate.range.lowerBound..<tokens[next].scalarOffsets.upperBound, .location)
        }
    }

    /// Whether the token at `index` is inside a zone's name that a known place opens (rule place-opens-zone).
    ///
    /// In 江澜 氢能 装备 制造 产业园 and 江澜 绿 电 智 算 融合 示范园 the words after the place up to a zone's suffix
    /// (zone in places.tsv) name the zone, verbs and characters that end other heads too (制造, 电). A verb of
    /// building (place-act: 建设, 打造), a function character (的, 在) or a verb right after the place (江澜 申报
    /// 产业园: the place's act) ends the name; at most twelve characters before the suffix.
    func isInZoneName(_ index: Int, _ head: NameHead, _ tokens: [Token], _ s: UnsafeBufferPointer<UInt32>) -> Bool {
        guard head.place, EntityVocabulary.zoneSuffixes.contains(head.suffix.scalars) else { return false }
        var position = index
        while position > 0, tokens[position].kind == .word,
            head.suffixStart - tokens[position].scalarOffsets.lowerBound <= 12
        {
            let range = tokens[position].scalarOffsets
            if EntityVocabulary.placeActs.contains(s[range])
                || (range.count == 1 && EntityVocabulary.nonNameCharacters.contains(s[range.lowerBound]))
            {
                return false
            }
            let before = tokens[position - 1].scalarOffsets
            if tokens[position - 1].kind == .word, isKnownPlaceWord(before, s) {
                return range.count == 1 || lexiconClass(range, s)?.tag != .function
            }
            position -= 1
        }
        return false
    }
}
