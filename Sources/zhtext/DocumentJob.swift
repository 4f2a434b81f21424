import Foundation
import ZhText

/// One document of a corpus run: where it comes from and how to get its text.
struct DocumentJob: Sendable {
    enum Input: Sendable {
        /// A file to read and decode.
        case file(String)
        /// Bytes already read (standard input) to decode.
        case bytes([UInt8])
        /// Text given directly (a `--jsonl-input` record).
        case text(String)
        /// An input that is already known to be bad.
        case invalid(TextInputError)
    }

    let index: Int
    let source: String
    let input: Input
}

/// What a worker made of one document: its formatted output and what the summary counts.
struct DocumentOutcome: Sendable {
    let output: String
    let bytes: Int
    let failed: Bool
}

/// The documents of a run, in input order, produced lazily (a JSON Lines input is streamed).
struct DocumentJobs: Sequence, IteratorProtocol {
    private var sources: [String]
    private var position = 0
    private var index = 0
    private let jsonlInput: Bool
    private var lines: LineReader?
    private var lineSource = ""
    private var lineNumber = 0

    init(sources: [String], jsonlInput: Bool) {
        self.sources = sources
        self.jsonlInput = jsonlInput
    }

    mutating func next() -> DocumentJob? {
        if jsonlInput { return nextRecord() }
        guard position < sources.count else { return nil }
        let source = sources[position]
        position += 1
        defer { index += 1 }
        if source == "-" {
            return DocumentJob(index: index, source: "-", input: .bytes([UInt8](FileHandle.standardInput.readDataToEndOfFile())))
        }
        return DocumentJob(index: index, source: source, input: .file(source))
    }

    /// The next line of the JSON Lines inputs as a job: `{"id": ..., "text": ...}`.
    private mutating func nextRecord() -> DocumentJob? {
        while true {
            if lines == nil {
                guard position < sources.count else { return nil }
                lineSource = sources[position]
                position += 1
                lineNumber = 0
                switch LineReader.open(lineSource) {
                case .success(let reader): lines = reader
                case .failure(let error):
                    defer { index += 1 }
                    return DocumentJob(index: index, source: lineSource, input: .invalid(error))
                }
            }
            guard let line = lines!.nextLine() else {
                lines = nil
                continue
            }
            lineNumber += 1
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
            defer { index += 1 }
            return Self.record(line, index: index, where: "\(lineSource):\(lineNumber)")
        }
    }

    /// Parses one JSON Lines record; a bad one becomes an `invalid-input` job named by its place.
    static func record(_ line: [UInt8], index: Int, where place: String) -> DocumentJob {
        func invalid(_ message: String, source: String? = nil) -> DocumentJob {
            DocumentJob(index: index, source: source ?? place, input: .invalid(
                TextInputError(code: .invalidInput, source: source ?? place, message: message)))
        }
        guard let object = try? JSONSerialization.jsonObject(with: Data(line)) as? [String: Any] else {
            return invalid("not a JSON object: expected {\"id\": ..., \"text\": ...} (\(place))")
        }
        let id: String
        switch object["id"] {
        case let string as String: id = string
        case is Bool: return invalid("\"id\" must be a string or a number (\(place))")
        case let number as Int: id = String(number)
        case let number as Double: id = String(number)
        default: return invalid("missing \"id\" (a string or a number) (\(place))")
        }
        guard let text = object["text"] as? String else {
            return invalid("missing \"text\" (a string) (\(place))", source: id)
        }
        return DocumentJob(index: index, source: id, input: .text(text))
    }
}

/// Reads a file (or standard input) line by line in 1 MiB blocks.
struct LineReader {
    private let handle: FileHandle
    private var buffer: [UInt8] = []
    private var start = 0
    private var finished = false

    static func open(_ source: String) -> Result<LineReader, TextInputError> {
        if source == "-" { return .success(LineReader(handle: .standardInput)) }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: source, isDirectory: &isDirectory) else {
            return .failure(TextInputError(code: .unreadable, source: source, message: "no such file"))
        }
        guard !isDirectory.boolValue, let handle = FileHandle(forReadingAtPath: source) else {
            return .failure(TextInputError(code: .unreadable, source: source, message: "cannot open for reading"))
        }
        return .success(LineReader(handle: handle))
    }

    private init(handle: FileHandle) {
        self.handle = handle
    }

    mutating func nextLine() -> [UInt8]? {
        while true {
            if let newline = buffer[start...].firstIndex(of: 0x0A) {
                let line = Array(buffer[start..<newline])
                start = newline + 1
                return line
            }
            if finished {
                guard start < buffer.count else { return nil }
                let line = Array(buffer[start...])
                start = buffer.count
                return line
            }
            buffer.removeFirst(start)
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
