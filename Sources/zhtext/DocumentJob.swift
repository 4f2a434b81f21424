import Foundation
import ZhText

/// How a record names its input: for people, CSV and messages, and in the JSON record.
struct RecordSource: Sendable, Equatable {
    /// A path, `-`, an id as written, or `INPUT:LINE` for a line without a usable id.
    var text: String
    /// The record's `source` (and `line`).
    var record: DocumentRecord.Source

    /// A path, `-` or a string id.
    static func named(_ name: String) -> RecordSource {
        RecordSource(text: name, record: .name(name))
    }
}

/// One document of a corpus run: where it comes from and how to get its text.
struct DocumentJob: Sendable {
    enum Input: Sendable {
        /// A file to read and decode.
        case file(String)
        /// Standard input, read (up to --max-bytes) by the worker.
        case standardInput
        /// Text given directly (a `--jsonl-input` record).
        case text(String)
        /// An input that is already known to be bad.
        case invalid(TextInputError)
    }

    let index: Int
    let source: RecordSource
    let input: Input
}

/// What a worker made of one document: its formatted output and what the summary counts.
struct DocumentOutcome: Sendable {
    let output: String
    let bytes: Int
    let items: Int
    let failed: Bool
    /// The document's database rows (`--format sqlite`).
    var rows: DocumentRows? = nil
}

/// The documents of a run, in input order, produced lazily (a JSON Lines input is streamed).
struct DocumentJobs: Sequence, IteratorProtocol {
    private var sources: [InputSource]
    private var position = 0
    private var index = 0
    private let jsonlInput: Bool
    private let maxBytes: Int
    private var lines: LineReader?
    private var lineSource = ""
    private var lineNumber = 0

    init(sources: [InputSource], jsonlInput: Bool, maxBytes: Int) {
        self.sources = sources
        self.jsonlInput = jsonlInput
        self.maxBytes = maxBytes
    }

    mutating func next() -> DocumentJob? {
        if jsonlInput { return nextRecord() }
        guard position < sources.count else { return nil }
        let source = sources[position]
        position += 1
        defer { index += 1 }
        switch source {
        case .standardInput: return DocumentJob(index: index, source: .named("-"), input: .standardInput)
        case .file(let path): return DocumentJob(index: index, source: .named(path), input: .file(path))
        case .failed(let error): return DocumentJob(index: index, source: .named(error.source), input: .invalid(error))
        }
    }

    /// The next line of the JSON Lines inputs as a job.
    ///
    /// A line is `{"id": ..., "text": ...}`. Every line, blank or bad ones included, gives one
    /// job, so output lines match input lines.
    private mutating func nextRecord() -> DocumentJob? {
        while true {
            if lines == nil {
                guard position < sources.count else { return nil }
                let source = sources[position]
                position += 1
                lineSource = source.name
                lineNumber = 0
                switch LineReader.open(source, maxLine: maxBytes) {
                case .success(let reader): lines = reader
                case .failure(let error):
                    defer { index += 1 }
                    return DocumentJob(index: index, source: .named(lineSource), input: .invalid(error))
                }
            }
            guard let line = lines!.nextLine() else {
                lines = nil
                continue
            }
            lineNumber += 1
            defer { index += 1 }
            let place = RecordSource(text: "\(lineSource):\(lineNumber)", record: .line(lineNumber))
            switch line {
            case .tooLong(let count):
                return DocumentJob(
                    index: index, source: place,
                    input: .invalid(
                        TextInputError(
                            code: .tooLarge, source: place.text,
                            message:
                                """
                                line \(lineNumber) of \(lineSource) has \(count) bytes, over the limit of \
                                \(maxBytes) (--max-bytes)
                                """
                        )))
            case .bytes(let bytes):
                return JSONLinesRecord.job(bytes, index: index, line: lineNumber, input: lineSource)
            }
        }
    }
}

/// Reads a file (or standard input) line by line in 1 MiB blocks; a line longer than `maxLine`
/// is skipped without being held (its length is reported instead).
struct LineReader {
    /// One line: its bytes (without the line break), or the length of a line too long to hold.
    enum Line {
        case bytes([UInt8])
        case tooLong(Int)
    }

    private let handle: FileHandle
    private let maxLine: Int
    private var buffer: [UInt8] = []
    private var start = 0
    private var finished = false

    static func open(_ source: InputSource, maxLine: Int) -> Result<LineReader, TextInputError> {
        switch source {
        case .standardInput: return .success(LineReader(handle: .standardInput, maxLine: maxLine))
        case .failed(let error): return .failure(error)
        case .file(let path):
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                return .failure(TextInputError(code: .unreadable, source: path, message: "no such file"))
            }
            guard !isDirectory.boolValue, let handle = FileHandle(forReadingAtPath: path) else {
                return .failure(TextInputError(code: .unreadable, source: path, message: "cannot open for reading"))
            }
            return .success(LineReader(handle: handle, maxLine: maxLine))
        }
    }

    private init(handle: FileHandle, maxLine: Int) {
        self.handle = handle
        self.maxLine = maxLine
    }

    mutating func nextLine() -> Line? {
        var skipped = 0  // bytes of a line too long, already dropped
        while true {
            if let newline = buffer[start...].firstIndex(of: 0x0A) {
                defer { start = newline + 1 }
                if skipped > 0 { return .tooLong(skipped + newline - start) }
                return newline - start > maxLine ? .tooLong(newline - start) : .bytes(Array(buffer[start..<newline]))
            }
            if finished {
                guard start < buffer.count || skipped > 0 else { return nil }
                defer { start = buffer.count }
                if skipped > 0 { return .tooLong(skipped + buffer.count - start) }
                return buffer.count - start > maxLine ? .tooLong(buffer.count - start) : .bytes(Array(buffer[start...]))
            }
            if buffer.count - start > maxLine {
                // Too long to be a record: drop what is held and keep only the count.
                skipped += buffer.count - start
                buffer.removeAll(keepingCapacity: true)
            } else {
                buffer.removeFirst(start)
            }
            start = 0
            let chunk = (try? handle.read(upToCount: 1 << 20)) ?? nil
            if let chunk, !chunk.isEmpty {
                buffer.append(contentsOf: chunk)
            } else {
                finished = true
            }
        }
    }
}
