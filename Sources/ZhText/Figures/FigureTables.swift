internal import ZhTextData

/// The figure and date grammars' word tables, read once from the embedded `figures/*.tsv` files.
///
/// Each table is UTF-8 text, one entry a line, fields separated by tabs, `# ` (with a space) starting a comment
/// line. A pattern's `#` stands for a number. The grammars keep no word lists of their own for
/// what these tables hold: adding a word is adding a line.
enum FigureTables {
    /// A pattern split at its number slot: the literal before it and after it (`过去` / `年`).
    struct Pattern: Sendable {
        let text: String
        let head: [UInt32]
        let tail: [UInt32]
        /// Whether the pattern has a number slot at all (目前 has none).
        let hasSlot: Bool

        init(_ text: String) {
            self.text = text
            let parts = text.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
            head = parts[0].unicodeScalars.map(\.value)
            tail = parts.count > 1 ? parts[1].unicodeScalars.map(\.value) : []
            hasSlot = parts.count > 1
        }

        /// The pattern's length without the slot, used to try longer patterns first.
        var literalLength: Int { head.count + tail.count }
    }

    /// The embedded tables, parsed once.
    static let periodWordsTable = DataTable("figures/period-words.tsv") { zhtext_period_words($0) }
    static let planPeriodsTable = DataTable("figures/plan-periods.tsv") { zhtext_plan_periods($0) }
    static let nonFiguresTable = DataTable("figures/non-figures.tsv") { zhtext_non_figures($0) }
    static let unitsTable = DataTable("figures/units.tsv") { zhtext_figure_units($0) }
    static let changeWordsTable = DataTable("figures/change-words.tsv") { zhtext_change_words($0) }
    static let qualifiersTable = DataTable("figures/qualifiers.tsv") { zhtext_qualifiers($0) }
    static let rangeConnectorsTable = DataTable("figures/range-connectors.tsv") { zhtext_range_connectors($0) }
    static let punctuationTable = DataTable("figures/punctuation.tsv") { zhtext_punctuation($0) }
    static let figureWordsTable = DataTable("figures/figure-words.tsv") { zhtext_figure_words($0) }
    static let dateWordsTable = DataTable("figures/date-words.tsv") { zhtext_date_words($0) }

    /// A table field as scalars: `U+XXXX` names one character by its code point (a space, a line break).
    static func scalars(_ field: String) -> [UInt32] {
        if field.hasPrefix("U+"), field.count > 2, let value = UInt32(field.dropFirst(2), radix: 16) { return [value] }
        return field.unicodeScalars.map(\.value)
    }

    /// A row's comma-separated list in column `column` (roles, uses, flags); empty when the row has none.
    static func list(_ row: [String], _ column: Int) -> [String] {
        row.count > column ? row[column].split(separator: ",").map { String($0) } : []
    }

    /// The words of `table` whose list in `column` names `role`, in the table's order.
    static func words(_ table: DataTable, _ column: Int, _ role: String) -> [Keyword] {
        table.rows.filter { list($0, column).contains(role) }.map { Keyword($0[0]) }
    }

    /// The one word of `table` with `role` (the code needs exactly one).
    static func word(_ table: DataTable, _ column: Int, _ role: String) -> Keyword {
        guard let word = words(table, column, role).first else { preconditionFailure("\(table.name): no \(role)") }
        return word
    }

    /// Period references (`period-words.tsv`): pattern and rule, longest first.
    static let periodWords: [(pattern: Pattern, rule: String)] = periodWordsTable.rows
        .map { (Pattern($0[0]), $0.count > 1 ? $0[1] : "open") }
        .sorted { $0.pattern.literalLength > $1.pattern.literalLength }

    /// Five-year plans by short name (`plan-periods.tsv`), longest name first.
    static let planPeriods: [(name: [UInt32], firstYear: Int)] = planPeriodsTable.rows
        .compactMap { row in
            guard row.count > 1, let year = Int(row[1]) else { return nil }
            return (row[0].unicodeScalars.map(\.value), year)
        }
        .sorted { $0.name.count > $1.name.count }

