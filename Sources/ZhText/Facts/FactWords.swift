internal import ZhTextData

/// The facts area's word tables, parsed once (`Sources/ZhTextData/facts/`).
///
/// Each table holds one kind of knowledge, a word in one place; the code reads a table's lists
/// through the named lookups below and never spells a word itself.
enum FactWords {
    /// The words the pairing rules look for (`facts/pairing-words.tsv`).
    static let pairingTable = DataTable("facts/pairing-words.tsv") { zhtext_pairing_words($0) }
    /// The words that make a figure an estimate or a target (`facts/status-words.tsv`).
    static let statusTable = DataTable("facts/status-words.tsv") { zhtext_status_words($0) }
    /// The words of an indicator that name output (`facts/output-words.tsv`).
    static let outputTable = DataTable("facts/output-words.tsv") { zhtext_output_words($0) }
    /// The words of a level reached (`facts/level-words.tsv`).
    static let levelTable = DataTable("facts/level-words.tsv") { zhtext_level_words($0) }
    /// The places and bodies a figure is broken down by (`facts/subjects.tsv`).
    static let subjectTable = DataTable("facts/subjects.tsv") { zhtext_subjects($0) }
    /// The words of 从A提高到B (`facts/baseline-words.tsv`).
    static let baselineTable = DataTable("facts/baseline-words.tsv") { zhtext_baseline_words($0) }
    /// The characters before a date that make it no period of its text (`facts/period-cues.tsv`).
    static let periodCueTable = DataTable("facts/period-cues.tsv") { zhtext_period_cues($0) }

    /// The words around a date that change the period it gives (`facts/date-context.tsv`).
    static let dateTable = DataTable("facts/date-context.tsv") { zhtext_fact_date_context($0) }
    /// The words of a table laid out as text (`facts/table-words.tsv`).
    static let tableTable = DataTable("facts/table-words.tsv") { zhtext_table_words($0) }

    /// Every facts table, for the table checks.
    static var tables: [DataTable] {
        [
            pairingTable, statusTable, outputTable, levelTable, subjectTable, baselineTable, periodCueTable, dateTable,
            tableTable,
        ]
            + [FrameWords.titleTable, FrameWords.table, FrameWords.sectionTable]
    }

    /// The words of `list` in `table`, in file order.
    static func keywords(_ table: DataTable, _ list: String) -> [Keyword] {
        table.words(in: list).map { Keyword(stringLiteral: $0) }
    }

    /// The one word of `list` in `table` (a name the rules give an indicator).
    static func word(_ table: DataTable, _ list: String) -> String {
        table.words(in: list).first ?? ""
    }

    /// The words of `table` whose third column (comma-separated flags) holds `flag`, in file order.
    static func flagged(_ table: DataTable, _ flag: String) -> [Keyword] {
        table.rows.filter { $0.count > 2 && $0[2].split(separator: ",").contains(Substring(flag)) }
            .map { Keyword(stringLiteral: $0[0]) }
    }

    /// The single characters of `list` in `table`, as a set (a first-character gate).
    static func characters(_ table: DataTable, _ list: String) -> Set<UInt32> {
        Set(table.words(in: list).flatMap { $0.unicodeScalars.prefix(1).map(\.value) })
    }
}

/// The pairing rules' words, by list (see the table's header for what each list means).
enum PairingWords {
    private static func list(_ name: String) -> [Keyword] { FactWords.keywords(FactWords.pairingTable, name) }
    /// The words of another list that are also in `name` (its third column).
    private static func also(_ name: String) -> [Keyword] { FactWords.flagged(FactWords.pairingTable, name) }

