extension Indicator {
    /// The subjects of a 分别 list: `A、B`, `A和B`, with shared heads distributed
    /// (第一、二、三产业增加值; 城镇和农村居民人均可支配收入; 汽油、柴油价格).
    func subjects(_ range: Range<Int>, count: Int) -> [[Piece]] {
        var items = split(range, on: [Scalar.ideographicComma])
        if items.count < count, let last = items.last, let joint = lastConjunction(in: last) {
            items.removeLast()
            items.append(last.lowerBound..<joint)
            items.append((joint + 1)..<last.upperBound)
        }
        items = items.filter { !$0.isEmpty }
        if items.count == 1, count == 2, s.matches(Self.joint, at: items[0].lowerBound), items[0].count > 2 {
            // 城乡居民人均可支配收入分别…: 城镇居民… and 农村居民…; 城乡低保标准: 城市… and 农村….
            let rest = (items[0].lowerBound + Self.joint.scalars.count)..<items[0].upperBound
            let town = s.matches(Self.residents, at: rest.lowerBound) ? Self.jointTown : Self.jointCity
            return [[.literal(town.text), .text(rest)], [.literal(Self.jointRural.text), .text(rest)]]
        }
        guard items.count == count, count >= 2 else { return [] }
        var tail = sharedTail(&items)
        // 食品、石化、医药、信息等产业增加值: the list is whole, 等 closes it and is not part of the tail.
        if let shared = tail, shared.count > 2, isEtCetera(at: shared.lowerBound) {
            tail = (shared.lowerBound + 1)..<shared.upperBound
        }
        let first = items[0]
        // 省级公用经费和一般性支出: the first item's opening opens every item without one (rule shared-opening).
        let opening = Self.sharedOpenings.first {
            s.matches($0, at: first.lowerBound) && first.count > $0.scalars.count + 1
        }
        // 省属企业营业收入、利润: a measure item stands in for the first item's measure (rule shared-measure).
        let firstMeasure = Self.subjectMeasures.first {
            ends(with: $0, first.lowerBound, first.upperBound) && first.count > $0.scalars.count + 1
        }
        return items.map { item in
            var pieces: [Piece] = []
            // 农村卫生厕所普及率、生活污水治理率: 农村 opens both; not 农村居民…、城镇居民…,
            // whose items qualify themselves.
            if item != first, let opening, !s.matchesAny(Self.sharedOpenings, at: item.lowerBound),
                !s.matchesAny(Self.qualifiers, at: item.lowerBound)
            {
                pieces.append(.text(first.lowerBound..<(first.lowerBound + opening.scalars.count)))
            } else if item != first, let firstMeasure,
                Self.subjectMeasures.contains(where: {
                    item.count == $0.scalars.count && s.matches($0, at: item.lowerBound)
                })
            {
                pieces.append(.text(first.lowerBound..<(first.upperBound - firstMeasure.scalars.count)))
            } else if item != first, item.count <= 2,
                first.count > item.count + 1 || item.count == 1 && first.count == 2
            {
                // 第一、二、三; …基金收入、支出: a short item takes the first item's opening.
                pieces.append(.text(first.lowerBound..<(first.upperBound - item.count)))
            } else if item != first, (3...4).contains(item.count), first.count >= item.count + 3,
                s[item.upperBound - 1] == s[first.upperBound - 1], Self.countEnds.contains(s[first.upperBound - 1])
            {
                // 生产安全事故起数和死亡人数: the second count is the same subject's.
                pieces.append(.text(first.lowerBound..<(first.upperBound - 2)))
            }
            pieces.append(.text(item))
            if let tail { pieces.append(.text(tail)) }
            return pieces
        }.filter { pieces in pieces.reduce(0) { $0 + length($1) } >= 2 }
    }

    /// Openings the first item of a 分别 list shares with the others (省级, 单位国内生产总值).
    static let sharedOpenings: [Keyword] = IndicatorTables.longestFirst("shared-opening")
    /// Last characters of a shared tail beyond the measures' (…标准, …水平).
    static let tailEnds: Set<UInt32> = IndicatorTables.scalars("tail-end")
    /// Words that open the tail a 分别 list's items share (全产业链, 居民).
    static let tailOpens: [Keyword] = IndicatorTables.longestFirst("tail-open")

    /// Measures a tail counted off does not cut (普及率, 覆盖率).
    static let tailWords: [Keyword] = IndicatorTables.longestFirst("tail-word")

