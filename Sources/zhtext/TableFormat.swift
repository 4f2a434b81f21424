import ZhText

/// The `table` format: aligned rows for people.
enum TableFormat {
    static func document(source: String, decoded: DecodedText, figures: DocumentAnalysis) -> String {
        var rows: [(Int, [String])] = []
        for item in figures.quantities {
            let value = item.value?.description ?? "\(item.low?.description ?? "?")–\(item.high?.description ?? "?")"
            let unit = [item.unit?.rawValue, item.classifier].compactMap { $0 }.joined(separator: " ")
            rows.append((item.scalarOffsets.lowerBound, ["quantity", item.text, value, unit, note(item.approximate, item.qualifier), span(item.scalarOffsets)]))
        }
        for item in figures.percentages {
            rows.append((item.scalarOffsets.lowerBound, ["percentage", item.text, item.value.description, item.unit.rawValue,
                                                         [item.change?.rawValue, note(item.approximate, item.qualifier)].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: " "),
                                                         span(item.scalarOffsets)]))
        }
        for item in figures.dates {
            rows.append((item.scalarOffsets.lowerBound, ["date", item.text, item.value ?? "?", item.kind.rawValue, "", span(item.scalarOffsets)]))
        }
        for item in figures.entities {
            rows.append((item.scalarOffsets.lowerBound, ["entity", item.text, item.kind.rawValue, "", "", span(item.scalarOffsets)]))
        }
        for item in figures.facts {
            let value = [item.value?.description, item.unit].compactMap { $0 }.joined(separator: " ")
            let change = item.change.map { "\($0.direction?.rawValue ?? "") \($0.value) \($0.unit.rawValue)" } ?? ""
            rows.append((item.scalarOffsets.lowerBound, ["fact", item.indicator, value, change, "\(item.period ?? "?") \(item.status.rawValue)", span(item.scalarOffsets)]))
        }
        for item in figures.terms {
            rows.append((item.scalarOffsets.lowerBound, ["term", item.text, "", "", "", span(item.scalarOffsets)]))
        }
        rows.sort { $0.0 < $1.0 }
        var text = "\(source)  (\(decoded.encoding.rawValue), \(decoded.text.unicodeScalars.count) characters: "
        text += "\(figures.quantities.count) quantities, \(figures.percentages.count) percentages, \(figures.dates.count) dates, \(figures.entities.count) entities, \(figures.terms.count) terms, \(figures.facts.count) facts)\n"
        let widths = (0..<6).map { column in rows.map { displayWidth($0.1[column]) }.max() ?? 0 }
        for (_, cells) in rows {
            text += "  " + cells.enumerated().map { column, cell in
                column == cells.count - 1 ? cell : cell + String(repeating: " ", count: widths[column] - displayWidth(cell))
            }.joined(separator: "  ") + "\n"
        }
        return text + "\n"
    }

    private static func note(_ approximate: Bool, _ qualifier: String?) -> String {
        guard let qualifier else { return approximate ? "approximate" : "" }
        return approximate ? "approximate (\(qualifier))" : qualifier
    }

    private static func span(_ range: Range<Int>) -> String { "\(range.lowerBound)–\(range.upperBound)" }

    /// Columns in a terminal: East Asian wide characters take two.
    private static func displayWidth(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { $0 + ($1.value >= 0x1100 && ($1.value <= 0x115F || $1.value >= 0x2E80) ? 2 : 1) }
    }
}
