/// What the pairing rules ask about a figure and the words around it.
extension FactExtractor {
    /// Colons that end a label (主要工业产品产量：).
    static let colons: Set<UInt32> = [Scalar.fullwidthColon, UInt32(UInt8(ascii: ":"))]
    /// Characters that join the figures of a list (、 和, and a space).
    static let listJoiners: Set<UInt32> = [Scalar.ideographicComma, Scalar.和, UInt32(UInt8(ascii: " "))]
    /// Characters after a count that end its clause or list: it counts nothing after it.
    static let countEnds: Set<UInt32> = [
        Scalar.fullwidthComma, Scalar.ideographicComma, Scalar.ideographicFullStop, Scalar.fullwidthSemicolon,
    ]
    /// Signs before a ratio (+6.2%, -2.1%).
    static let signs: Set<UInt32> = [UInt32(UInt8(ascii: "+")), UInt32(UInt8(ascii: "-")), Scalar.minusSign]

    /// Whether `scalar` is a Han character (CJK Unified Ideographs and Extension A).
    static func isHan(_ scalar: UInt32) -> Bool {
        (Scalar.cjkUnifiedIdeograph3400..<Scalar.yiSyllableIt).contains(scalar)
    }

    /// Whether the figure's noun or purpose follows it, and the words before it leave it to
    /// them: an amount arranged for a purpose (安排3640万元支持…, 1.26亿元支持…), or a count after
    /// a verb (招聘150名工程师) or after a verb the head dropped (继续办好10件民生实事).
    func namesObject(_ figure: Figure, head: Indicator.Head?) -> Bool {
        let lower = figure.range.lowerBound
        if figure.isMoney { return head?.range.isEmpty ?? true || s.endsWithAny(PairingWords.arranged, before: lower) }
        guard let head else { return false }
        if isBare(head) {
            return s.endsWithAny(PairingWords.droppedVerb, before: lower) || countVerb(before: lower) != nil
        }
        // 今年要重点办好12件民生实事: a verb the head drops names the noun after the count (rule dropped-verb-object).
        if s.endsWithAny(PairingWords.droppedVerb, before: lower) { return true }
        // Not …的, …有; a longer head names the object only through ``verbNamingObject(of:)``.
        return (2...4).contains(head.range.count) && ![Scalar.的, Scalar.有].contains(s[head.range.upperBound - 1])
    }

    /// The verb of a longer head that names a count's noun after the figure (rules verb-at-end-object,
    /// names-before-count), or nil.
    func verbNamingObject(of head: Indicator.Head) -> Range<Int>? {
        verbAtEnd(of: head) ?? verbBeforeNames(of: head)
    }

    /// Whether the noun after a count goes on with a predicate of its own (10项主要指标全部达标, 3项成果获批).
    ///
    /// The count and its noun then open a new clause: a verb at the end of the head before it does not name them.
    func hasPredicate(_ object: Range<Int>) -> Bool {
        (object.lowerBound + 2..<object.upperBound).contains {
            s.matchesAny(PairingWords.donePredicates, at: $0) || s.matchesAny(PairingWords.resultPredicates, at: $0)
        }
    }

    /// The verb opening a head that lists names before a count whose noun follows it (rule names-before-count).
    ///
    /// 新增临川、南丰2个国家级示范县 → 新增: a head that opens with a verb that names a count with its noun after
    /// it (count-verb, or a result verb) and goes on with a list of names (two or more items joined by 、, each of
    /// two to six Han characters, none ending with such a verb): the names are examples of the noun, not the measure
    /// (rule names-before-count).
    func verbBeforeNames(of head: Indicator.Head) -> Range<Int>? {
        let lower = head.range.lowerBound
        guard head.gaps.isEmpty, let verb = PairingWords.tailVerbs.first(where: { s.matches($0, at: lower) }) else {
            return nil
        }
        let names = (lower + verb.scalars.count)..<head.range.upperBound
        // 实施青石桥等30项工程: the examples closed by 等, one or more (rule names-before-count).
        let closed = names.count > 1 && s[names.upperBound - 1] == Scalar.等
        let listed = closed ? names.lowerBound..<(names.upperBound - 1) : names
        let items = s[listed].split(separator: Scalar.ideographicComma, omittingEmptySubsequences: false)
        // 新建和加密建设、改造提升24个服务区: items that end with a verb are verbs, not names.
        guard items.count >= (closed ? 1 : 2),
            items.allSatisfy({ item in
                (2...6).contains(item.count) && item.allSatisfy { Self.isHan($0) }
                    && !PairingWords.tailVerbs.contains { s.matches($0, at: item.endIndex - $0.scalars.count) }
            })
        else { return nil }
        return lower..<names.lowerBound
    }

