/// A count of units of a rank or class at the end of a review of several years (rule class-count-at-end).
extension FrameRules {
    /// Words that open an indicator naming units of a rank or class (国家级, 规上, 专精特新): units one is, not
    /// units one made.
    static let classGrades = FactWords.keywords(FrameWords.table, "class-grade")

    /// In a review of several years, a count of units of a rank or class, with no verb before its noun
    /// (国家级数字领航企业18家, 规上工业企业超过2万家, 10个国家大科学装置), is the number there at the end: the
    /// span's last year.
    ///
    /// What was done over the years keeps the span: a verb kept at the head of the indicator (建成, 入选, 获批 are
    /// not class words), a word in the clause that adds or sums (新增, 培育, 累计), a word that holds the number
    /// over the years (保持在), or a predicate after the count or its noun (8家全国重点实验室落户河北). Read once the
    /// fact is whole, after `stockLevels(_:)`.
    func classCounts(_ found: inout [FactExtractor.Found]) {
        let reader = Indicator(s: s)
        for index in found.indices where found[index].value != nil && found[index].change == nil {
            let rule = found[index].periodRule
            guard rule == .spanOfReview || rule == .spanNamedInSentence, let period = found[index].period,
                period.contains("/"), case .measure(.count)? = found[index].unit,
                let scope = frame.scope(at: found[index].range.lowerBound),
                scope.role == .reviewOfYears || rule == .spanNamedInSentence
            else { continue }
            let name = reader.text(found[index].indicator)
            guard Self.classGrades.contains(where: { name.hasPrefix($0.text) }) else { continue }
            // 8家全国重点实验室落户河北, 支持2.2万所学校: the clause goes on after the count with what was done.
            let end = found[index].range.upperBound
            guard end >= s.count || !FactExtractor.isHan(s[end]) else { continue }
            let clause = clauseOpening(before: found[index].range.lowerBound)..<found[index].range.upperBound
            guard !Self.flowNouns.contains(where: { s.contains($0, in: clause) }),
                !Self.cumulativeWords.contains(where: { s.contains($0, in: clause) }), !isHeld(found[index])
            else { continue }
            found[index].period = String(period.suffix(4))
            found[index].periodRule = .classCountAtEnd
        }
    }
}
