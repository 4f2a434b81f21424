/// The date grammar's words (`date-words.tsv`), by role.
enum DateWords {
    /// Relative years (今年, 去年, 上年, 全年) in the table's order: the offset from the dateline's year a
    /// part after them takes (去年下半年), and what the word alone becomes.
    static let relatives: [(word: Keyword, offset: Int?, alone: DateScanner.Template)] =
        FigureTables.dateWordsTable.rows.compactMap { row in
            let roles = FigureTables.list(row, 1)
            let offset = row.count > 2 ? Int(row[2]) : nil
            if roles.contains("relative-year"), let offset {
                return (Keyword(row[0]), offset, .relative(offset: offset))
            }
            if roles.contains("previous-year") { return (Keyword(row[0]), offset, .previousYear) }
            if roles.contains("whole-year") { return (Keyword(row[0]), nil, .currentYear) }
            return nil
        }

    /// The halves of a year (上半年 1, 下半年 2).
    static let halves: [(Keyword, Int)] = FigureTables.dateWordsTable.rows.compactMap { row in
        guard FigureTables.list(row, 1).contains("half"), row.count > 2, let half = Int(row[2]) else { return nil }
        return (Keyword(row[0]), half)
    }

    static let quarter = word("quarter")
    static let quarterShort = word("quarter-short")
    static let yearRangeEnds = words("year-range-end")
    static let planNameEnds = words("plan-name-end")
    static let planEnds = words("plan-end")
    static let spanEnd = word("span-end")
    static let clauseOpenings = words("clause-opening")
    static let lineOpenings = words("line-opening")
    static let addresses = words("address")
    static let spanSince = words("span-since")
    static let planLinks = words("plan-link")
    static let lengthOpenings = words("length-opening")
    static let spanTotals = words("span-total")
    static let spanNouns = words("span-noun")
    static let spanSubjects = words("span-subject")
    static let yearCutOffs = words("year-cut-off")
    static let presentNouns = words("present-noun")
    static let longTerms = words("long-term")
    static let yearNameStops = words("year-name-stop")

    /// The three-character plan names read as date words (十一五): the plan table's.
    static let planNames: [(Keyword, String)] = FigureTables.planPeriods.filter { $0.name.count == 3 }.map { plan in
        (
            Keyword(String(String.UnicodeScalarView(plan.name.compactMap(Unicode.Scalar.init)))),
            "\(plan.firstYear)/\(plan.firstYear + 4)"
        )
    }

    /// The half a word at `index` names (1 or 2) and its length, or nil.
    static func half(_ s: UnsafeBufferPointer<UInt32>, at index: Int) -> (half: Int, end: Int)? {
        for (word, half) in halves where s.matches(word, at: index) { return (half, index + word.scalars.count) }
        return nil
    }

    /// Whether one of `words` is spelled at `index`.
    static func any(_ words: [Keyword], _ s: UnsafeBufferPointer<UInt32>, at index: Int) -> Bool {
        words.contains { s.matches($0, at: index) }
    }

    private static func words(_ role: String) -> [Keyword] { FigureTables.words(FigureTables.dateWordsTable, 1, role) }
    private static func word(_ role: String) -> Keyword { FigureTables.word(FigureTables.dateWordsTable, 1, role) }
}
