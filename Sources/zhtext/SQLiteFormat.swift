import Foundation
import GRDB
import ZhText

/// `--format sqlite`: the records as a SQLite database, one row per document and per item.
///
/// The schema (README, "The database") has `schema_version`, `documents` and one table per list,
/// keyed by `document_id`. Decimals are exact decimal strings (TEXT), as in the records; SQL
/// compares them after `CAST(value AS REAL)`.
enum SQLiteFormat {
    /// The database's version; removing or renaming a column bumps it.
    static let version = 1

    static let schema = """
        CREATE TABLE schema_version (version INTEGER NOT NULL);
        CREATE TABLE documents (
            id INTEGER PRIMARY KEY, source TEXT, line INTEGER, encoding TEXT, characters INTEGER,
            title TEXT, region TEXT, date TEXT, kind TEXT, year INTEGER,
            error_code TEXT, error_message TEXT, text TEXT);
        CREATE TABLE quantities (
            document_id INTEGER NOT NULL REFERENCES documents(id), text TEXT, start INTEGER, "end" INTEGER,
            value TEXT, unit TEXT, number TEXT, multiplier TEXT, surface_unit TEXT, classifier TEXT,
            approximate INTEGER, qualifier TEXT, low TEXT, high TEXT);
        CREATE TABLE percentages (
            document_id INTEGER NOT NULL REFERENCES documents(id), text TEXT, start INTEGER, "end" INTEGER,
            value TEXT, unit TEXT, approximate INTEGER, qualifier TEXT, change TEXT,
            low TEXT, high TEXT, numerator TEXT, denominator TEXT);
        CREATE TABLE dates (
            document_id INTEGER NOT NULL REFERENCES documents(id), text TEXT, start INTEGER, "end" INTEGER,
            value TEXT, kind TEXT);
        CREATE TABLE entities (
            document_id INTEGER NOT NULL REFERENCES documents(id), text TEXT, start INTEGER, "end" INTEGER, type TEXT);
        CREATE TABLE terms (
            document_id INTEGER NOT NULL REFERENCES documents(id), text TEXT, start INTEGER, "end" INTEGER);
        CREATE TABLE facts (
            document_id INTEGER NOT NULL REFERENCES documents(id), subject TEXT, indicator TEXT, canonical TEXT,
            period TEXT, status TEXT, value TEXT, unit TEXT, approximate INTEGER, qualifier TEXT, low TEXT, high TEXT,
            change_direction TEXT, change_value TEXT, change_low TEXT, change_high TEXT, change_unit TEXT,
            baseline_value TEXT, baseline_period TEXT, start INTEGER, "end" INTEGER, text TEXT);
        """

    /// Made after the rows are in (faster than keeping them up to date row by row).
    static let indexes = """
        CREATE INDEX facts_by_canonical ON facts(canonical, period, subject);
        CREATE INDEX facts_by_document ON facts(document_id);
        CREATE INDEX quantities_by_document ON quantities(document_id);
        CREATE INDEX percentages_by_document ON percentages(document_id);
        CREATE INDEX dates_by_document ON dates(document_id);
        CREATE INDEX entities_by_document ON entities(document_id, type);
        CREATE INDEX terms_by_document ON terms(document_id);
        CREATE INDEX documents_by_source ON documents(source);
        """

    static let inserts: [String: String] = [
        "documents": "INSERT INTO documents VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
        "quantities": "INSERT INTO quantities VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        "percentages": "INSERT INTO percentages VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
        "dates": "INSERT INTO dates VALUES (?,?,?,?,?,?)",
        "entities": "INSERT INTO entities VALUES (?,?,?,?,?)",
        "terms": "INSERT INTO terms VALUES (?,?,?,?)",
        "facts": "INSERT INTO facts VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
    ]

