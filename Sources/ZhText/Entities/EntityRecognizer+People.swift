/// Names of people: after titles, before verbs of speech, in lists; what makes a name plausible.
extension EntityRules {
    /// Whether the name made of the tokens `start..<end` stands where people's names stand: after a
    /// title (市长, 记者) or before one, or before a verb of speech (表示, 说).
    func hasPersonContext(_ start: Int, _ end: Int, _ tokens: [Token], _ s: UnsafeBufferPointer<UInt32>) -> Bool {
        var before = start - 1
        while before >= 0, tokens[before].kind == .whitespace { before -= 1 }
        if before >= 0, tokens[before].kind == .word, endsWithTitle(tokens[before].scalarOffsets, s) { return true }
        var after = end
        while after < tokens.count, tokens[after].kind == .whitespace { after += 1 }
        guard after < tokens.count, tokens[after].kind == .word else { return false }
        let rest = tokens[after].scalarOffsets.lowerBound..<tokens.last!.scalarOffsets.upperBound
        if let words = EntityVocabulary.afterNameByFirst[s[rest.lowerBound]],
            words.contains(where: { startsWith($0, rest, s) })
        {
            return true
        }
        return EntityVocabulary.titlesByFirst[s[rest.lowerBound]]?.contains { startsWith($0, rest, s) } ?? false
    }

    /// Whether a three-character word the general lexicon tags as a person reads as a name: its
    /// given name is not a word (高水平: 水平, 安全感: 安全 are words, not names), nor are its surname and
    /// first given character, whatever the lexicon's tag (rule name-shape: 师范生, 梅花鹿, 许可证: the
    /// general lexicon tags 师范 and 梅花 as people too), and its given name holds no function character (晋升为).
    func looksLikeName(_ range: Range<Int>, _ s: UnsafeBufferPointer<UInt32>) -> Bool {
        let given = (range.lowerBound + 1)..<range.upperBound
        // 玉珠峰, 阳宗海: a natural feature's name, not a person's (rule feature-not-person).
        guard !EntityVocabulary.featureEndings.contains(s[range.upperBound - 1]),
            given.allSatisfy({ isNameCharacter(s[$0]) }),
            tokenizer.lexiconClass(UnsafeBufferPointer(rebasing: s[range.lowerBound..<(range.upperBound - 1)])) == nil
        else { return false }
        if let entry = tokenizer.lexiconClass(UnsafeBufferPointer(rebasing: s[given])),
            entry.tag == .noun || entry.tag == .verbalNoun
        {
            return false
        }
        return true
    }

    /// Whether a person's name found by any rule reads as one: it is not a common word (满意率),
    /// its surname and first given character are not one (项目完, 马拉松赛), and it is no honorific (陈女士).
    func isPlausibleName(_ range: Range<Int>, _ s: UnsafeBufferPointer<UInt32>) -> Bool {
        // 高精尖: a word not-names.tsv holds as a common noun is no person, whatever the lexicon's tag (name-shape).
        if endsWithHonorific(range, s) || isCommonWord(range, s) { return false }
        // 相衔接, 党执政, 麻栗坝: a character no given name holds (rule not-given-name).
        if range.count <= 4, range.dropFirst().contains(where: { EntityVocabulary.notGivenName.contains(s[$0]) }) {
            return false
        }
        // 农惠农 of 强农惠农, 边富边 of 兴边富边: a slogan's half repeats its first character last, a name does not
        // (rule repeated-character-slogan).
        if range.count == 3, s[range.lowerBound] == s[range.upperBound - 1] { return false }
        // 普惠性, 智能化, 普惠型: an adjective or a verb made with a suffix.
        if range.count == 3, EntityVocabulary.adjectiveSuffixes.contains(s[range.upperBound - 1]) { return false }
        // 行政许可法, 预算法: a word then a law's ending is a law (rule law-not-person).
        if range.count == 3, EntityVocabulary.lawEndings.contains(s[range.upperBound - 1]),
            tokenizer.lexiconClass(UnsafeBufferPointer(rebasing: s[range.lowerBound..<(range.upperBound - 1)])) != nil
        {
            return false
        }
        if let entry = tokenizer.lexiconClass(UnsafeBufferPointer(rebasing: s[range])) {
            return entry.tag == .person
        }
        if range.count >= 3,
            let entry = tokenizer.lexiconClass(
                UnsafeBufferPointer(rebasing: s[range.lowerBound..<(range.lowerBound + 2)])),
            entry.tag == .noun || entry.tag == .function || entry.tag == .verbalNoun
        {
            return false
        }
        return !endsWithHonorific(range, s)
    }