    /// Where a tail counted off at `cut` starts in `last`: before a tail word that ends the item when the count lands
    /// inside it (农村自来水、卫生户厕普及率 → …普及率, not …及率; rule tail-word), else at `cut`.
    private func uncutMeasure(_ last: Range<Int>, at cut: Int) -> Int {
        for word in Self.tailWords where ends(with: word, last.lowerBound, last.upperBound) {
            let start = last.upperBound - word.scalars.count
            if start > last.lowerBound + 1, start < cut, cut < last.upperBound { return start }
        }
        return cut
    }

    /// The last characters of a count whose second item is the same subject's (起数和死亡人数).
    static let countEnds: Set<UInt32> = IndicatorTables.scalars("second-count-end")

    /// The tail the items of a 分别 list share, cut from the last item (nil when there is none).
    private func sharedTail(_ items: inout [Range<Int>]) -> Range<Int>? {
        guard let last = items.last else { return nil }
        let before = items[items.count - 2]
        let mark = s[items[0].upperBound - 1]
        if var cut = (last.lowerBound..<(last.upperBound - 1)).first(where: { s[$0] == mark }).map({ $0 + 1 }),
            last.count > before.count + 1
        {
            // The last item carries the shared tail: cut it after the first item's last
            // character (东湖区、…开发区GDP; 白沙市、崇岭市地区生产总值); 以上 stays with its
            // item (一年期、五年期以上贷款市场报价利率).
            if let word = Self.overUnder.first(where: { s.matches($0, at: cut) }), cut + 4 < last.upperBound {
                cut += word.scalars.count
            }
            items[items.count - 1] = last.lowerBound..<cut
            return cut..<last.upperBound
        } else if last.count > before.count + 1 {
            // 城镇和农村居民人均可支配收入, 第一、二、三产业增加值: as many characters as the item before, unless a
            // word that opens a shared tail says where it starts (人参、食用菌全产业链产值; rule tail-opener).
            let opener = (last.lowerBound + 1..<(last.upperBound - 1)).first { position in
                Self.tailOpens.contains { s.matches($0, at: position) }
            }
            // 全国文明城市、国家历史文化名城: after an item of four characters or more, a tail counted off must end
            // with a measure (…收入, …产值, …标准: tail-end in indicators/characters.tsv); else each item is a whole
            // name (rule whole-items).
            let end = s[last.upperBound - 1]
            if opener == nil, before.count >= 4, !Self.measureEnds.contains(end), !Self.tailEnds.contains(end) {
                return nil
            }
            // 农村卫生户厕覆盖率、污水治理（管控）率、生活垃圾处理设施覆盖率: an item before the last that ends with a
            // measure (率, 额, 量) names its own, so no tail is shared either (rule whole-items).
            if opener == nil, before.count >= 3, Self.measureEnds.contains(s[before.upperBound - 1]) { return nil }
            let guess = uncutMeasure(last, at: last.lowerBound + before.count)
            let cut = opener ?? measureCut(last, near: guess, first: items[0])
            items[items.count - 1] = last.lowerBound..<cut
            return cut..<last.upperBound
        } else if let measure = Self.measures.first(where: {
            ends(with: $0, last.lowerBound, last.upperBound)
                && !ends(with: $0, items[0].lowerBound, items[0].upperBound)
        }), abs(last.count - measure.scalars.count - items[0].count) <= 2 {
            // 工业机器人、集成电路产量: the measure noun is shared.
            items[items.count - 1] = last.lowerBound..<(last.upperBound - measure.scalars.count)
            return (last.upperBound - measure.scalars.count)..<last.upperBound
        }
        return nil
    }

    /// Where the shared tail of a list's last item starts when no word opens it: before a measure noun that ends the
    /// last item and not the first, when that cut is at most one character from `guess` (as many characters as the
    /// item before): 原煤、原油、天然气产量 → 天然气 + 产量, not 天然 + 气产量 (rule measure-tail); else `guess`.
    private func measureCut(_ last: Range<Int>, near guess: Int, first: Range<Int>) -> Int {
        guard
            let measure = Self.measures.first(where: {
                ends(with: $0, last.lowerBound, last.upperBound) && !ends(with: $0, first.lowerBound, first.upperBound)
            })
        else { return guess }
        let cut = last.upperBound - measure.scalars.count
        return abs(cut - guess) <= 1 && cut - last.lowerBound >= 2 ? cut : guess
    }

