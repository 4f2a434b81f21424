import Foundation
import ZhText

/// One `--jsonl-input` line, `{"id": ..., "text": ...}`, read into a job.
///
/// The id comes back in the record's `source` as it was written: a string stays a string and a
/// number stays the same JSON number, digit for digit (`49`, `1.5e3`, an id past 64 bits), so
/// that `49` and `"49"` never collide. A line that is not a usable record still gives a record:
/// an `invalid-input` error with `source` null and the line's number, and a message that quotes
/// the start of the line so that it can be found again.
enum JSONLinesRecord {
    static func job(_ line: [UInt8], index: Int, line number: Int, input: String) -> DocumentJob {
        let place = RecordSource(text: "\(input):\(number)", record: .line(number))
        func invalid(_ problem: String, source: RecordSource? = nil) -> DocumentJob {
            let where_ = "line \(number) of \(input)"
            return DocumentJob(
                index: index, source: source ?? place,
                input: .invalid(
                    TextInputError(
                        code: .invalidInput, source: (source ?? place).text,
                        message: "\(problem) (\(where_)\(excerpt(line)))")))
        }
        if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) {
            return invalid("a blank line, not a record {\"id\": ..., \"text\": ...}")
        }
        if let offset = line.withUnsafeBufferPointer({ TextDecoder.firstInvalidUTF8Offset($0) }) {
            return invalid("not valid UTF-8 (bad byte at offset \(offset) of the line)")
        }
        guard let object = try? JSONSerialization.jsonObject(with: Data(line)) as? [String: Any] else {
            return invalid("not a JSON object: expected {\"id\": ..., \"text\": ...}")
        }
        let source: RecordSource
        switch object["id"] {
        case let string as String: source = .named(string)
        case is NSNumber, is Bool:
            // Foundation reads 0 and 1 as NSNumbers that also cast to Bool: the literal decides.
            guard let literal = rawValue(of: "id", in: line) else { return invalid("cannot read \"id\"") }
            if literal == "true" || literal == "false" {
                return invalid("\"id\" must be a string or a number, not a boolean")
            }
            source = RecordSource(text: literal, record: .number(literal))
        case nil, is NSNull: return invalid("missing \"id\" (a string or a number)")
        default: return invalid("\"id\" must be a string or a number")
        }
        guard let text = object["text"] as? String else {
            return invalid("missing \"text\" (a string)", source: source)
        }
        return DocumentJob(index: index, source: source, input: .text(text))
    }

    /// The start of a line for a message: up to 60 characters of valid text, or nothing.
    private static func excerpt(_ line: [UInt8]) -> String {
        guard
            let text = String(validating: line.prefix(240), as: UTF8.self)
                ?? String(validating: line.prefix(180), as: UTF8.self)
        else { return "" }
        guard !text.trimmingCharacters(in: .whitespaces).isEmpty else { return "" }
        let start = String(text.prefix(60))
        return ": " + start + (start.count < text.count || line.count > 240 ? "…" : "")
    }

    /// The JSON text of a top-level member's value, exactly as written (for a valid JSON object).
    static func rawValue(of key: String, in line: [UInt8]) -> String? {
        var index = 0
        func skipSpace() { while index < line.count, [0x20, 0x09, 0x0A, 0x0D].contains(line[index]) { index += 1 } }
        /// The end (exclusive) of the string literal that starts at `start`.
        func stringEnd(_ start: Int) -> Int {
            var position = start + 1
            while position < line.count, line[position] != 0x22 { position += line[position] == 0x5C ? 2 : 1 }
            return position + 1
        }
        /// The end (exclusive) of the value that starts at `start`.
        func valueEnd(_ start: Int) -> Int {
            var position = start
            var depth = 0
            while position < line.count {
                switch line[position] {
                case 0x22: position = stringEnd(position); if depth == 0 { return position }; continue
                case 0x7B, 0x5B: depth += 1
                case 0x7D, 0x5D:
                    if depth == 0 { return position }
                    depth -= 1
                    if depth == 0 { return position + 1 }
                case 0x2C, 0x20, 0x09, 0x0A, 0x0D: if depth == 0 { return position }
                default: break
                }
                position += 1
            }
            return position
        }
        skipSpace()
        guard index < line.count, line[index] == 0x7B else { return nil }
        index += 1
        while true {
            skipSpace()
            guard index < line.count, line[index] == 0x22 else { return nil }
            let keyEnd = stringEnd(index)
            let name =
                try? JSONSerialization.jsonObject(with: Data(line[index..<keyEnd]), options: .fragmentsAllowed)
                as? String
            index = keyEnd
            skipSpace()
            guard index < line.count, line[index] == 0x3A else { return nil }
            index += 1
            skipSpace()
            let end = valueEnd(index)
            if name == key { return String(decoding: line[index..<end], as: UTF8.self) }
            index = end
            skipSpace()
            guard index < line.count, line[index] == 0x2C else { return nil }
            index += 1
        }
    }
}