    /// The verb at the end of a longer head before a count whose noun follows it (rule verb-at-end-object).
    ///
    /// 基础教育对口帮扶217所学校 → 对口帮扶: a head of more than four characters that ends with a verb naming a count
    /// with its noun after it (count-verb in facts/pairing-words.tsv, or a result verb), a verb joined to another
    /// before it (改造建设, 改造和新建) taken whole; what stands before the verb is not the indicator. Nil when the
    /// head is short, has gaps, or ends with no such verb.
    func verbAtEnd(of head: Indicator.Head) -> Range<Int>? {
        guard head.gaps.isEmpty, head.range.count > 4 else { return nil }
        var end = head.range.upperBound
        if s[end - 1] == Scalar.了 { end -= 1 }
        func verb(endingAt end: Int, opening: Bool = false) -> Int? {
            PairingWords.tailVerbs.first {
                end - $0.scalars.count + (opening ? 1 : 0) > head.range.lowerBound
                    && s.matches($0, at: end - $0.scalars.count)
            }.map { end - $0.scalars.count }
        }
        guard var start = verb(endingAt: end) else { return nil }
        if let before = verb(endingAt: start) {
            start = before
        } else if s[start - 1] == Scalar.和, let before = verb(endingAt: start - 1, opening: true) {
            // 改造和新建1.8万所乡镇卫生院: two verbs joined by 和.
            start = before
        }
        // 累计设立36只子基金: a word opening an indicator (累计) right before the verb stays with it.
        if let opening = Indicator.opensIndicator.first(where: {
            start - $0.scalars.count > head.range.lowerBound && s.matches($0, at: start - $0.scalars.count)
        }) {
            start -= opening.scalars.count
        }
        // 新开工改造600个老旧小区: a verb opening the head that reaches the one at its end takes the head whole.
        if let opening = PairingWords.tailVerbs.first(where: { s.matches($0, at: head.range.lowerBound) }),
            head.range.lowerBound + opening.scalars.count >= start
        {
            return head.range.lowerBound..<end
        }
        // 新建、改扩建: a list of verbs is named whole (verb-list-object).
        return s[start - 1] == Scalar.ideographicComma ? nil : start..<end
    }

    /// Whether a head says nothing of its own: empty, or the 了 of a verb it trimmed (实施了100项…).
    func isBare(_ head: Indicator.Head?) -> Bool {
        guard let head else { return true }
        return head.range.isEmpty || head.range.count == 1 && s[head.range.lowerBound] == Scalar.了
    }

    /// The verb the head trimmed as a lead that names a count with its noun after it (打造10个…, 实施了100项…),
    /// as a piece, or nil.
    func countVerb(before lower: Int) -> Indicator.Piece? {
        let end = s.scalar(at: lower - 1) == Scalar.了 ? lower - 1 : lower
        return PairingWords.countVerb.first { s.matches($0, at: end - $0.scalars.count) }
            .map { .text((end - $0.scalars.count)..<end) }
    }

    /// Whether only 至 or 到 stands between the figure before and `figure` (增加7.3万人至367.2万人).
    func isReached(_ figure: Figure, after headStart: Int) -> Bool {
        figure.range.lowerBound - headStart == 1 && (s[headStart] == Scalar.至 || s[headStart] == Scalar.到)
    }

    /// Whether the text at `position`, right after a figure, goes on naming something the figure
    /// qualifies (以上的, 以下, 的) rather than linking to the next figure.
    func isEmbedding(at position: Int, after figure: Figure) -> Bool {
        // 税收超亿元楼宇: a threshold (超…) names a class of things.
        if s.scalar(at: figure.range.lowerBound - 1) == Scalar.超, Self.isHan(s[position]),
            ![Scalar.的, Scalar.ideographicComma].contains(s[position]), !PairingWords.linkStarts.contains(s[position])
        {
            return true
        }
        // 新增1000千伏输电线路1240公里: the specification is part of the next figure's indicator.
        if isSpecification(figure) { return true }
        // 60周岁及以上人口.
        if s.matchesAny(PairingWords.boundAnd, at: position), s.matchesAny(PairingWords.bound, at: position + 1) {
            return true
        }
        if let bound = s.matching(PairingWords.bound, at: position) {
            // 50万元以上的行政村, 3岁以下婴幼儿: a noun (or 的) follows; 以上，is the figure's own.
            return Self.isHan(s.scalar(at: position + bound.scalars.count))
        }
        return s[position] == Scalar.的
    }

