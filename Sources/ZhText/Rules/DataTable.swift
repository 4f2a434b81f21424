/// One embedded UTF-8 knowledge table: its name and its rows, parsed once.
///
/// The tables live under `Sources/ZhTextData/` and are compiled into the binary with `#embed`.
/// Format: one entry a line, fields separated by tabs, a line starting with `# ` (or a lone `#`)
/// is a comment, blank lines are skipped. A table's first field is its key unless its loader
/// says otherwise; ``DataTable/duplicateKeys`` lists keys written twice, which the table test
/// rejects ("one place per word").
struct DataTable: Sendable {
    /// The table's path under `Sources/ZhTextData/` (`figures/units.tsv`), for messages.
    let name: String
    /// The non-comment lines, split at tabs.
    let rows: [[String]]

    /// Reads an embedded table through its C accessor (`zhtext_figure_units`).
    init(_ name: String, _ accessor: (UnsafeMutablePointer<Int>) -> UnsafePointer<UInt8>?) {
        var size = 0
        let bytes = accessor(&size)
        self.init(
            name, text: bytes.map { String(decoding: UnsafeBufferPointer(start: $0, count: size), as: UTF8.self) } ?? ""
        )
    }

    /// Parses a table's text (used by the accessor initializer and by tests).
    init(_ name: String, text: String) {
        self.name = name
        rows = text.split(separator: "\n").compactMap { line in
            guard !line.hasPrefix("# "), line != "#", !line.allSatisfy(\.isWhitespace) else { return nil }
            return line.split(separator: "\t", omittingEmptySubsequences: false).map { String($0) }
        }
    }

    /// The first field of every row.
    var keys: [String] { rows.map { $0[0] } }

    /// The rows whose second field (a class or list name) is `column1`, as their first fields.
    func words(in column1: String) -> [String] {
        rows.filter { $0.count > 1 && $0[1] == column1 }.map { $0[0] }
    }

    /// Keys written on more than one row.
    var duplicateKeys: [String] {
        var seen = Set<String>(), twice = [String]()
        for key in keys where !seen.insert(key).inserted { twice.append(key) }
        return twice
    }
}
