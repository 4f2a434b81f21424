import ArgumentParser

/// The `zhtext` command line: Chinese text analysis on the system ICU.
@main
struct ZhTextCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "zhtext",
        abstract: "Chinese text analysis for official documents: tokens, normalized text, figures.",
        version: "0.1.0",
        subcommands: [
            ExtractCommand.self, ReportCommand.self, TokenizeCommand.self, NormalizeCommand.self,
            IndicatorsCommand.self,
        ]
    )
}
