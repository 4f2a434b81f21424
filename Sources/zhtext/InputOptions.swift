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

    /// The inputs in order: each path as given, folders (and links to folders) expanded to
    /// their matching files.
    func sources() -> [InputSource] {
        var result: [InputSource] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            if path == "-" {
                result.append(.standardInput)
            } else if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
                result.append(contentsOf: FolderWalker(include: include).sources(under: path))
            } else {
                result.append(.file(path))
            }
        }
        return result
    }

    /// Reads and decodes one input.
    func read(_ source: InputSource) throws(TextInputError) -> DecodedText {
        let decoder = TextDecoder(encoding: encoding)
        switch source {
        case .standardInput: return try decoder.decode(StandardInput.read(limit: maxBytes).get(), source: "-")
        case .file(let path):
            return try decoder.decode(contentsOf: URL(fileURLWithPath: path), source: path, maxBytes: maxBytes)
        case .failed(let error): throw error
        }
    }

    /// Runs `body` on each decoded input in order.
    ///
    /// A failed input is reported on standard error as one line naming it, the others are still
    /// processed, and the exit status becomes 1.
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