    /// Numerals that are not figures (`non-figures.tsv`): pattern and rule.
    static let nonFigures: [(pattern: Pattern, rule: String)] = nonFiguresTable.rows
        .map { (Pattern($0[0]), $0.count > 1 ? $0[1] : "word") }
        .sorted { $0.pattern.literalLength > $1.pattern.literalLength }

    /// A row of `units.tsv`: form, canonical unit (nil: kept as written), power of ten, classifier, flags.
    struct UnitRow: Sendable {
        let form: String
        let unit: MeasureUnit?
        let power: Int
        let classifier: String?
        let flags: [String]
    }

    /// The unit forms (`units.tsv`); a `count` unit's classifier is its form.
    static let units: [UnitRow] = unitsTable.rows.compactMap { row in
        guard row.count > 1 else { return nil }
        let unit = row[1] == "-" ? nil : MeasureUnit(rawValue: row[1])
        if row[1] != "-", unit == nil { preconditionFailure("units.tsv: unknown unit \(row[1]) for \(row[0])") }
        let power = row.count > 2 ? Int(row[2]) ?? 0 : 0
        return UnitRow(
            form: row[0], unit: unit, power: power, classifier: unit == .count ? row[0] : nil,
            flags: list(row, 3))
    }
}

/// A set of BMP scalars as a bitmap: a membership test is one load and a mask, for the gates
/// that the grammars check at every token.
struct ScalarBitmap: Sendable {
    private var words = [UInt64](repeating: 0, count: 1024)

    init<S: Sequence>(_ scalars: S) where S.Element == UInt32 {
        for scalar in scalars where scalar < Scalar.pastBMP { words[Int(scalar >> 6)] |= 1 << UInt64(scalar & 63) }
    }

    @inline(__always)
    func contains(_ scalar: UInt32) -> Bool {
        scalar < Scalar.pastBMP && words[Int(scalar >> 6)] & (1 << UInt64(scalar & 63)) != 0
    }
}

/// Patterns compiled into one flat scalar buffer and plain entries, so that trying them at every
/// token costs no reference counting: a pattern is a head, a number slot or none, and a tail.
struct CompiledPatterns<Rule: Sendable>: Sendable {
    struct Entry: Sendable {
        let headStart: Int, headCount: Int, tailStart: Int, tailCount: Int
        let hasSlot: Bool
        let rule: Rule
    }

    let scalars: [UInt32]
    let entries: [Entry]

    init(_ patterns: [(pattern: FigureTables.Pattern, rule: Rule)]) {
        var scalars: [UInt32] = []
        var entries: [Entry] = []
        for (pattern, rule) in patterns {
            let headStart = scalars.count
            scalars += pattern.head
            let tailStart = scalars.count
            scalars += pattern.tail
            entries.append(
                Entry(
                    headStart: headStart, headCount: pattern.head.count, tailStart: tailStart,
                    tailCount: pattern.tail.count, hasSlot: pattern.hasSlot, rule: rule))
        }
        self.scalars = scalars
        self.entries = entries
    }

    /// Whether `count` scalars of the buffer from `start` are spelled in `s` at `index`.
    @inline(__always)
    func spelled(_ start: Int, _ count: Int, in s: UnsafeBufferPointer<UInt32>, at index: Int) -> Bool {
        guard index >= 0, index + count <= s.count else { return false }
        var offset = 0
        while offset < count {
            if s[index + offset] != scalars[start + offset] { return false }
            offset += 1
        }
        return true
    }
}

extension Scalar {
    /// The first scalar past the Basic Multilingual Plane (U+10000): bitmaps and class tables cover
    /// the BMP.
    static let pastBMP: UInt32 = 0x10000
}
