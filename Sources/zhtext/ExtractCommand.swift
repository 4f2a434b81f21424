import ArgumentParser
import Foundation
import ZhText

/// `zhtext extract`: one record per document with its figures.
struct ExtractCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Extract figures (quantities, percentages, dates) from documents, one record per document.",
        discussion: """
            jsonl prints one JSON record per document (CONTRACT: schema 1); a document that cannot \
            be read or decoded yields an error record in its place, and the others are still \
            processed. table prints the same for people. Exit status: 0 all documents analysed, \
            1 at least one error record, 64 bad usage.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case jsonl, table
    }

    @OptionGroup var input: InputOptions

    @Option(help: "Record format: jsonl or table (default: table on a terminal, else jsonl).")
    var format: Format?

    func run() async throws {
        let format = format ?? (isatty(STDOUT_FILENO) != 0 ? .table : .jsonl)
        let extractor = FigureExtractor()
        var out = OutputWriter()
        defer { out.flush() }
        var failed = false
        for source in input.sources() {
            let line: String
            switch analyse(source, extractor: extractor) {
            case .success(let (decoded, figures)):
                switch format {
                case .jsonl: line = DocumentRecord.analysed(source: source, decoded: decoded, figures: figures) + "\n"
                case .table: line = TableFormat.document(source: source, decoded: decoded, figures: figures)
                }
            case .failure(let error):
                failed = true
                switch format {
                case .jsonl: line = DocumentRecord.failed(error) + "\n"
                case .table: line = "\(error.source)\n  error \(error.code): \(error.message)\n\n"
                }
            }
            out.write(line)
        }
        if failed { throw ExitCode.failure }
    }

    private func analyse(_ source: String, extractor: FigureExtractor) -> Result<(DecodedText, Figures), TextInputError> {
        do {
            let decoded = try input.read(source)
            return .success((decoded, extractor.figures(in: decoded.text)))
        } catch {
            return .failure(error)
        }
    }
}

/// The `table` format: aligned rows for people.
enum TableFormat {
    static func document(source: String, decoded: DecodedText, figures: Figures) -> String {
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
        rows.sort { $0.0 < $1.0 }
        var text = "\(source)  (\(decoded.encoding.rawValue), \(decoded.text.unicodeScalars.count) characters: "
        text += "\(figures.quantities.count) quantities, \(figures.percentages.count) percentages, \(figures.dates.count) dates)\n"
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
