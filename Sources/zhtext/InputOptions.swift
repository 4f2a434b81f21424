public import ArgumentParser
import Foundation
import ZhText

extension TextEncoding: ExpressibleByArgument {}
extension Tokenizer.Mode: ExpressibleByArgument {}

/// Where a command reads its text: a file, or standard input for `-`.
struct InputOptions: ParsableArguments {
    @Argument(help: "A text file, or - for standard input.")
    var path: String

    @Option(help: "Input encoding: auto, utf-8, gb18030, big5 or utf-16.")
    var encoding: TextEncoding = .auto

    /// Reads and decodes the input; a failure is printed as one line naming the input, exit status 1.
    func read() throws -> DecodedText {
        let decoder = TextDecoder(encoding: encoding)
        do {
            if path == "-" {
                let data = FileHandle.standardInput.readDataToEndOfFile()
                return try decoder.decode([UInt8](data), source: "-")
            }
            return try decoder.decode(contentsOf: URL(fileURLWithPath: path), source: path)
        } catch {
            StandardError.write("zhtext: \(error)\n")
            throw ExitCode.failure
        }
    }
}
