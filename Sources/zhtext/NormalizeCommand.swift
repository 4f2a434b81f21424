import ArgumentParser
import ZhText

/// `zhtext normalize`: prints the normalized text.
struct NormalizeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "normalize",
        abstract: "Print the normalized text (NFKC, optional Traditional to Simplified, folded whitespace)."
    )

    @OptionGroup var input: InputOptions

    @Flag(
        name: [.customLong("simplified"), .customLong("t2s")],
        help: "Convert Traditional characters to Simplified (ICU Hant-Hans).")
    var simplified = false

    @Flag(name: .customLong("no-nfkc"), help: "Leave compatibility forms (full-width digits and letters) as they are.")
    var noNFKC = false

    @Flag(name: .customLong("keep-whitespace"), help: "Do not fold runs of spaces or line-break variants.")
    var keepWhitespace = false

    func run() async throws {
        let normalizer = Normalizer(
            compatibilityForms: !noNFKC, traditionalToSimplified: simplified, foldWhitespace: !keepWhitespace)
        var out = OutputWriter()
        defer { out.flush() }
        try input.forEachInput { decoded in
            out.write(normalizer.normalize(decoded.text).text)
        }
    }
}