    /// The fact whose parts follow a mark (其中, 分…看): the last one before it in its paragraph that
    /// names a measure (分门类看 after the parts of 分经济类型看 goes back to their total's measure).
    func total(before mark: Int, in found: [Found]) -> Int? {
        let lineStart = context.lineStart(before: mark)
        var first: Int?
        var index = found.count - 1
        while index >= 0, found[index].range.lowerBound >= lineStart {
            if found[index].range.upperBound <= mark {
                first = first ?? index
                if case .text(let range)? = found[index].indicator.last, Indicator(s: s).measure(range) != nil {
                    return index
                }
                // Only parts of an earlier total are passed over.
                if !found[index].isPart { return first }
            }
            index -= 1
        }
        return first
    }

    /// Whether a figure converts the one before it (约合人民币1324亿元, 折合1271.5万吨).
    func isConversion(_ figure: Figure) -> Bool {
        var position = figure.range.lowerBound
        if let money = PairingWords.conversionMoney.first(where: { s.matches($0, at: position - $0.scalars.count) }) {
            position -= money.scalars.count
        }
        if s.scalar(at: position - 1) == Scalar.约 { position -= 1 }
        return s.endsWithAny(PairingWords.conversion, before: position)
    }

    /// Whether a figure is a threshold the indicator passed (突破1100家, 超过800亿元), which a
    /// figure it reached may follow.
    func isThresholdPassed(_ figure: Figure) -> Bool {
        s.endsWithAny(PairingWords.thresholdPassed, before: context.wordsEnd(before: figure.range))
    }

    /// Whether a figure is a threshold that defines a class (年主营业务收入2000万元及以上的工业法人单位,
    /// 覆盖全市85%以上的行政村): it names no fact of its own.
    ///
    /// So is a figure right after a word that opens a class of items (`class-open` in facts/pairing-words.tsv:
    /// 布局一批50万千瓦以上风光基地, the size of each, not a quantity of them).
    func isThreshold(_ figure: Figure) -> Bool {
        if s.endsWithAny(PairingWords.classOpens, before: figure.range.lowerBound) { return true }
        var position = figure.range.upperBound
        if let and = s.matching(PairingWords.boundAnd, at: position) { position += and.scalars.count }
        guard let bound = s.matching(PairingWords.bound, at: position),
            s.scalar(at: position + bound.scalars.count) == Scalar.的
        else { return false }
        return Self.isHan(s.scalar(at: position + bound.scalars.count + 1))
    }

    /// Whether a figure counts the items of the list before it (犇牛港片区、碶头老街两个城市更新单元,
    /// 苏州、无锡、常州三市): a tally, not a result.
    func isTally(_ figure: Figure) -> Bool {
        let first = s[figure.range.lowerBound]
        guard figure.unit == .measure(.count), let value = figure.value?.intValue, value <= 10,
            Numeral.chineseDigit(first) != nil || first == Scalar.两,
            Self.isHan(s.scalar(at: figure.range.upperBound)),
            !Self.countEnds.contains(s.scalar(at: figure.range.upperBound))
        else { return false }
        let clause = context.clauseStart(before: figure.range.lowerBound)
        return s[clause..<figure.range.lowerBound].contains(Scalar.ideographicComma)
    }

    /// Whether a figure is a population named in passing, a modifier of what follows (近13亿人口的国家, 保障好14亿人的
    /// 粮食安全): a count followed by a population-after word, or a count of people in 亿 followed by a people-after
    /// word; no result.
    func isPopulationInPassing(_ figure: Figure) -> Bool {
        guard figure.unit == nil || figure.unit == .measure(.person) else { return false }
        let after = figure.range.upperBound
        if s.matchesAny(PairingWords.populationAfter, at: after) { return true }
        return figure.unit == .measure(.person) && s[figure.range].contains(Scalar.亿)
            && s.matchesAny(PairingWords.peopleAfter, at: after)
    }

    /// Whether a figure is the capacity of a plant, written before the product it makes and inside the plant's
    /// name (吉林梅花60万吨赖氨酸等项目, 建设10万千瓦光伏电站): it names the project, it is no result.
    func isCapacityInName(_ figure: Figure) -> Bool {
        guard case .measure(let unit)? = figure.unit, PairingWords.capacityUnits.contains(unit) else { return false }
        let after = figure.range.upperBound
        guard Self.isHan(s.scalar(at: after)), !Indicator.objectStops.contains(s[after]) else { return false }
        // The name runs on (its list's items too) to the end of the clause.
        var end = after
        while end < s.count, end - after < 48,
            s[end] == Scalar.ideographicComma || !Indicator.objectEnds.contains(s[end])
        {
            end += 1
        }
        return s.containsAny(PairingWords.projectEnds, in: after..<end)
    }