    /// A foreign name whose parts a middle dot joins (约翰·拉贝, 迈克尔·杰克逊), around the dot at
    /// `index`: transliteration characters on both sides, two to six on the left.
    func dottedName(at index: Int, _ tokens: [Token], _ s: UnsafeBufferPointer<UInt32>) -> Range<Int>? {
        guard isNameDot(s[index]) else { return nil }
        let lower = tokens[0].scalarOffsets.lowerBound
        let upper = tokens.last!.scalarOffsets.upperBound
        // The first dot of the name only: the others are inside it.
        var start = index
        while start > lower, EntityVocabulary.transliteration.contains(s[start - 1]) { start -= 1 }
        if start > lower, isNameDot(s[start - 1]) { return nil }
        guard index - start >= 2, index - start <= 6 else { return nil }
        var end = index + 1
        while end < upper,
            EntityVocabulary.transliteration.contains(s[end])
                || (isNameDot(s[end]) && end + 1 < upper
                    && EntityVocabulary.transliteration.contains(s[end + 1]))
        {
            end += 1
        }
        guard end - index >= 2 else { return nil }
        return start..<end
    }

    /// Whether the lexicon knows the text at `range` as a word that is not a person's name (项目, 满意).
    func isWord(_ range: Range<Int>, _ s: UnsafeBufferPointer<UInt32>) -> Bool {
        guard let entry = tokenizer.lexiconClass(UnsafeBufferPointer(rebasing: s[range])) else { return false }
        return entry.tag != .person
    }

    /// Whether `scalar` is a middle dot, which joins the parts of foreign names (约翰·拉贝).
    func isNameDot(_ scalar: UInt32) -> Bool {
        scalar == Scalar.middleDot || scalar == Scalar.katakanaMiddleDot
    }

    /// Whether the text at `range` is a surname and an honorific (陈女士, 刘师傅): no name.
    func endsWithHonorific(_ range: Range<Int>, _ s: UnsafeBufferPointer<UInt32>) -> Bool {
        EntityVocabulary.honorifics.contains { endsWith($0, range, s) }
    }

    /// Whether the text at `range` ends with a title or role (记者, 副市长, 政协委员).
    func endsWithTitle(_ range: Range<Int>, _ s: UnsafeBufferPointer<UInt32>) -> Bool {
        guard let titles = EntityVocabulary.titlesByLast[s[range.upperBound - 1]] else { return false }
        return titles.contains { endsWith($0, range, s) }
    }

