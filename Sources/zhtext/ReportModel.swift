import Foundation
import GRDB
import ZhText

/// What the report shows of one document: its text, its highlighted items and its facts.
struct ReportDocument: Sendable {
    /// A highlighted stretch of the text, in Unicode scalars.
    struct Span: Sendable {
        var start: Int
        var end: Int
        /// The CSS class: `q` quantity, `p` percentage, `d` date, `e-PER`/`e-LOC`/`e-ORG` entity, `t` term, `f` fact.
        var kind: String
    }

    var id: Int
    var source: String
    var title: String?
    var region: String?
    var text: String
    var spans: [Span]
    var facts: [ReportFact]

    /// A short name for legends and tables: the title, else the file name without `.txt`.
    var label: String {
        if let title, !title.isEmpty { return title }
        let name = (source as NSString).lastPathComponent
        return name.hasSuffix(".txt") ? String(name.dropLast(4)) : name
    }
}

/// A fact as the report charts and lists it (the columns of the `facts` table).
struct ReportFact: Sendable {
    var document: Int
    var subject: String?
    var indicator: String
    var canonical: String?
    var period: String?
    var status: String
    var value: String?
    var unit: String?
    var qualifier: String?
    var changeDirection: String?
    var changeValue: String?
    var changeLow: String?
    var changeHigh: String?
    var changeUnit: String?
    var text: String
}

/// Reads the report's documents: analysed from text files, or from a database of `--format sqlite`.
enum ReportLoader {
    /// Whether `path` is a SQLite database (its first 16 bytes).
    static func isDatabase(_ path: String) -> Bool {
        guard let handle = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? handle.close() }
        let header = (try? handle.read(upToCount: 16)) ?? Data()
        return header == Data("SQLite format 3\0".utf8)
    }

    /// Analyses the documents of `sources` in parallel; unreadable ones are said on stderr and skipped.
    static func analyse(_ sources: [InputSource], input: InputOptions) async -> [ReportDocument] {
        let analyzer = DocumentAnalyzer()
        let jobs = ProcessInfo.processInfo.activeProcessorCount
        return await withTaskGroup(of: (Int, ReportDocument?).self) { group in
            var next = 0
            var results: [Int: ReportDocument] = [:]
            func submit() {
                guard next < sources.count else { return }
                let index = next
                let source = sources[index]
                next += 1
                group.addTask {
                    do {
                        let decoded = try input.read(source)
                        return (
                            index,
                            document(
                                id: index + 1, source: source.name, decoded: decoded,
                                analysis: analyzer.analyze(decoded.text))
                        )
                    } catch {
                        StandardError.write("zhtext: \(error)\n")
                        return (index, nil)
                    }
                }
            }
            for _ in 0..<jobs { submit() }
            while let (index, document) = await group.next() {
                results[index] = document
                submit()
            }
            return results.keys.sorted().compactMap { results[$0] ?? nil }
        }
    }

    static func document(id: Int, source: String, decoded: DecodedText, analysis: DocumentAnalysis) -> ReportDocument {
        var spans: [ReportDocument.Span] = []
        spans += analysis.quantities.map {
            .init(start: $0.scalarOffsets.lowerBound, end: $0.scalarOffsets.upperBound, kind: "q")
        }
        spans += analysis.percentages.map {
            .init(start: $0.scalarOffsets.lowerBound, end: $0.scalarOffsets.upperBound, kind: "p")
        }
        spans += analysis.dates.map {
            .init(start: $0.scalarOffsets.lowerBound, end: $0.scalarOffsets.upperBound, kind: "d")
        }
        spans += analysis.entities.map {
            .init(start: $0.scalarOffsets.lowerBound, end: $0.scalarOffsets.upperBound, kind: "e-\($0.type.rawValue)")
        }
        spans += analysis.terms.map {
            .init(start: $0.scalarOffsets.lowerBound, end: $0.scalarOffsets.upperBound, kind: "t")
        }
        spans += analysis.facts.map {
            .init(start: $0.scalarOffsets.lowerBound, end: $0.scalarOffsets.upperBound, kind: "f")
        }
        let facts = analysis.facts.map { fact in
            let figures = FactFigures(of: fact, in: analysis, text: decoded.text)
            return ReportFact(
                document: id, subject: fact.subject, indicator: fact.indicator, canonical: fact.canonical?.id,
                period: fact.period,
                status: fact.status.rawValue, value: fact.value?.description, unit: fact.unit?.rawValue,
                qualifier: figures.qualifier, changeDirection: fact.change?.direction?.rawValue,
                changeValue: fact.change?.value.description, changeLow: figures.changeLow?.description,
                changeHigh: figures.changeHigh?.description, changeUnit: fact.change?.unit.rawValue, text: fact.text)
        }
        return ReportDocument(
            id: id, source: source, title: analysis.document.title, region: analysis.document.region,
            text: decoded.text, spans: spans, facts: facts)
    }

    /// The documents of a database made by `zhtext extract --format sqlite` (analysed ones only).
    static func database(_ path: String) throws -> [ReportDocument] {
        var configuration = Configuration()
        configuration.readonly = true
        let queue = try DatabaseQueue(path: path, configuration: configuration)
        defer { try? queue.close() }
        return try queue.read { db in
            var documents: [Int: ReportDocument] = [:]
            var order: [Int] = []
            for row in try Row.fetchAll(
                db, sql: "SELECT id, source, title, region, text FROM documents WHERE error_code IS NULL ORDER BY id")
            {
                let id: Int = row["id"]
                order.append(id)
                documents[id] = ReportDocument(
                    id: id, source: row["source"] ?? "", title: row["title"], region: row["region"],
                    text: row["text"] ?? "", spans: [], facts: [])
            }
            let lists = [
                ("quantities", "'q'"), ("percentages", "'p'"), ("dates", "'d'"), ("entities", "'e-' || type"),
                ("terms", "'t'"), ("facts", "'f'"),
            ]
            for (table, kind) in lists {
                for row in try Row.fetchAll(
                    db, sql: "SELECT document_id, start, \"end\", \(kind) AS kind FROM \(table)")
                {
                    let id: Int = row["document_id"]
                    documents[id]?.spans.append(.init(start: row["start"], end: row["end"], kind: row["kind"]))
                }
            }
            for row in try Row.fetchAll(db, sql: "SELECT * FROM facts ORDER BY document_id, rowid") {
                let id: Int = row["document_id"]
                documents[id]?.facts.append(
                    ReportFact(
                        document: id, subject: row["subject"], indicator: row["indicator"] ?? "",
                        canonical: row["canonical"],
                        period: row["period"], status: row["status"] ?? "", value: row["value"], unit: row["unit"],
                        qualifier: row["qualifier"], changeDirection: row["change_direction"],
                        // A range's change is stored as its bounds: the report reads its upper one.
                        changeValue: row["change_value"] ?? row["change_high"],
                        changeLow: row["change_low"], changeHigh: row["change_high"], changeUnit: row["change_unit"],
                        text: row["text"] ?? ""))
            }
            return order.compactMap { documents[$0] }
        }
    }
}
