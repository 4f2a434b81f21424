extension FactExtractor {
    /// 均 after a list: one figure for every item (rule all-of-list).
    ///
    /// 甲、乙、丙等绿色产品产量均增长20% gives 甲产量, 乙产量, 丙产量 (the category after 等 dropped,
    /// its measure shared); 甲满意率、乙满意率均超97% gives each item whole; a list without 等 shares
    /// its tail as a 分别 list does (甲、乙产量均增长). 年均, 人均, 平均 hold no 均 of a list
    /// (not-all-of in facts/pairing-words.tsv).
    func allOfList(_ p: inout Pairing) -> Int? {
        let figure = p.figure
        guard let mark = allOfMark(p.headStart..<figure.range.lowerBound),
            let head = p.text.head(p.headStart..<mark, dates: p.dates, figure: figure, keepsList: true),
            head.range.count > 4, closesClause(after: figure.range.upperBound)
        else { return nil }
        var items = p.text.split(head.range, on: [Scalar.ideographicComma]).filter { !$0.isEmpty }
        guard items.count >= 2, items.allSatisfy({ $0.count >= 2 }), let last = items.last else { return nil }
        var subjects: [[Indicator.Piece]]
        if let close = (last.lowerBound + 2..<last.upperBound).first(where: {
            s.matchesAny(PairingWords.listClose, at: $0)
        }) {
            // 等绿色产品产量: the category is dropped, the measure it ends with shared.
            let tail = (close + 1)..<last.upperBound
            let measure = Indicator.measures.first { p.text.ends(with: $0, tail.lowerBound, tail.upperBound) }
            items[items.count - 1] = last.lowerBound..<close
            subjects = items.map { item in
                guard let measure, !p.text.ends(with: measure, item.lowerBound, item.upperBound) else {
                    return [.text(item)]
                }
                return [.text(item), .text((tail.upperBound - measure.scalars.count)..<tail.upperBound)]
            }
        } else if items.dropLast().allSatisfy({ Indicator.measureEnds.contains(s[$0.upperBound - 1]) }) {
            // 游客人数、旅游收入均增长10%: each item names its measure and shares no tail.
            subjects = items.map { [.text($0)] }
        } else {
            subjects = p.text.subjects(head.range, count: items.count)
        }
        guard subjects.count == items.count else { return nil }
        for subject in subjects {
            var fact = make(subject, figure, head.range.lowerBound..<figure.range.upperBound, p)
            // 等增幅均超过10%: the noun of change the category ended with.
            if let direction = head.direction { fact.applyChange(direction, figure) }
            p.add(fact, for: p.index)
        }
        return p.index + 1
    }

    /// Where 均 stands after a list, right before the figure's verb: the last all-of word in `range` that no longer
    /// word holds, with no clause mark after it.
    private func allOfMark(_ range: Range<Int>) -> Int? {
        guard range.count > 5 else { return nil }
        for position in stride(from: range.upperBound - 1, to: range.lowerBound + 2, by: -1) {
            if Indicator.objectEnds.contains(s[position]) || s[position] == Scalar.fullwidthComma { return nil }
            guard s.matchesAny(PairingWords.allOf, at: position) else { continue }
            let held = PairingWords.notAllOf.contains { word in
                (0..<word.scalars.count).contains { s.matches(word, at: position - $0) }
            }
            return held ? nil : position
        }
        return nil
    }

    /// Whether the figure ends its clause or list item, after a bound (均增长20%以上，):
    /// 均实现21个地级以上市全覆盖 counts something else.
    private func closesClause(after end: Int) -> Bool {
        var position = end
        if let bound = Indicator.overUnder.first(where: { s.matches($0, at: position) }) {
            position += bound.scalars.count
        }
        return position >= s.count || Indicator.objectEnds.contains(s[position])
            || s[position] == Scalar.ideographicComma
    }
}
