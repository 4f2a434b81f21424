/// The frame of a document as a reader takes it from its first lines and its headings: the
/// title, the dateline, the region it is about, its kind, the year it reports on, and what each
/// top-level section is (a review of last year, a review of several years, targets, tasks…).
///
/// Facts take their periods and statuses from the frame and the sentence: a figure in a review of
/// 2025 is a result of 2025, a cumulative figure in a review of the past five years is for the
/// span (`"2021/2025"`), a figure in the plan for 2026 is a target of 2026.
///
/// ```swift
/// let frame = DocumentAnalyzer().analyze(report).document
/// frame.title    // "2026年河北省政府工作报告"
/// frame.region   // "河北省"
/// frame.date     // "2026-01-26", the dateline (——2026年1月26日在…会议上), not the page's time
/// frame.kind     // .workReport
/// frame.year     // 2025: a work report given in 2026 reviews 2025
/// ```
public struct DocumentFrame: Sendable, Hashable {
    /// What kind of document it is.
    public enum Kind: String, Sendable, Hashable, Codable {
        /// A government work report (政府工作报告).
        case workReport = "work-report"
        /// A statistical bulletin (统计公报).
        case bulletin
        /// A budget report (预算执行情况和预算草案的报告).
        case budgetReport = "budget-report"
        /// News about such documents.
        case news
    }

    /// A top-level section (一、… 二、…) and what it is.
    public struct Section: Sendable, Hashable {
        /// What a section does.
        public enum Role: String, Sendable, Hashable, Codable {
            /// A review of one year (一、2025年工作回顾): its figures are results of that year.
            case review
            /// A review of several years (过去五年工作回顾, “十四五”时期回顾): cumulative figures
            /// are for the span, levels reached for its last year.
            case reviewOfYears = "review-of-years"
            /// Targets (主要预期目标, “十五五”时期主要目标).
            case targets
            /// Work planned (2026年重点工作, 工作安排, 对今年工作的建议).
            case tasks
            /// A budget table (预算表, 附表).
            case budgetTable = "budget-table"
            /// A press release quoted inside the document (统计处新闻公报).
            case pressRelease = "press-release"
            /// Anything else (一、综合 in a bulletin, 加强政府自身建设).
            case other
        }

        /// The heading as written.
        public var heading: String
        /// What the section does (review, plan, tasks…).
        public var role: Role
        /// The period the section is about: `"2025"`, `"2021/2025"`, `"2026"`; nil when unknown.
        public var period: String?
        /// The section in the original text, from its heading to the next heading.
        public var range: Range<String.Index>
        /// The same, in Unicode scalars.
        public var scalarOffsets: Range<Int>
    }

    /// The title as written, completed with the year and the issuing government when the written
    /// title names neither (政府工作报告 given in 2021 by the State Council → 2021年国务院政府工作报告).
    public var title: String?
    /// The place the document is about: `中国` for national documents, else the province, city or
    /// district as its title or speech line names it (河北省).
    public var region: String?
    /// The dateline's day (`"2026-01-26"`): the date of the speech line, else the first full date
    /// of the opening lines that is not a page's publication time.
    public var date: String?
    /// What kind of document it is, when its title or opening says.
    public var kind: Kind?
    /// The year the document reports on: the year before the dateline for work and budget reports,
    /// the title's year for a bulletin, the dateline's year for news.
    public var year: Int?
    /// The top-level sections in text order.
    public var sections: [Section]

    /// A frame with the given fields (the analyzer reads one from the text).
    public init(
        title: String? = nil, region: String? = nil, date: String? = nil, kind: Kind? = nil, year: Int? = nil,
        sections: [Section] = []
    ) {
        self.title = title
        self.region = region
        self.date = date
        self.kind = kind
        self.year = year
        self.sections = sections
    }
}