    static let perItem = list("per-item")
    static let conversion = list("conversion")
    static let conversionMoney = list("conversion-money")
    static let restate = list("restate")
    static let thresholdPassed = list("threshold-passed")
    static let reached = list("reached")
    static let bound = list("bound")
    static let boundAnd = list("bound-and")
    static let classOpens = list("class-open")
    static let arranged = list("arranged")
    static let specUnits = list("spec-unit")
    static let droppedVerb = list("dropped-verb")
    static let countVerb = list("count-verb")
    /// The verbs that end a longer head before a count whose noun follows it, longest first.
    static let tailVerbs = (countVerb + Indicator.resultVerbs).sorted { $0.scalars.count > $1.scalars.count }
    /// Verbs ending a head that keep it whole before the noun after a count (惠及, 覆盖: rule reach-verb-object).
    static let reachVerbs = list("reach-verb")
    static let reachAdverbs = list("reach-adverb")
    static let actionNouns = list("action-noun")
    /// Verbs that raise or give an amount named by the fund after it (新增, and the count verbs and 安排 too).
    static let fundVerbs = list("fund-verb") + countVerb + arranged
    static let fundEnds = list("fund-end")
    static let capacityUnits = Set(list("capacity-unit").compactMap { MeasureUnit(rawValue: $0.text) })
    static let projectEnds = list("project-end")
    static let milestones = list("milestone")
    static let donePredicates = list("done-predicate")
    static let resultPredicates = list("result-predicate") + also("result-predicate")
    static let measurePredicates = list("measure-predicate")
    static let magnitudes = list("magnitude-of")
    static let aspects = list("aspect")
    static let measureNouns = list("measure-noun")
    static let measureKinds = list("measure-kind")
    static let awardPredicates = list("award-predicate")
    /// Adverbs between a counted noun and its predicate, part of neither (全部, 相继).
    static let predicateAdverbs = list("predicate-adverb") + also("predicate-adverb")
    /// Prepositions a count opening its clause may follow (为300个小区引入物业服务).
    static let countPrepositions = list("count-preposition") + also("count-preposition")
    static let leaders = list("leader")
    static let deaths = list("deaths")
    static let accident = FactWords.word(FactWords.pairingTable, "accident")
    static let use = list("use")
    static let populationAfter = list("population-after")
    static let peopleAfter = list("people-after")
    static let classifyOpen = list("classify-open")
    static let classifyClose = list("classify-close")
    static let balance = list("balance")
    static let realGrowth = list("real-growth")
    static let now = list("now")
    static let company = list("company")
    static let respectively = list("respectively")
    static let allOf = list("all-of")
    static let notAllOf = list("not-all-of")
    static let listClose = list("list-close")
    static let listJoints = list("list-joint")
    static let per = list("per")
    static let linkStarts = FactWords.characters(FactWords.pairingTable, "link-start")
    static let completionName = FactWords.word(FactWords.pairingTable, "completion-name")
    static let shareName = FactWords.word(FactWords.pairingTable, "share-name")
    static let deathsName = FactWords.word(FactWords.pairingTable, "deaths-name")
    static let parts = list("parts")
}

extension UnsafeBufferPointer<UInt32> {
    /// The first of `words` spelled at `index`, if any.
    func matching(_ words: [Keyword], at index: Int) -> Keyword? {
        words.first { matches($0, at: index) }
    }

    /// Whether one of `words` is spelled at `index`.
    func matchesAny(_ words: [Keyword], at index: Int) -> Bool {
        words.contains { matches($0, at: index) }
    }

    /// Whether one of `words` is spelled anywhere inside `range`.
    func containsAny(_ words: [Keyword], in range: Range<Int>) -> Bool {
        words.contains { contains($0, in: range) }
    }

    /// Whether one of `words` ends right before `index`.
    func endsWithAny(_ words: [Keyword], before index: Int) -> Bool {
        words.contains { matches($0, at: index - $0.scalars.count) }
    }
}

/// The words around a date, by role and flag (see `facts/date-context.tsv`).
enum FactDateWords {
    private static func role(_ name: String) -> [Keyword] { FactWords.keywords(FactWords.dateTable, name) }
    private static func flag(_ name: String) -> [Keyword] { FactWords.flagged(FactWords.dateTable, name) }
    private static func role(_ name: String, without flag: String) -> [Keyword] {
        let flagged = Set(self.flag(flag).map(\.text))
        return role(name).filter { !flagged.contains($0.text) }
    }

    static let since = role("since")
    /// 以来, 之前: after a date, no period of the text around it.
    static let sinceOrBefore = since + role("before", without: "bare")
    /// 以来, 之前, 前: as the frame rules read them.
    static let sinceOrBeforeAll = since + role("before")
    static let samePeriod = role("same-period")
    static let wholeYear = role("whole-year")
    static let namedYear = role("named-year")
    /// The named years the frame rules read (今年, 去年), and 今年 alone.
    static let frameNamedYear = flag("frame")
    static let thisYear = flag("this")
    static let fiscalYear = role("fiscal-year")
    static let end = role("end")
    static let planEnd = flag("plan-end")
    static let future = role("future")
    static let many = role("many")
    /// 倍: after a date, 的 and a number, the date is the base of a multiple (是2010年的2.2倍).
    static let multiple = role("multiple")
}

