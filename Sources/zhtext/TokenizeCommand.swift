import ArgumentParser
import Foundation
import ZhText

/// `zhtext tokenize`: segments text into tokens.
struct TokenizeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tokenize",
        abstract: "Segment text into tokens.",
        discussion: """
            text: each input line's tokens separated by one space (whitespace tokens dropped), \
            one output line per input line. jsonl: one record per token with its text, kind and \
            start/end offsets in Unicode scalars, whitespace included. Several inputs are written \
            one after the other, in order.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, jsonl
    }

    @OptionGroup var input: InputOptions

    @Option(help: "Segmentation mode: standard (ICU plus the lexicon) or icu (ICU alone).")
    var mode: Tokenizer.Mode = .standard

    @Option(help: "Output format: text or jsonl.")
    var format: Format = .text

    @Option(help: "A user lexicon: lines of `word [frequency] [tag]`.")
    var userWords: String?

    func run() async throws {
        var lexicon = Lexicon.default
        if let userWords {
            do {
                try lexicon.loadUserWords(contentsOf: .init(fileURLWithPath: userWords))
            } catch {
                StandardError.write("zhtext: \(error)\n")
                throw ExitCode.failure
            }
        }
        let tokenizer = Tokenizer(lexicon: lexicon, mode: mode)
        var out = OutputWriter()
        defer { out.flush() }
        try input.forEachInput { decoded in
            var text = decoded.text
            text.withUTF8 { bytes in
                switch format {
                case .text: writeText(bytes, tokenizer: tokenizer, to: &out)
                case .jsonl: writeJSONLines(bytes, tokenizer: tokenizer, to: &out)
                }
            }
        }
    }

    private func writeText(_ bytes: UnsafeBufferPointer<UInt8>, tokenizer: Tokenizer, to out: inout OutputWriter) {
        var needsSpace = false
        var lineHasContent = false
        tokenizer.enumerateTokens(inUTF8: bytes) { token in
            let range = token.utf8Offsets
            if token.kind == .whitespace {
                // Keep the input's lines: one output newline per line break (\n, \r\n or \r).
                var offset = range.lowerBound
                while offset < range.upperBound {
                    let byte = bytes[offset]
                    if byte == 0x0A || (byte == 0x0D && (offset + 1 == range.upperBound || bytes[offset + 1] != 0x0A)) {
                        out.write(byte: 0x0A)
                        needsSpace = false
                        lineHasContent = false
                    }
                    offset += 1
                }
                return
            }
            if needsSpace { out.write(byte: 0x20) }
            out.write(UnsafeBufferPointer(rebasing: bytes[range]))
            needsSpace = true
            lineHasContent = true
        }
        if lineHasContent { out.write(byte: 0x0A) }
    }

    private func writeJSONLines(_ bytes: UnsafeBufferPointer<UInt8>, tokenizer: Tokenizer, to out: inout OutputWriter) {
        tokenizer.enumerateTokens(inUTF8: bytes) { token in
            out.write("{\"text\":")
            out.writeJSONString(UnsafeBufferPointer(rebasing: bytes[token.utf8Offsets]))
            out.write(
                """
                ,"kind":"\(token.kind)","start":\(token.scalarOffsets.lowerBound),\
                "end":\(token.scalarOffsets.upperBound)}\n
                """
            )
        }
    }
}