    /// A surname and a given name of one or two characters at `index`.
    func personName(at index: Int, _ s: UnsafeBufferPointer<UInt32>, limit: Int, tokens: [Token]) -> Range<Int>? {
        guard isSurnameStart(index, s) else { return nil }
        // A name the lexicon knows (傅全有, whose 有 is otherwise a function word).
        for length in [3, 2] where index + length <= limit && endsAtToken(index + length, tokens) {
            if let entry = tokenizer.lexiconClass(UnsafeBufferPointer(rebasing: s[index..<(index + length)])),
                entry.tag == .person
            {
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
        // A caption's credit after a one-character given name (记者陈岚摄: rule photo-credit).
        if end - index == surname + 2, EntityVocabulary.credits.contains(s[end - 1]), endsAtToken(end - 1, tokens),
            end == limit || !isNameCharacter(s[end])
        {
            end -= 1
        }
        if let place = placeMatch(at: index, s, limit: limit), place >= end { return nil }
        return index..<end
    }

    /// A name standing alone between list commas (王滨雁、张永祥、梁兆鹏): a surname and two
    /// characters that are not words, the whole segment.
    func listedName(_ tokens: [Token], _ s: UnsafeBufferPointer<UInt32>) -> Range<Int>? {
        guard let first = tokens.first(where: { $0.kind != .whitespace }),
            let last = tokens.last(where: { $0.kind != .whitespace }),
            last.scalarOffsets.upperBound - first.scalarOffsets.lowerBound == 3,
            tokens.allSatisfy({ $0.kind == .word || $0.kind == .whitespace })
        else { return nil }
        let range = first.scalarOffsets.lowerBound..<last.scalarOffsets.upperBound
        guard range.count == 3, isSurnameStart(range.lowerBound, s), looksLikeName(range, s),
            range.dropFirst().allSatisfy({ isNameCharacter(s[$0]) })
        else { return nil }
        let before = range.lowerBound > 0 ? s[range.lowerBound - 1] : 0
        let after = range.upperBound < s.count ? s[range.upperBound] : 0
        guard before == Scalar.ideographicComma || after == Scalar.ideographicComma else { return nil }
        if placeMatch(at: range.lowerBound, s, limit: range.upperBound) == range.upperBound { return nil }
        if let entry = tokenizer.lexiconClass(UnsafeBufferPointer(rebasing: s[range])), entry.tag != .person {
            return nil
        }
        // 增后劲、利长远: a one-character verb before an adjective or a verb the lexicon knows is a phrase, unless
        // a name is listed next to it (孙梓萱、周浩然).
        let given = (range.lowerBound + 1)..<range.upperBound
        if tokens.contains(where: { $0.scalarOffsets == given }),
            tokenizer.lexiconClass(UnsafeBufferPointer(rebasing: s[given]))?.tag == .function,
            !hasListedNameNext(to: range, s)
        {
            return nil
        }
        return range
    }

    /// Whether a list comma joins the three characters at `range` to three more that read as a name.
    func hasListedNameNext(to range: Range<Int>, _ s: UnsafeBufferPointer<UInt32>) -> Bool {
        let before = (range.lowerBound - 4)..<(range.lowerBound - 1)
        let after = (range.upperBound + 1)..<(range.upperBound + 4)
        return [(before, range.lowerBound - 1), (after, range.upperBound)].contains { item, comma in
            item.lowerBound >= 0 && item.upperBound <= s.count && s[comma] == Scalar.ideographicComma
                && isSurnameStart(item.lowerBound, s) && looksLikeName(item, s)
        }
    }

    /// Whether a one-character token is a suffix that can end a name (局, 村, 镇).
    func isSuffixToken(_ range: Range<Int>, _ s: UnsafeBufferPointer<UInt32>) -> Bool {
        let scalar = s[range.lowerBound]
        return EntityVocabulary.organizationSuffixes.contains { $0.scalars == [scalar] }
            || EntityVocabulary.placeSuffixes.contains { $0.scalars == [scalar] }
    }

    func isSurnameStart(_ index: Int, _ s: UnsafeBufferPointer<UInt32>) -> Bool {
        EntityVocabulary.surnames.contains(s[index])
            || (EntityVocabulary.compoundSurnameFirsts.contains(s[index])
                && EntityVocabulary.compoundSurnames.contains(where: { startsWith($0, index..<s.count, s) }))
    }

    func isNameCharacter(_ scalar: UInt32) -> Bool {
        scalar >= Scalar.一 && scalar < Scalar.yiSyllableIt && !EntityVocabulary.nonNameCharacters.contains(scalar)
    }

    /// The people a doctrine is named after (rule doctrine-names): 马克思 and 列宁 in 马克思列宁主义, 毛泽东 in
    /// 毛泽东思想: the word before the doctrine's ending is made of names the lexicon knows as people.
    func doctrineNames(_ range: Range<Int>, _ s: UnsafeBufferPointer<UInt32>) -> [Range<Int>] {
        guard range.count >= 4,
            let ending = EntityVocabulary.doctrineEndings.first(where: { endsWith($0, range, s) })
        else { return [] }
        return personSplit(range.lowerBound..<(range.upperBound - ending.scalars.count), s) ?? []
    }

    /// `range` split into names the lexicon knows as people, of two to four characters each, each opening
    /// with a surname or written in transliteration characters only (马克思 列宁), the longest first; or nil.
    func personSplit(_ range: Range<Int>, _ s: UnsafeBufferPointer<UInt32>) -> [Range<Int>]? {
        if range.isEmpty { return [] }
        for length in stride(from: min(4, range.count), through: 2, by: -1) {
            let name = range.lowerBound..<(range.lowerBound + length)
            guard let entry = tokenizer.lexiconClass(UnsafeBufferPointer(rebasing: s[name])), entry.tag == .person,
                isSurnameStart(name.lowerBound, s)
                    || name.allSatisfy({ EntityVocabulary.transliteration.contains(s[$0]) }),
                let rest = personSplit(name.upperBound..<range.upperBound, s)
            else { continue }
            return [name] + rest
        }
        return nil
    }
}