/// The words of a table laid out as text (see `facts/table-words.tsv`).
enum TableWords {
    static let header = FactWords.keywords(FactWords.tableTable, "header")
    static let growth = FactWords.keywords(FactWords.tableTable, "growth")
    /// Multipliers before a unit, with their powers of ten, in file order.
    static let multipliers: [(Keyword, Int)] = FactWords.tableTable.rows.compactMap { row in
        row.count > 2 && row[1] == "multiplier" ? Int(row[2]).map { (Keyword(stringLiteral: row[0]), $0) } : nil
    }
}

/// The status words, by role and flag (see `facts/status-words.tsv`).
enum StatusWords {
    private static func role(_ name: String) -> [Keyword] { FactWords.keywords(FactWords.statusTable, name) }
    private static func flag(_ name: String) -> [Keyword] { FactWords.flagged(FactWords.statusTable, name) }
    private static func output(_ name: String) -> [Keyword] { FactWords.keywords(FactWords.outputTable, name) }

    /// 初步核算, 初步测算: an estimate in its sentence (in its paragraph when it opens one).
    static let sentenceEstimate = role("estimate-sentence")
    /// 初步核算: the accounting of output, whose years reported are estimates after it.
    static let accounting = flag("accounting")
    /// Every estimate word (初步核算 first).
    static let estimate = sentenceEstimate + role("estimate")
    /// 目标: a target; for a paragraph only as a heading (目标是：).
    static let headingTarget = role("target-heading")
    /// The target words a review section keeps (力争, 确保, 目标).
    static let strictTarget = role("target-strict") + headingTarget
    /// The target words a plan reads (the strict ones, 计划, 争取, 拟).
    static let target = strictTarget + role("target")
    /// 预期: a target when a word of `afterExpectation` follows.
    static let expectation = role("expectation")
    static let afterExpectation = flag("after-expectation")
    /// What ends a target heading (目标：, 目标是, 目标为).
    static let headingEnds: Set<UInt32> = Set(
        afterExpectation.filter { $0.scalars.count == 1 }.map { $0.scalars[0] } + [UInt32(UInt8(ascii: ":"))])
    static let budget = role("budget")
    static let plannedSpending = role("planned-spending")
    static let about = role("about")
    static let noteFigures = role("note-figures")
    static let notePreliminary = role("note-preliminary")
    /// Words that look ahead (计划全年…): a year-less period they name is not past.
    static let ahead = flag("ahead")
    /// Words that make a later year named in a review planned (今年…将达305亿元).
    static let laterYear = flag("later-year")
    /// The first characters of the estimate, target and expectation words: the scan's gate.
    static let starts = ScalarGate((estimate + target + expectation).map { $0.scalars[0] })
    /// The first characters of the note words.
    static let noteStarts = ScalarGate(noteFigures.map { $0.scalars[0] })
    /// Both: the characters that may open a status word or a note.
    static let gate = ScalarGate((estimate + target + expectation + noteFigures).map { $0.scalars[0] })

    /// Indicator words that are not output, name an industry's output, a share, or output.
    static let outputExcluded = output("excluded")
    static let industryOutput = output("industry")
    static let outputShare = output("share")
    static let output = output("output")
}

/// A set of characters of the Basic Multilingual Plane as a bitmap: a membership test is one load
/// and a mask, as fast as the `switch` over literal code points it replaces.
struct ScalarGate: Sendable {
    private var bits = [UInt64](repeating: 0, count: 1024)

    init(_ scalars: some Sequence<UInt32>) {
        for scalar in scalars where scalar < 0x1_0000 { bits[Int(scalar >> 6)] |= 1 << (scalar & 63) }
    }

    @inline(__always)
    func contains(_ scalar: UInt32) -> Bool {
        scalar < 0x1_0000 && bits[Int(scalar >> 6)] & (1 << (scalar & 63)) != 0
    }
}
