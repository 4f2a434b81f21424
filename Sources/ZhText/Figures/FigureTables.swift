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

    /// The rows of an embedded table: its non-comment lines split at tabs.
    static func rows(_ bytes: UnsafePointer<UInt8>?, _ size: Int) -> [[String]] {
        guard let bytes else { return [] }
        let text = String(decoding: UnsafeBufferPointer(start: bytes, count: size), as: UTF8.self)
        return text.split(separator: "\n").compactMap { line in
            guard !line.hasPrefix("# "), line != "#", !line.allSatisfy(\.isWhitespace) else { return nil }
            return line.split(separator: "\t", omittingEmptySubsequences: false).map { String($0) }
        }
    }

    private static func table(_ accessor: (UnsafeMutablePointer<Int>) -> UnsafePointer<UInt8>?) -> [[String]] {
        var size = 0
        let bytes = accessor(&size)
        return rows(bytes, size)
    }

    /// Period references (`period-words.tsv`): pattern and rule, longest first.
    static let periodWords: [(pattern: Pattern, rule: String)] = table { zhtext_period_words($0) }
        .map { (Pattern($0[0]), $0.count > 1 ? $0[1] : "open") }
        .sorted { $0.pattern.literalLength > $1.pattern.literalLength }

    /// Five-year plans by short name (`plan-periods.tsv`), longest name first.
    static let planPeriods: [(name: [UInt32], firstYear: Int)] = table { zhtext_plan_periods($0) }
        .compactMap { row in
            guard row.count > 1, let year = Int(row[1]) else { return nil }
            return (row[0].unicodeScalars.map(\.value), year)
        }
        .sorted { $0.name.count > $1.name.count }

    /// Numerals that are not figures (`non-figures.tsv`): pattern and rule.
    static let nonFigures: [(pattern: Pattern, rule: String)] = table { zhtext_non_figures($0) }
        .map { (Pattern($0[0]), $0.count > 1 ? $0[1] : "word") }
        .sorted { $0.pattern.literalLength > $1.pattern.literalLength }

    /// Units added to ``UnitTable`` (`units.tsv`): form and entry; a nil unit is kept only as written.
    static let units: [(form: String, unit: MeasureUnit?, power: Int, classifier: String?)] = table { zhtext_figure_units($0) }
        .compactMap { row in
            guard row.count > 1 else { return nil }
            let unit = row[1] == "-" ? nil : MeasureUnit(rawValue: row[1])
            if row[1] != "-", unit == nil { preconditionFailure("units.tsv: unknown unit \(row[1]) for \(row[0])") }
            let power = row.count > 2 ? Int(row[2]) ?? 0 : 0
            let classifier = row.count > 3 && !row[3].isEmpty ? row[3] : nil
            return (row[0], unit, power, classifier)
        }
}

/// A set of BMP scalars as a bitmap: a membership test is one load and a mask, for the gates
/// that the grammars check at every token.
struct ScalarBitmap: Sendable {
    private var words = [UInt64](repeating: 0, count: 1024)

    init<S: Sequence>(_ scalars: S) where S.Element == UInt32 {
        for scalar in scalars where scalar < 0x10000 { words[Int(scalar >> 6)] |= 1 << UInt64(scalar & 63) }
    }

    @inline(__always)
    func contains(_ scalar: UInt32) -> Bool {
        scalar < 0x10000 && words[Int(scalar >> 6)] & (1 << UInt64(scalar & 63)) != 0
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
            entries.append(Entry(headStart: headStart, headCount: pattern.head.count, tailStart: tailStart,
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

