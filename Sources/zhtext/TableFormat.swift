import ZhText

/// The `table` format: aligned rows for people, a header per document, a summary at the end.
enum TableFormat {
    /// The column headers of every document's table.
    static let headers = ["list", "text", "value", "unit", "notes", "at"]

    static func document(source: String, decoded: DecodedText, figures: DocumentAnalysis) -> String {
        var rows: [(Int, [String])] = []
        for item in figures.quantities {
            let value = item.value?.description ?? "\(item.low?.description ?? "?")–\(item.high?.description ?? "?")"
            let unit = [item.unit?.rawValue, item.classifier].compactMap { $0 }.joined(separator: " ")
            rows.append(
                (
                    item.scalarOffsets.lowerBound,
                    [
                        "quantity", item.text, value, unit, note(item.approximate, item.qualifier),
                        span(item.scalarOffsets),
                    ]
                ))
        }
        for item in figures.percentages {
            let notes = [item.change?.rawValue, note(item.approximate, item.qualifier)].compactMap { $0 }.filter {
                !$0.isEmpty
            }
            let value =
                item.recordValue?.description
                ?? item.numerator.map { "\($0)/\(item.denominator?.description ?? "?")" }
                ?? "\(item.low?.description ?? "?")–\(item.high?.description ?? "?")"
            rows.append(
                (
                    item.scalarOffsets.lowerBound,
                    [
                        "percentage", item.text, value, item.unit.rawValue,
                        notes.joined(separator: " "), span(item.scalarOffsets),
                    ]
                ))
        }
        for item in figures.dates {
            rows.append(
                (
                    item.scalarOffsets.lowerBound,
                    ["date", item.text, item.value ?? "?", item.kind.rawValue, "", span(item.scalarOffsets)]
                ))
        }
        for item in figures.entities {
            rows.append(
                (
                    item.scalarOffsets.lowerBound,
                    ["entity", item.text, item.type.rawValue, "", "", span(item.scalarOffsets)]
                ))
        }
        for item in figures.facts {
            let change = item.change.map { "\($0.direction?.rawValue ?? "change") \($0.value) \($0.unit.rawValue)" }
            let notes = [change, item.period, item.status.rawValue].compactMap { $0 }.joined(separator: " ")
            rows.append(
                (
                    item.scalarOffsets.lowerBound,
                    [
                        "fact", item.indicator, item.value?.description ?? "", item.unit?.rawValue ?? "",
                        notes, span(item.scalarOffsets),
                    ]
                ))
        }
        for item in figures.terms {
            rows.append((item.scalarOffsets.lowerBound, ["term", item.text, "", "", "", span(item.scalarOffsets)]))
        }
        rows.sort { $0.0 < $1.0 }
        let counts = [
            plural(figures.quantities.count, "quantity", "quantities"), plural(figures.percentages.count, "percentage"),
            plural(figures.dates.count, "date"), plural(figures.entities.count, "entity", "entities"),
            plural(figures.terms.count, "term"), plural(figures.facts.count, "fact"),
        ]
        var text =
            "\(source)  (\(decoded.encoding.rawValue), \(plural(decoded.text.unicodeScalars.count, "character")): "
        text += counts.joined(separator: ", ") + ")\n"
        guard !rows.isEmpty else { return text + "\n" }
        let table = [headers] + rows.map(\.1)
        let widths = headers.indices.map { column in table.map { displayWidth($0[column]) }.max() ?? 0 }
        for cells in table {
            text +=
                "  "
                + cells.enumerated().map { column, cell in
                    column == cells.count - 1
                        ? cell : cell + String(repeating: " ", count: widths[column] - displayWidth(cell))
                }.joined(separator: "  ") + "\n"
        }
        return text + "\n"
    }

    static func failure(_ error: TextInputError, source: String) -> String {
        "\(source)\n  error \(error.code): \(error.message)\n\n"
    }

    /// The closing line: documents, errors and items over the whole run.
    static func summary(documents: Int, errors: Int, items: Int) -> String {
        "\(plural(documents, "document")), \(plural(errors, "error")), \(plural(items, "item")) in all\n"
    }

    /// `1 document`, `2 documents`.
    static func plural(_ count: Int, _ one: String, _ many: String? = nil) -> String {
        "\(count) \(count == 1 ? one : many ?? one + "s")"
    }

    private static func note(_ approximate: Bool, _ qualifier: String?) -> String {
        guard let qualifier else { return approximate ? "approximate" : "" }
        return approximate ? "approximate (\(qualifier))" : qualifier
    }

    private static func span(_ range: Range<Int>) -> String { "\(range.lowerBound)–\(range.upperBound)" }

    /// Columns in a terminal: East Asian wide and full-width characters take two.
    static func displayWidth(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { width, scalar in
            let value = scalar.value
            let wide =
                (0x1100...0x115F).contains(value) || (0x2E80...0xA4CF).contains(value)
                || (0xAC00...0xD7A3).contains(value) || (0xF900...0xFAFF).contains(value)
                || (0xFE30...0xFE4F).contains(value)
                || (0xFF00...0xFF60).contains(value) || (0xFFE0...0xFFE6).contains(value)
                || (0x20000...0x3FFFD).contains(value)
            return width + (wide ? 2 : 1)
        }
    }
}