    /// Measures that name nothing alone at the start of a sentence and take the industry of the line's topic.
    static let topicMeasures: [Keyword] = IndicatorTables.longestFirst("topic-measure")
    /// The last words of a topic a sentence opens with (石化产业, 低空经济, 吉化乙烯项目).
    static let topicEnds: [Keyword] = IndicatorTables.longestFirst("topic-end")
    /// The same for a project and the measures of its capacity (吉化乙烯项目…，总产能).
    static let projectMeasures: [Keyword] = IndicatorTables.longestFirst("project-measure")
    static let projectEnds: [Keyword] = IndicatorTables.longestFirst("project-end")
    /// The longest topic before its end word.
    static let topicReach = 4

    /// The industry or project a sentence opening at `start` is about (石化产业持续… → 石化产业), or nil:
    /// up to four Han characters, after the clause's leads, closed by a topic end and followed by more words.
    func topic(at start: Int, ends: [Keyword]) -> Range<Int>? {
        var lower = start
        while let word = Self.leads.first(where: { s.matches($0, at: lower) }) { lower += word.scalars.count }
        var end = lower + 1
        while end < s.count, end - lower <= Self.topicReach, Self.han.contains(s[end - 1]) {
            if let word = ends.first(where: { s.matches($0, at: end) }),
                Self.han.contains(s.scalar(at: end + word.scalars.count))
            {
                return lower..<(end + word.scalars.count)
            }
            end += 1
        }
        return nil
    }

    /// Classifiers that end a count whose noun follows it (150名工程师, 10件民生实事).
    static let classifiers: Set<UInt32> = IndicatorTables.scalars("classifier")
    /// Characters that cannot open the noun after a count: links, changes, qualifiers, units.
    static let objectStops: Set<UInt32> = IndicatorTables.scalars("object-stop")
    /// The most characters of the noun after a count (国家级绿色食品原料标准化生产基地), and of one with a 的 in it.
    static let longestObject = 18
    static let plainObject = 14
    /// Words ending the noun after a count that name the work on what was counted (建设), dropped from it.
    static let objectWorks: [Keyword] = IndicatorTables.list("object-work")
    /// Words that open the noun after a count though their first character is an object stop (上市, 上规).
    static let objectOpenings: [Keyword] = IndicatorTables.list("object-opening")
    /// Where the noun after a count or the purpose of an amount ends.
    static let objectEnds: Set<UInt32> = [
        ASCII.comma, Scalar.fullwidthComma, Scalar.ideographicFullStop, ASCII.semicolon, Scalar.fullwidthSemicolon,
        ASCII.colon, Scalar.fullwidthColon, ASCII.lineFeed, ASCII.exclamationMark, Scalar.fullwidthExclamationMark,
        ASCII.questionMark, Scalar.fullwidthQuestionMark, Scalar.fullwidthLeftParenthesis, ASCII.leftParenthesis,
        Scalar.rightDoubleQuotationMark,
    ]
    /// Qualifiers that open the next figure inside the noun after a count (近, 超: rule object-next-figure).
    static let nextFigureWords: [Keyword] = IndicatorTables.list("object-next-figure")

    /// Whether the clause from `position` on holds a 的: a threshold of a class (9个投资超20亿元的项目), not a
    /// figure of its own.
    private func classOfThreshold(from position: Int) -> Bool {
        var index = position
        while index < s.count, !Self.objectEnds.contains(s[index]) {
            if s[index] == Scalar.的 { return true }
            index += 1
        }
        return false
    }

    /// Whether a number starts at `position` (after a quote mark too, when `quoted`: 和“5+5”集群).
    private func opensFigure(at position: Int, quoted: Bool) -> Bool {
        guard position < s.count else { return false }
        if quoted, s[position] == Scalar.leftDoubleQuotationMark { return opensFigure(at: position + 1, quoted: false) }
        return Numeral.isASCIIDigit(s[position]) || Numeral.chineseDigit(s[position]) != nil
    }

    /// Verbs that say what an amount is for (安排8765万元用于…, 1.26亿元支持…); the dropped ones (用于,
    /// 实施) are not part of the name.
    static let purposes: [Keyword] = IndicatorTables.list("purpose-dropped") + IndicatorTables.list("purpose")
    static let droppedPurposes = IndicatorTables.list("purpose-dropped").count

