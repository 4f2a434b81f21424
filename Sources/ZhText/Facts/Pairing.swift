/// The state the pairing rules share while the figures are walked in text order: the facts made
/// so far, where the current sentence and paragraph start, the total whose parts follow, a change
/// waiting for its level (从A提高到B), and what the rules read about the figure at `index`.
struct Pairing {
    let figures: [FactExtractor.Figure]
    let dates: [DateMention]
    let yearOfText: (Int) -> Int?
    /// The rows `TableReader` read: their figures are the table's.
    let rows: [TableReader.Row]
    let text: Indicator

    /// The facts made so far.
    var found: [FactExtractor.Found] = []
    /// The figure being paired.
    var index = 0
    /// The first row that does not end before the figure.
    var rowIndex = 0
    /// Where the current sentence (up to 。 or ；) starts, and its facts (indices into `found`).
    var sentenceStart = -1
    var sentenceFacts: [Int] = []
    /// The figure the last fact was made for.
    var lastFigure = -1
    /// Where the current paragraph starts, and its first fact: the subject of its account terms.
    var paragraphStart = -1
    var paragraphFirst: Int?
    /// Whether the figure reached the sentence stage: its paragraph's first fact is noted after it.
    var tracksParagraph = false
    /// The total whose parts follow (粮食总产量…，其中稻谷 → 稻谷产量), and the label they are under.
    var parts = Parts()
    /// An indicator waiting for the figure it went to, with the figure it started from and that one's year.
    var pending: (pieces: [Indicator.Piece], clause: Int, figure: FactExtractor.Figure, period: String?)?

    // What the rules read about the current figure.

    /// Where its clause starts.
    var clause = 0
    /// Where the words before it start: its clause, or the end of the figure before.
    var headStart = 0
    /// The indicator of the sentence's last fact.
    var previous: [Indicator.Piece]?
    /// Where its line starts.
    var lineStart = 0
    /// Where its sentence (up to 。) starts.
    var periodStart = 0
    /// Where a change starts before it (从2020年的…), and the year written with the start.
    var changeStart: (mark: Int, period: String?)?
    /// The phrase before it.
    var head: Indicator.Head?
    /// Whether a list joint (和, 及) opens its head right after the figure before (rule joined-item).
    var joined = false

    init(
        figures: [FactExtractor.Figure], dates: [DateMention], yearOfText: @escaping (Int) -> Int?,
        rows: [TableReader.Row], text: Indicator
    ) {
        self.figures = figures
        self.dates = dates
        self.yearOfText = yearOfText
        self.rows = rows
        self.text = text
    }

    /// The figure being paired.
    var figure: FactExtractor.Figure { figures[index] }

    /// Adds a fact made for the figure at `item` (the current one unless given).
    mutating func add(_ fact: FactExtractor.Found, for item: Int? = nil) {
        found.append(fact)
        sentenceFacts.append(found.count - 1)
        lastFigure = item ?? index
    }

    /// Notes the paragraph's first fact once the figure is paired.
    mutating func noteParagraphFirst() {
        if paragraphFirst == nil, let last = found.last, last.range.lowerBound >= lineStart {
            paragraphFirst = found.count - 1
        }
    }

    /// The total whose parts follow, the unit they must share, and the label (主要工业产品产量：)
    /// they are listed under.
    struct Parts {
        /// The total's indicator.
        var parent: [Indicator.Piece]?
        /// The unit a part must be measured in.
        var unit = PartUnit.same(nil)
        /// The sentence (up to 。) the total holds in.
        var scope = -1
        /// A label and its sentence.
        var label: (pieces: [Indicator.Piece], scope: Int)?
        /// Whether the label's parts go inside its name (在…中).
        var insideTotal = false
    }

    /// The unit the parts of a total are measured in.
    enum PartUnit: Equatable {
        /// A label's items are measured in their own units.
        case any
        /// The total's unit (a part measured otherwise, 其中产业类项目412个, is no part).
        case same(Fact.Unit?)
    }
}
