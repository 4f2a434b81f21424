internal import ZhTextData

/// The words the frame reader looks for, read from the frame tables (`facts/title-words.tsv`,
/// `facts/frame-words.tsv`, `facts/section-words.tsv`): one table per question, each word in one place.
///
/// Lists searched in order (first match wins) keep the tables' order, so a longer or more
/// specific word comes before a shorter one that it contains.
enum FrameWords {
    /// Words of a title, in order: the kind they name, whether they are stripped to leave the region.
    static let titleTable = DataTable("facts/title-words.tsv") { zhtext_title_words($0) }
    /// Words of a document's head and paragraphs, by list.
    static let table = DataTable("facts/frame-words.tsv") { zhtext_frame_words($0) }
    /// Words of a section heading and the role they give.
    static let sectionTable = DataTable("facts/section-words.tsv") { zhtext_section_words($0) }

    private static func list(_ name: String) -> [Keyword] { FactWords.keywords(table, name) }
    private static func titleWords(_ column: Int, _ value: String) -> [Keyword] {
        titleTable.rows.filter { $0.count > column && $0[column] == value }.map { Keyword(stringLiteral: $0[0]) }
    }

    /// Menu words of a scraped web page that open the text (下载 打印 字号 …): never a title.
    static let furniture = list("furniture")

    /// Kinds of document by the words of their title (first match wins: 预算执行情况…的报告 is a
    /// budget report, not a work report).
    static let kinds: [(Keyword, DocumentFrame.Kind)] = titleTable.rows.compactMap { row in
        row.count > 1 ? DocumentFrame.Kind(rawValue: row[1]).map { (Keyword(stringLiteral: row[0]), $0) } : nil
    }

    /// Titles that name the year the document is given in, not the year it reports on
    /// (2026年河北省政府工作报告 reviews 2025; 关于2024年…工作情况的报告 reports on 2024).
    static let givingYearTitles = titleWords(3, "gives-year")

    /// Words of a title or speech line that make a document national: its region is `nation`.
    static let national = list("national")
    /// The region of a national document.
    static let nation = FactWords.word(table, "nation")
    /// The conventional issuer of a national work report, for a title that names none.
    static let nationalIssuer = table.rows.first { $0.count > 2 && $0[2] == "issuer" }?[0] ?? ""

    /// The words of a title that name its kind (stripped to leave the region: 2026年河北省政府工作报告 → 河北省).
    static let titleKinds = titleWords(2, "title-kind")
    /// Endings of a region's name (河北省, 广西壮族自治区, 成都市, 鄞州区).
    static let regionEnds = list("region-end")

    /// Section roles by the words of a heading, in order: the first list that has a word of the
    /// heading decides (回顾 before 目标: 一、“十三五”时期发展成就和“十四五”时期主要目标任务 reviews
    /// first; the plan part is opened by its own paragraph).
    static let pressRelease = sectionWords("press-release")
    static let budgetTable = sectionWords("budget-table")
    static let review = sectionWords("review")
    static let targets = sectionWords("targets")
    static let tasks = sectionWords("tasks")

    /// The heading words of a section role (`frame` column), or of a status (`status` column).
    static func sectionWords(_ role: String, column: Int = 1) -> [Keyword] {
        sectionTable.rows.filter { $0.count > column && $0[column] == role }.map { Keyword(stringLiteral: $0[0]) }
    }

    /// Words that count several years back from the reviewed year, after a numeral (五年来, 过去五年,
    /// 这五年, 近五年, 五年间): the text reviews that many years.
    static let spanBefore = list("span-before")
    static let spanAfter = list("span-after")

    /// Words that make the opening of a paragraph in a review about the reviewed year alone
    /// (过去一年, 一年来, 这一年, 刚刚过去的2025年 is read from its date).
    static let oneYear = list("one-year")

    /// Words that hold a ratio over the years a review counts (保持在80%以上, 稳定在): the span's.
    static let held = list("held")

    /// Characters that open a speech line before its date: —— (and ―― in some copies), （.
    static let speechOpeners: Set<UInt32> = [
        Scalar.emDash, Scalar.horizontalBar, Scalar.fullwidthLeftParenthesis, UInt32(UInt8(ascii: "(")),
    ]
    /// Words of a speech line that name the session (…在…人民代表大会第四次会议上, 全国人大二次会议).
    static let sessionWords = list("session")
    /// Opens a title written as the speech's occasion (在…会议上的政府工作报告).
    static let occasionOpeners = list("occasion")
    /// The longest heading without a number (“十四五”时期发展成就和2025年工作回顾).
    static let longestBareHeading = 24
    /// Marks that a heading does not hold: it is no sentence.
    static let sentenceMarks: Set<UInt32> = Set(
        [
            Scalar.ideographicFullStop, Scalar.fullwidthComma, Scalar.fullwidthSemicolon, Scalar.fullwidthColon,
            Scalar.fullwidthExclamationMark, Scalar.fullwidthQuestionMark,
        ] + ",;:".unicodeScalars.map(\.value))

    /// Characters before a date that make it the base or start of a comparison (比, 较, 从, 由, 自).
    static let comparisonMarks = FactWords.characters(FactWords.periodCueTable, "base")
        .union(FactWords.characters(FactWords.periodCueTable, "start"))

    /// A line's first sentence that says what the reviewed years were (这是…的五年。): a copula before, 的 right
    /// before the years, and the marks that close it; read within the first `longestHeadline` characters.
    static let headlineCopula = list("headline-copula")
    static let headlineBefore = list("headline-before")
    static let headlineEnds: Set<UInt32> = [
        Scalar.ideographicFullStop, Scalar.fullwidthComma, Scalar.fullwidthExclamationMark, 0x2C, 0x21,
    ]
    static let longestHeadline = 48

    /// How many characters of a paragraph's opening are read for a period marker.
    static let openingLength = 16
}
