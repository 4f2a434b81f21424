import ArgumentParser
import Foundation
import ZhText

/// `zhtext indicators`: the canonical-indicator table, or the id each phrase maps to.
struct IndicatorsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "indicators",
        abstract: "List the canonical indicators, or map indicator phrases to their ids.",
        discussion: """
            Without PHRASE, prints the table as TSV: id, kind, English name, aliases. With phrases \
            (or - to read one per line from standard input), prints one line per phrase: the phrase, \
            a tab, and its canonical id (empty when no entry fits).

            Examples:
              zhtext indicators                       the table
              zhtext indicators 全省地区生产总值 CPI    gdp, cpi
            """
    )

    @Argument(help: "Indicator phrases, or - to read them from standard input, one per line.")
    var phrases: [String] = []

    func run() throws {
        var out = OutputWriter()
        if phrases.isEmpty {
            out.write("id\tkind\tname\taliases\n")
            for indicator in CanonicalIndicator.all {
                out.write(
                    """
                    \(indicator.id)\t\(indicator.kind.rawValue)\t\(indicator.name)\
                    \t\(indicator.aliases.joined(separator: " "))\n
                    """
                )
            }
        } else {
            var lines = phrases
            if phrases == ["-"] {
                let data = FileHandle.standardInput.readDataToEndOfFile()
                lines = String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
                    .map(String.init)
                if lines.last == "" { lines.removeLast() }
            }
            for phrase in lines {
                out.write("\(phrase)\t\(CanonicalIndicator.matching(phrase)?.id ?? "")\n")
            }
        }
        out.flush()
    }
}