    /// The rows of an analysed document (made on a worker).
    static func rows(id: Int, source: RecordSource, decoded: DecodedText, analysis: DocumentAnalysis) -> DocumentRows {
        let document = id.databaseValue
        let frame = analysis.document
        var rows = DocumentRows()
        rows.add(
            "documents",
            [
                document, sourceName(source), sourceLine(source), decoded.encoding.rawValue.databaseValue,
                decoded.text.unicodeScalars.count.databaseValue, text(frame.title), text(frame.region),
                text(frame.date),
                text(frame.kind?.rawValue), frame.year?.databaseValue ?? .null, .null, .null,
                decoded.text.databaseValue,
            ])
        for item in analysis.quantities {
            rows.add(
                "quantities",
                [
                    document, item.text.databaseValue, item.scalarOffsets.lowerBound.databaseValue,
                    item.scalarOffsets.upperBound.databaseValue,
                    text(item.value), text(item.unit?.rawValue), text(item.number), text(item.multiplier),
                    text(item.surfaceUnit),
                    text(item.classifier), item.approximate.databaseValue, text(item.qualifier), text(item.low),
                    text(item.high),
                ])
        }
        for item in analysis.percentages {
            rows.add(
                "percentages",
                [
                    document, item.text.databaseValue, item.scalarOffsets.lowerBound.databaseValue,
                    item.scalarOffsets.upperBound.databaseValue,
                    text(item.recordValue), item.unit.rawValue.databaseValue, item.approximate.databaseValue,
                    text(item.qualifier), text(item.change?.rawValue), text(item.low), text(item.high),
                    text(item.numerator),
                    text(item.denominator),
                ])
        }
        for item in analysis.dates {
            rows.add(
                "dates",
                [
                    document, item.text.databaseValue, item.scalarOffsets.lowerBound.databaseValue,
                    item.scalarOffsets.upperBound.databaseValue,
                    text(item.value), item.kind.rawValue.databaseValue,
                ])
        }
        for item in analysis.entities {
            rows.add(
                "entities",
                [
                    document, item.text.databaseValue, item.scalarOffsets.lowerBound.databaseValue,
                    item.scalarOffsets.upperBound.databaseValue,
                    item.type.rawValue.databaseValue,
                ])
        }
        for item in analysis.terms {
            rows.add(
                "terms",
                [
                    document, item.text.databaseValue, item.scalarOffsets.lowerBound.databaseValue,
                    item.scalarOffsets.upperBound.databaseValue,
                ])
        }
        for item in analysis.facts {
            let figures = FactFigures(of: item, in: analysis, text: decoded.text)
            rows.add(
                "facts",
                [
                    document, text(item.subject), item.indicator.databaseValue, text(item.canonical?.id),
                    text(item.period),
                    item.status.rawValue.databaseValue, text(item.value), text(item.unit?.rawValue),
                    figures.approximate.databaseValue,
                    text(figures.qualifier), text(figures.low), text(figures.high),
                    text(item.change?.direction?.rawValue),
                    text(item.change?.recordValue), text(figures.changeLow), text(figures.changeHigh),
                    text(item.change?.unit.rawValue),
                    text(item.baseline?.value), text(item.baseline?.period),
                    item.scalarOffsets.lowerBound.databaseValue, item.scalarOffsets.upperBound.databaseValue,
                    item.text.databaseValue,
                ])
        }
        return rows
    }

    /// The row of an input that could not be analysed.
    static func failure(id: Int, _ error: TextInputError, source: RecordSource) -> DocumentRows {
        var rows = DocumentRows()
        rows.add(
            "documents",
            [
                id.databaseValue, sourceName(source), sourceLine(source), .null, .null, .null, .null, .null, .null,
                .null,
                error.code.rawValue.databaseValue, error.message.databaseValue, .null,
            ])
        return rows
    }

    private static func text(_ value: (some CustomStringConvertible)?) -> DatabaseValue {
        value.map { $0.description.databaseValue } ?? .null
    }

    private static func sourceName(_ source: RecordSource) -> DatabaseValue {
        switch source.record {
        case .name(let name): name.databaseValue
        case .number(let literal): literal.databaseValue
        case .line: .null
        }
    }

    private static func sourceLine(_ source: RecordSource) -> DatabaseValue {
        if case .line(let line) = source.record { return line.databaseValue }
        return .null
    }
}

/// One document's rows, table by table, ready to insert.
struct DocumentRows: Sendable {
    var tables: [(String, [DatabaseValue])] = []

    mutating func add(_ table: String, _ row: [DatabaseValue]) {
        tables.append((table, row))
    }
}

/// Writes documents' rows to a new database at `path`, a transaction per batch of documents.
final class SQLiteWriter {
    private let queue: DatabaseQueue
    private var pending: [DocumentRows] = []
    private let batch = 64

    init(path: String) throws {
        var configuration = Configuration()
        configuration.prepareDatabase { db in
            // A new file that replaces the output only when complete: no journal is needed.
            try db.execute(
                sql:
                    """
                    PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA locking_mode = EXCLUSIVE; \
                    PRAGMA cache_size = -65536
                    """
            )
        }
        queue = try DatabaseQueue(path: path, configuration: configuration)
        try queue.writeWithoutTransaction { db in
            try db.execute(sql: SQLiteFormat.schema)
            try db.execute(sql: "INSERT INTO schema_version VALUES (?)", arguments: [SQLiteFormat.version])
        }
    }

    func append(_ rows: DocumentRows) throws {
        pending.append(rows)
        if pending.count >= batch { try flush() }
    }

    func flush() throws {
        guard !pending.isEmpty else { return }
        let documents = pending
        pending.removeAll(keepingCapacity: true)
        try queue.inTransaction { db in
            var statements: [String: Statement] = [:]
            for rows in documents {
                for (table, row) in rows.tables {
                    let statement: Statement
                    if let cached = statements[table] {
                        statement = cached
                    } else {
                        statement = try db.cachedStatement(sql: SQLiteFormat.inserts[table]!)
                        statements[table] = statement
                    }
                    statement.setUncheckedArguments(StatementArguments(row))
                    try statement.execute()
                }
            }
            return .commit
        }
    }

    /// Writes what is pending, makes the indexes and closes the database.
    func finish() throws {
        try flush()
        try queue.writeWithoutTransaction { db in try db.execute(sql: SQLiteFormat.indexes) }
        try queue.close()
    }
}