    /// What a figure counts or pays for when the text names it after the figure: the noun after
    /// a count (招聘150名工程师 → 工程师), or the purpose after an amount (安排1.26亿元支持青溪
    /// 工业园区扩容提质 → 支持青溪工业园区扩容提质), up to the end of the clause; nil when there is none.
    ///
    /// With `multiplied`, a count ending in 万 or 亿 with no classifier takes the noun after it too (惠及15万老人,
    /// rule reach-verb-object). The noun ends before a qualifier that opens the next figure (80个乡镇近300万群众
    /// → 乡镇; object-next-figure in indicators/words.tsv) and before 和 or 及 that opens another counted item
    /// (13条产业链和“4+4”产业集群 → 产业链); not before a threshold of a class (9个投资超20亿元的项目).
    func object(after figure: Range<Int>, isMoney: Bool, multiplied: Bool = false) -> Range<Int>? {
        var start = figure.upperBound
        guard start < s.count else { return nil }
        if isMoney {
            guard let purpose = Self.purposes.firstIndex(where: { s.matches($0, at: start) }) else { return nil }
            if purpose < Self.droppedPurposes { start += Self.purposes[purpose].scalars.count }
        } else {
            // 20个以上“好房子”示范项目: a bound after the count is not part of its noun.
            if let bound = Self.overUnder.first(where: { s.matches($0, at: start) }),
                start + bound.scalars.count < s.count,
                Self.han.contains(s[start + bound.scalars.count])
                    || s[start + bound.scalars.count] == Scalar.leftDoubleQuotationMark
            {
                start += bound.scalars.count
            }
            let last = s[figure.upperBound - 1]
            guard figure.count > 1,
                Self.classifiers.contains(last) || multiplied && (last == Scalar.万 || last == Scalar.亿),
                !Self.objectStops.contains(s[start]) || s.matchesAny(Self.objectOpenings, at: start),
                Self.han.contains(s[start]) || s[start] == Scalar.leftDoubleQuotationMark
            else { return nil }
        }
        var end = start
        let longest = isMoney ? 24 : Self.longestObject
        // The clause ends at these (、 too after a count: 城市书房8个、乡镇综合文化站15个).
        // 10个“数字领航”企业: a quote that opens the noun closes inside it.
        // 20个高速公路“开口子”工程: a quote opening inside the noun closes inside it too (rule quoted-in-object).
        var quoted = false
        var marks = 0
        while end < s.count,
            !Self.objectEnds.contains(s[end]) || quoted && s[end] == Scalar.rightDoubleQuotationMark,
            isMoney || s[end] != Scalar.ideographicComma
        {
            if s[end] == Scalar.leftDoubleQuotationMark { quoted = true }
            if s[end] == Scalar.leftDoubleQuotationMark || s[end] == Scalar.rightDoubleQuotationMark { marks += 1 }
            // 400亿港元银色债券和200亿港元绿色债券: the next item starts at its figure.
            if s[end] == Scalar.和 || s[end] == Scalar.及, opensFigure(at: end + 1, quoted: true) { break }
            // 80个乡镇近300万群众: a qualifier of the next figure ends the noun (rule object-next-figure).
            if !isMoney, end - start >= 2,
                let word = Self.nextFigureWords.first(where: { s.matches($0, at: end) }),
                opensFigure(at: end + word.scalars.count, quoted: false), !classOfThreshold(from: end)
            {
                break
            }
            // Quote marks do not count against the noun's length.
            guard end - start - marks < longest, isPhraseScalar(s[end]) || s[end] == Scalar.ideographicComma,
                !Numeral.isASCIIDigit(s[end])
            else { return nil }
            end += 1
        }
        // 推进30个重点片区建设 → 重点片区: the work on what was counted is not what the count counts.
        if !isMoney,
            let work = Self.objectWorks.first(where: {
                end - $0.scalars.count - start >= 2 && s.matches($0, at: end - $0.scalars.count)
            })
        {
            end -= work.scalars.count
        }
        guard end - start >= 2 else { return nil }
        // 完成35户市属国有企业的产权制度改革: a long noun with a 的 in it names the work done, not what was counted.
        if !isMoney, end - start - marks > Self.plainObject, (start..<end).contains(where: { s[$0] == Scalar.的 }) {
            return nil
        }
        return start..<end
    }
}