    /// Whether a figure specifies a kind of thing named right after it.
    ///
    /// 淖毛湖750千伏输变电工程, 8英寸碳化硅晶圆 (`spec-unit` in facts/pairing-words.tsv): part of a name, no fact of
    /// its own (rule specification-in-name). Two joined by 和, 及 or 、 are so too (750千伏和330千伏电网工程).
    func isSpecification(_ figure: Figure) -> Bool {
        var after = figure.range.upperBound
        guard s.endsWithAny(PairingWords.specUnits, before: after) else { return false }
        if Indicator.conjunctions.contains(s.scalar(at: after)) || s.scalar(at: after) == Scalar.ideographicComma {
            after += 1
            while after < s.count, Numeral.isASCIIDigit(s[after]) || s[after] == Indicator.ASCII.fullStop { after += 1 }
            guard let unit = PairingWords.specUnits.first(where: { s.matches($0, at: after) }) else { return false }
            after += unit.scalars.count
        }
        return Self.isHan(s.scalar(at: after)) && !Indicator.objectStops.contains(s[after])
    }

    /// Whether a figure in 级 is the magnitude of an event (漾濞6.4级地震: `magnitude-of` in facts/pairing-words.tsv):
    /// it names the event, it counts nothing.
    func isMagnitude(_ figure: Figure) -> Bool {
        let end = figure.range.upperBound
        return figure.range.count > 1 && s[end - 1] == Scalar.级 && s.matchesAny(PairingWords.magnitudes, at: end)
    }

    /// Whether a count names the aspects a passage is arranged in (重点抓好以下10个方面工作, 从5个方面提出: `aspect` in
    /// facts/pairing-words.tsv right after it): an outline, no result.
    func countsAspects(_ figure: Figure) -> Bool {
        figure.unit == .measure(.count) && s.matchesAny(PairingWords.aspects, at: figure.range.upperBound)
    }

    /// Whether a count counts measures themselves (提出8项主要指标, 六项指标全部达到二级标准, 预期性指标19项:
    /// `measure-noun` in facts/pairing-words.tsv right after it, maybe after a `measure-kind`, or right before it):
    /// the plan's or the standard's own items, no result.
    func countsMeasures(_ figure: Figure) -> Bool {
        guard figure.unit == .measure(.count) else { return false }
        if s.endsWithAny(PairingWords.measureNouns, before: figure.range.lowerBound) { return true }
        var position = figure.range.upperBound
        if let kind = s.matching(PairingWords.measureKinds, at: position) { position += kind.scalars.count }
        return s.matchesAny(PairingWords.measureNouns, at: position)
    }

    /// Whether a count in 次 counts a leader's visits or letters (总书记两次亲临…考察、3次回信: `leader` in
    /// facts/pairing-words.tsv, named earlier in the sentence): an honour the report recalls, no result.
    func isLeaderOccasion(_ figure: Figure) -> Bool {
        let end = figure.range.upperBound
        guard figure.range.count > 1, s[end - 1] == Scalar.次 else { return false }
        return s.containsAny(PairingWords.leaders, in: context.sentenceStart(before: figure.range.lowerBound)..<end)
    }

    /// Where the clause ends when a count is the number of thresholds passed (跨越3个千亿元台阶), else nil.
    func milestoneEnd(_ figure: Figure) -> Int? {
        guard figure.unit == .measure(.count) else { return nil }
        var end = figure.range.upperBound
        while end < s.count, end - figure.range.upperBound < 12, !Indicator.objectEnds.contains(s[end]) {
            if let word = s.matching(PairingWords.milestones, at: end) { return end + word.scalars.count }
            end += 1
        }
        return nil
    }

    /// The direction a sign before a ratio gives (+6.2%), taken as growth either way (-2.1% is
    /// growth of -2.1, as a table's growth column reads).
    func signDirection(_ figure: Figure) -> ChangeDirection? {
        let signed =
            Self.signs.contains(s.scalar(at: figure.range.lowerBound - 1))
            || Self.signs.contains(s[figure.range.lowerBound])
        return signed ? .increase : nil
    }

    /// Whether only a list separator (、 or 和) lies between two figures.
    func isListSeparator(_ range: Range<Int>) -> Bool {
        if range.count >= 1 && range.count <= 2 && range.allSatisfy({ Self.listJoiners.contains(s[$0]) }) {
            return true
        }
        // 每人每月760元和每人每年5960元: each figure keeps its own rate.
        guard range.count > 1, s[range.lowerBound] == Scalar.ideographicComma || s[range.lowerBound] == Scalar.和 else {
            return false
        }
        let rate = (range.lowerBound + 1)..<range.upperBound
        return PairingWords.per.contains { rate.count == $0.scalars.count + 1 && s.matches($0, at: rate.lowerBound) }
    }
}
