import ArgumentParser
import Foundation
import ZhText

/// The output formats of `zhtext extract`.
enum RecordFormat: String, ExpressibleByArgument, CaseIterable, Sendable {
    /// One JSON record per document and line (the default when the output is not a terminal).
    case jsonl
    /// One JSON array of the records.
    case json
    /// One row per extracted item (RFC 4180, UTF-8), for spreadsheets and data frames.
    case csv
    /// Aligned rows for people (the default on a terminal).
    case table
    /// A SQLite database (needs `--output`): one row per document and per item (SQLiteFormat).
    case sqlite

    /// What comes before the first document (`bom`: a UTF-8 byte order mark before CSV, for Excel).
    func header(bom: Bool = false) -> String {
        switch self {
        case .json: "["
        case .csv: (bom ? "\u{FEFF}" : "") + CSVFormat.header
        case .jsonl, .table, .sqlite: ""
        }
    }

    /// What separates two documents' outputs.
    var separator: String { self == .json ? "," : "" }

    /// What comes after the last document.
    var footer: String { self == .json ? "\n]\n" : "" }

    /// A document's output.
    func document(source: RecordSource, decoded: DecodedText, figures: DocumentAnalysis) -> String {
        switch self {
        case .jsonl: DocumentRecord.json(source: source.record, decoded: decoded, analysis: figures) + "\n"
        case .json: "\n" + DocumentRecord.json(source: source.record, decoded: decoded, analysis: figures)
        case .csv: CSVFormat.document(source: source.text, decoded: decoded, figures: figures)
        case .table: TableFormat.document(source: source.text, decoded: decoded, figures: figures)
        case .sqlite: ""  // rows, not text: SQLiteFormat.rows
        }
    }

    /// The output for a document that could not be analysed.
    func failure(_ error: TextInputError, source: RecordSource) -> String {
        switch self {
        case .jsonl: DocumentRecord.json(error: error, source: source.record) + "\n"
        case .json: "\n" + DocumentRecord.json(error: error, source: source.record)
        case .csv: CSVFormat.failure(error, source: source.text)
        case .table: TableFormat.failure(error, source: source.text)
        case .sqlite: ""
        }
    }
}

/// The `csv` format: one `document` row per analysed document (so a document with no items is
/// still there), one row per extracted item, and one `error` row per failed document.
enum CSVFormat {
    static let columns = [
        "source", "kind", "text", "start", "end", "value", "unit", "classifier", "type", "approximate", "qualifier",
        "low", "high", "change", "date_kind", "error_code", "error_message", "change_value", "change_unit", "period",
        "status", "encoding", "characters", "numerator", "denominator", "canonical", "subject", "change_low",
        "change_high", "baseline_value", "baseline_period",
    ]

    static let header = columns.joined(separator: ",") + "\r\n"

    static func document(source: String, decoded: DecodedText, figures: DocumentAnalysis) -> String {
        var rows: [(Int, [String: String])] = [
            (
                -1,
                [
                    "kind": "document", "encoding": decoded.encoding.rawValue,
                    "characters": String(decoded.text.unicodeScalars.count),
                ]
            )
        ]
        for item in figures.quantities {
            rows.append(
                (
                    item.scalarOffsets.lowerBound,
                    [
                        "kind": "quantity", "text": item.text, "value": item.value?.description ?? "",
                        "unit": item.unit?.rawValue ?? "", "classifier": item.classifier ?? "",
                        "approximate": String(item.approximate), "qualifier": item.qualifier ?? "",
                        "low": item.low?.description ?? "", "high": item.high?.description ?? "",
                        "start": String(item.scalarOffsets.lowerBound), "end": String(item.scalarOffsets.upperBound),
                    ]
                ))
        }
        for item in figures.percentages {
            rows.append(
                (
                    item.scalarOffsets.lowerBound,
                    [
                        "kind": "percentage", "text": item.text, "value": item.recordValue?.description ?? "",
                        "unit": item.unit.rawValue, "approximate": String(item.approximate),
                        "qualifier": item.qualifier ?? "",
                        "change": item.change?.rawValue ?? "", "low": item.low?.description ?? "",
                        "high": item.high?.description ?? "",
                        "numerator": item.numerator?.description ?? "",
                        "denominator": item.denominator?.description ?? "",
                        "start": String(item.scalarOffsets.lowerBound), "end": String(item.scalarOffsets.upperBound),
                    ]
                ))
        }
        for item in figures.dates {
            rows.append(
                (
                    item.scalarOffsets.lowerBound,
                    [
                        "kind": "date", "text": item.text, "value": item.value ?? "", "date_kind": item.kind.rawValue,
                        "start": String(item.scalarOffsets.lowerBound), "end": String(item.scalarOffsets.upperBound),
                    ]
                ))
        }
        for item in figures.entities {
            rows.append(
                (
                    item.scalarOffsets.lowerBound,
                    [
                        "kind": "entity", "text": item.text, "type": item.type.rawValue,
                        "start": String(item.scalarOffsets.lowerBound), "end": String(item.scalarOffsets.upperBound),
                    ]
                ))
        }
        for item in figures.facts {
            // The same bounds and qualifier as the database's facts table.
            let bounds = FactFigures(of: item, in: figures, text: decoded.text)
            rows.append(
                (
                    item.scalarOffsets.lowerBound,
                    [
                        "kind": "fact", "text": item.indicator, "value": item.value?.description ?? "",
                        "unit": item.unit?.rawValue ?? "",
                        "approximate": String(bounds.approximate), "qualifier": bounds.qualifier ?? "",
                        "low": bounds.low?.description ?? "", "high": bounds.high?.description ?? "",
                        "change": item.change?.direction?.rawValue ?? "",
                        "change_value": item.change?.recordValue?.description ?? "",
                        "change_low": bounds.changeLow?.description ?? "",
                        "change_high": bounds.changeHigh?.description ?? "",
                        "change_unit": item.change?.unit.rawValue ?? "", "period": item.period ?? "",
                        "status": item.status.rawValue,
                        "canonical": item.canonical?.id ?? "", "subject": item.subject ?? "",
                        "baseline_value": item.baseline?.value.description ?? "",
                        "baseline_period": item.baseline?.period ?? "",
                        "start": String(item.scalarOffsets.lowerBound), "end": String(item.scalarOffsets.upperBound),
                    ]
                ))
        }
        for item in figures.terms {
            rows.append(
                (
                    item.scalarOffsets.lowerBound,
                    [
                        "kind": "term", "text": item.text,
                        "start": String(item.scalarOffsets.lowerBound), "end": String(item.scalarOffsets.upperBound),
                    ]
                ))
        }
        rows.sort { $0.0 < $1.0 }
        return rows.map { row(source: source, $0.1) }.joined()
    }

    static func failure(_ error: TextInputError, source: String) -> String {
        row(source: source, ["kind": "error", "error_code": error.code.rawValue, "error_message": error.message])
    }

    private static func row(source: String, _ fields: [String: String]) -> String {
        var values = fields
        values["source"] = source
        return columns.map { quoted(values[$0] ?? "") }.joined(separator: ",") + "\r\n"
    }

    /// RFC 4180: a field with a comma, quote or line break is quoted, its quotes doubled.
    static func quoted(_ field: String) -> String {
        guard field.unicodeScalars.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else {
            return field
        }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
