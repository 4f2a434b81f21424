public import ArgumentParser
import Foundation
import ZhText

extension TextEncoding: ExpressibleByArgument {}
extension Tokenizer.Mode: ExpressibleByArgument {}

/// Where a command reads its text: files, directories (walked recursively), or `-` for standard input.
struct InputOptions: ParsableArguments {
    @Argument(help: "Text files, directories (walked recursively in sorted order), or - for standard input.")
    var paths: [String]

    @Option(help: "Input encoding: auto, utf-8, gb18030, big5 or utf-16.")
    var encoding: TextEncoding = .auto

    @Option(help: "In directories, read the files whose names match this glob.")
    var include: String = "*.txt"

    @Option(help: "Refuse documents larger than this many bytes.")
    var maxBytes: Int = 256 << 20

    func validate() throws {
        guard !paths.isEmpty else { throw ValidationError("Give at least one PATH, or - for standard input.") }
        guard maxBytes > 0 else { throw ValidationError("--max-bytes must be positive.") }
    }

    /// The inputs in order: each path as given, directories expanded to their matching files.
    func sources() -> [String] {
        var result: [String] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            if path != "-", FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
                result.append(contentsOf: files(under: path))
            } else {
                result.append(path)
            }
        }
        return result
    }

    /// The files under `directory` whose names match `include`, recursively, in sorted order.
    private func files(under directory: String) -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: directory) else { return [] }
        var found: [String] = []
        while let relative = enumerator.nextObject() as? String {
            let path = (directory as NSString).appendingPathComponent(relative)
            // Directories are walked into; anything else that matches is an input, even a dangling
            // link or an unreadable file, so that it gets its error record.
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue { continue }
            if fnmatch(include, (relative as NSString).lastPathComponent, 0) == 0 { found.append(path) }
        }
        return found.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
    }

    /// Reads and decodes one input.
    func read(_ source: String) throws(TextInputError) -> DecodedText {
        let decoder = TextDecoder(encoding: encoding)
        if source == "-" {
            let data = FileHandle.standardInput.readDataToEndOfFile()
            if data.count > maxBytes {
                throw TextInputError(code: .tooLarge, source: "-", message: "larger than the limit of \(maxBytes) bytes")
            }
            return try decoder.decode([UInt8](data), source: "-")
        }
        return try decoder.decode(contentsOf: URL(fileURLWithPath: source), source: source, maxBytes: maxBytes)
    }

    /// Runs `body` on each decoded input in order. A failed input is reported on standard error
    /// as one line naming it, the others are still processed, and the exit status becomes 1.
    func forEachInput(_ body: (DecodedText) throws -> Void) throws {
        var failed = false
        for source in sources() {
            do {
                try body(try read(source))
            } catch let error as TextInputError {
                StandardError.write("zhtext: \(error)\n")
                failed = true
            }
        }
        if failed { throw ExitCode.failure }
    }
}
