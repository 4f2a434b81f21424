import ArgumentParser
import Foundation
import ZhText

/// `zhtext extract`: one record per document with its figures, over whole corpora, in parallel.
struct ExtractCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Extract figures (quantities, percentages, dates) and quoted terms from documents, one record per document.",
        discussion: """
            Records come out in input order whatever --jobs is. A document that cannot be read or \
            decoded yields an error record in its place, and the others are still processed. \
            Exit status: 0 all documents analysed, 1 at least one error record, 64 bad usage.
            """
    )

    @OptionGroup var input: InputOptions

    @Option(help: "Record format: jsonl, json, csv or table (default: table on a terminal, else jsonl).")
    var format: RecordFormat?

    @Option(help: "Write the records to this file (atomically: a temporary file renamed at the end).")
    var output: String?

    @Option(help: "Documents analysed in parallel (default: all cores).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Flag(help: "Each input line is a JSON object {\"id\": ..., \"text\": ...}; one record per line, in order.")
    var jsonlInput = false

    /// Asks glibc to give every buffer of 4 MiB or more its own mapping. Its default threshold
    /// slides up after the first large buffer is freed, so a large document's scalars and maps
    /// then come from heaps that keep their pages: the peak RSS of a 24 MB one-line document
    /// varied between 493 and 517 MiB run to run, and stays at 460 MiB with the threshold fixed.
    /// `mallopt` is looked up at run time (Swift's Glibc module does not export it); elsewhere
    /// this does nothing.
    static func mapLargeBuffers() {
        #if os(Linux)
        typealias MallOpt = @convention(c) (Int32, Int32) -> Int32
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "mallopt") else { return }
        let mmapThreshold: Int32 = -3  // M_MMAP_THRESHOLD in <malloc.h>
        _ = unsafeBitCast(symbol, to: MallOpt.self)(mmapThreshold, 4 << 20)
        #endif
    }

    func validate() throws {
        guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1.") }
    }

    func run() async throws {
        Self.mapLargeBuffers()
        let format = format ?? (output == nil && isatty(STDOUT_FILENO) != 0 ? .table : .jsonl)
        var target: (descriptor: Int32, temporary: String)?
        if let output { target = try AtomicOutput.open(output) }
        let extractor = DocumentAnalyzer()
        let sources = input.sources()
        var progress = Progress(totalBytes: jsonlInput ? nil : Progress.totalBytes(of: sources))
        var out = OutputWriter(descriptor: target?.descriptor ?? STDOUT_FILENO)
        out.write(format.header)
        let input = input
        var written = 0
        var failures = 0
        let window = jobs * 2
        var pending = DocumentJobs(sources: sources, jsonlInput: jsonlInput)
        await withTaskGroup(of: (Int, DocumentOutcome).self) { group in
            var submitted = 0
            var returned = 0
            var finished: [Int: DocumentOutcome] = [:]
            // At most `jobs` documents are analysed at once, and at most `window` wait to be written,
            // so memory is bounded by the documents in flight, whatever the corpus size.
            func submit() -> Bool {
                guard submitted - returned < jobs, submitted - written < window, let job = pending.next() else { return false }
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
                    if written > 0 { out.write(format.separator) }
                    out.write(next.output)
                    written += 1
                    if next.failed { failures += 1 }
                    progress.advance(bytes: next.bytes)
                }
                while submit() {}
            }
        }
        out.write(format.footer)
        out.flush()
        if let target, let output { try AtomicOutput.commit(descriptor: target.descriptor, temporary: target.temporary, to: output) }
        progress.finish(documents: written, errors: failures)
        if failures > 0 { throw ExitCode.failure }
    }

    /// Reads, decodes, extracts and formats one document (runs on a worker).
    static func analyse(_ job: DocumentJob, input: InputOptions, extractor: DocumentAnalyzer, format: RecordFormat) -> DocumentOutcome {
        let decoded: DecodedText
        do {
            switch job.input {
            case .file(let path): decoded = try input.read(path)
            case .bytes(let bytes):
                guard bytes.count <= input.maxBytes else {
                    throw TextInputError(code: .tooLarge, source: job.source, message: "larger than the limit of \(input.maxBytes) bytes")
                }
                decoded = try TextDecoder(encoding: input.encoding).decode(bytes, source: job.source)
            case .text(let text):
                let size = text.utf8.count
                guard size <= input.maxBytes else {
                    throw TextInputError(code: .tooLarge, source: job.source, message: "larger than the limit of \(input.maxBytes) bytes")
                }
                decoded = DecodedText(text: text, encoding: .utf8, byteCount: size)
            case .invalid(let error): throw error
            }
        } catch let error as TextInputError {
            return DocumentOutcome(output: format.failure(error), bytes: 0, failed: true)
        } catch {
            return DocumentOutcome(output: format.failure(TextInputError(code: .unreadable, source: job.source, message: "\(error)")), bytes: 0, failed: true)
        }
        let figures = extractor.analyze(decoded.text)
        return DocumentOutcome(output: format.document(source: job.source, decoded: decoded, figures: figures),
                               bytes: decoded.byteCount, failed: false)
    }
}
