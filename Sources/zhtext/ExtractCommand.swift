import ArgumentParser
import Foundation
import ZhText

/// `zhtext extract`: one record per document with its figures, over whole corpora, in parallel.
struct ExtractCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Extract figures, dates, entities, quoted terms and indicator facts, one record per document.",
        discussion: """
            Each record lists quantities (512.6亿元 → 51260000000 CNY), percentages and changes, dates \
            and periods, named entities (people, places, organisations), quoted policy terms, and \
            indicator facts (一般公共预算收入 → 512.6亿元, +9.1%, 2024, actual). Records come out in \
            input order whatever --jobs is. A document that cannot be read or decoded yields an error \
            record in its place, and the others are still processed.

            Examples:
              zhtext extract Corpus/                         one JSON record per document (jsonl)
              zhtext extract --format table report.txt       aligned rows for reading
              zhtext extract --format csv --bom --output out.csv Corpus/   for Excel
              zhtext extract --jsonl-input --exit-zero -     a mapper under Spark pipe or Hadoop Streaming
              zhtext extract --format sqlite --output corpus.sqlite Corpus/   a SQLite database

            Exit status: 0 all documents analysed (or --exit-zero), 1 at least one error record, \
            64 bad usage, 74 the output could not be written.
            """
    )

    @OptionGroup var input: InputOptions

    @Option(
        help:
            """
            Record format: jsonl, json, csv, table or sqlite (a database; needs --output) (default: table on a \
            terminal, else jsonl).
            """
    )
    var format: RecordFormat?

    @Option(
        help:
            """
            Write the records to this file, replacing it only when the run is complete (a FIFO or device is \
            written directly).
            """
    )
    var output: String?

    @Option(help: "Documents analysed in parallel (default: all cores).")
    var jobs: Int?

    @Flag(help: "Each input line is a JSON object {\"id\": ..., \"text\": ...}; one record per line, in order.")
    var jsonlInput = false

    @Flag(
        help:
            """
            Exit 0 even when inputs gave error records (the records are still written): for mappers under Spark \
            pipe or Hadoop Streaming.
            """
    )
    var exitZero = false

    @Flag(help: "Start csv output with a UTF-8 byte order mark (Excel needs it to read Chinese).")
    var bom = false

    /// Asks glibc to give every buffer of 4 MiB or more its own mapping.
    ///
    /// Its default threshold slides up after the first large buffer is freed, so a large
    /// document's scalars and maps then come from heaps that keep their pages: the peak RSS of a
    /// 24 MB one-line document varied between 493 and 517 MiB run to run, and stays at 460 MiB
    /// with the threshold fixed. `mallopt` is looked up at run time (Swift's Glibc module does
    /// not export it); elsewhere this does nothing.
    static func mapLargeBuffers() {
        #if os(Linux)
            typealias MallOpt = @convention(c) (Int32, Int32) -> Int32
            guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "mallopt") else { return }
            let mmapThreshold: Int32 = -3  // M_MMAP_THRESHOLD in <malloc.h>
            _ = unsafeBitCast(symbol, to: MallOpt.self)(mmapThreshold, 4 << 20)
        #endif
    }

    func validate() throws {
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1.") }
        if bom, format != .csv { throw ValidationError("--bom is for --format csv.") }
        if format == .sqlite, output == nil {
            throw ValidationError("--format sqlite writes a database: give --output FILE.")
        }
    }

    func run() async throws {
        Self.mapLargeBuffers()
        AtomicOutput.handleSignals()
        let toTerminal = output == nil && isatty(STDOUT_FILENO) != 0
        let format = format ?? (toTerminal ? .table : .jsonl)
        let target: AtomicOutput.Target?
        do {
            target = try output.map { try AtomicOutput.open($0, named: format == .sqlite) }
        } catch let error as ValidationError {
            // Named, without the usage text: the options were fine, the place is not.
            StandardError.write("zhtext: \(error.message)\n")
            throw ExitCode.validationFailure
        }
        let extractor = DocumentAnalyzer()
        let sources = input.sources()
        var progress = Progress(totalBytes: jsonlInput ? nil : Progress.totalBytes(of: sources))
        // Records and progress share the terminal: the progress line is erased before records are written.
        let sharedTerminal = toTerminal && progress.enabled
        var out = OutputWriter(descriptor: target?.descriptor ?? STDOUT_FILENO, name: output ?? "standard output")
        out.write(format.header(bom: bom))
        var database: SQLiteWriter?
        if format == .sqlite, let path = target?.temporary {
            do { database = try SQLiteWriter(path: path) } catch { Self.databaseFailed(error, output: output) }
        }
        let input = input
        let jobs = jobs ?? ProcessInfo.processInfo.activeProcessorCount
        var written = 0
        var failures = 0
        var items = 0
        let window = jobs * 2
        var pending = DocumentJobs(sources: sources, jsonlInput: jsonlInput, maxBytes: input.maxBytes)
        await withTaskGroup(of: (Int, DocumentOutcome).self) { group in
            var submitted = 0
            var returned = 0
            var finished: [Int: DocumentOutcome] = [:]
            // At most `jobs` documents are analysed at once, and at most `window` wait to be written,
            // so memory is bounded by the documents in flight, whatever the corpus size.
            func submit() -> Bool {
                guard submitted - returned < jobs, submitted - written < window, let job = pending.next() else {
                    return false
                }
                submitted += 1
                group.addTask { (job.index, Self.analyse(job, input: input, extractor: extractor, format: format)) }
                return true
            }
            while submit() {}
            while let (index, outcome) = await group.next() {
                returned += 1
                finished[index] = outcome
                // Write in input order: hold results until their turn comes.
                while let next = finished.removeValue(forKey: written) {
                    if sharedTerminal { progress.clear() }
                    if written > 0 { out.write(format.separator) }
                    out.write(next.output)
                    if let rows = next.rows {
                        do { try database?.append(rows) } catch { Self.databaseFailed(error, output: output) }
                    }
                    if sharedTerminal { out.flush() }
                    written += 1
                    items += next.items
                    if next.failed { failures += 1 }
                    progress.advance(bytes: next.bytes)
                }
                while submit() {}
            }
        }
        if sharedTerminal { progress.clear() }
        out.write(format.footer)
        if format == .table { out.write(TableFormat.summary(documents: written, errors: failures, items: items)) }
        out.flush()
        do { try database?.finish() } catch { Self.databaseFailed(error, output: output) }
        if let target { try AtomicOutput.commit(target) }
        progress.finish(documents: written, errors: failures)
        if failures > 0, !exitZero { throw ExitCode.failure }
    }

    /// Ends a run whose database could not be written (a full disk): said on stderr, status 74,
    /// and the output left as it was.
    static func databaseFailed(_ error: any Error, output: String?) -> Never {
        AtomicOutput.abandon()
        StandardError.write("zhtext: cannot write the database \(output ?? ""): \(error)\n")
        Foundation.exit(OutputWriter.writeFailureStatus)
    }

    /// Reads, decodes, extracts and formats one document (runs on a worker).
    static func analyse(_ job: DocumentJob, input: InputOptions, extractor: DocumentAnalyzer, format: RecordFormat)
        -> DocumentOutcome
    {
        let decoded: DecodedText
        do throws(TextInputError) {
            switch job.input {
            case .file(let path): decoded = try input.read(.file(path))
            case .standardInput: decoded = try input.read(.standardInput)
            case .text(let text):
                // Within --max-bytes already: its line was (JSON escapes never lengthen the text).
                decoded = DecodedText(text: text, encoding: .utf8, byteCount: text.utf8.count)
            case .invalid(let error): throw error
            }
        } catch {
            return DocumentOutcome(
                output: format.failure(error, source: job.source), bytes: 0, items: 0, failed: true,
                rows: format == .sqlite ? SQLiteFormat.failure(id: job.index + 1, error, source: job.source) : nil)
        }
        let figures = extractor.analyze(decoded.text)
        let items =
            figures.quantities.count + figures.percentages.count + figures.dates.count + figures.entities.count
            + figures.terms.count + figures.facts.count
        return DocumentOutcome(
            output: format.document(source: job.source, decoded: decoded, figures: figures),
            bytes: decoded.byteCount, items: items, failed: false,
            rows: format == .sqlite
                ? SQLiteFormat.rows(id: job.index + 1, source: job.source, decoded: decoded, analysis: figures) : nil)
    }
}
