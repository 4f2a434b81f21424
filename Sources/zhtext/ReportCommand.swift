import ArgumentParser
import Foundation
import ZhText

/// `zhtext report`: one HTML file comparing indicators across documents, from documents or a database.
struct ReportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract:
            """
            Write an HTML report of indicators across documents: charts of targets and results, tables, \
            highlighted texts.
            """,
        discussion: """
            PATH is a text file, a folder of them, or a database made by `zhtext extract --format \
            sqlite`. For each canonical indicator found in two or more documents the report has a \
            chart of its values by year (results and targets side by side, one series per subject) \
            and a sortable table; then each document's text with figures, entities, terms and facts \
            highlighted. One self-contained file: it works offline.

            Examples:
              zhtext report --output report.html Corpus/real/
              zhtext report --output report.html corpus.sqlite
            """
    )

    @OptionGroup var input: InputOptions

    @Option(help: "The HTML file to write (replaced only when complete).")
    var output: String

    func run() async throws {
        AtomicOutput.handleSignals()
        let target: AtomicOutput.Target
        do {
            target = try AtomicOutput.open(output)
        } catch let error as ValidationError {
            StandardError.write("zhtext: \(error.message)\n")
            throw ExitCode.validationFailure
        }
        var documents: [ReportDocument] = []
        var texts: [InputSource] = []
        var failed = false
        for path in input.paths {
            if path != "-", ReportLoader.isDatabase(path) {
                do {
                    documents += try ReportLoader.database(path)
                } catch {
                    StandardError.write("zhtext: cannot read the database \(path): \(error)\n")
                    failed = true
                }
            } else {
                var one = input
                one.paths = [path]
                texts += one.sources()
            }
        }
        let analysed = await ReportLoader.analyse(texts, input: input)
        if analysed.count < texts.count { failed = true }
        documents += analysed
        // Each source numbers its own documents: number them again, 1, 2… in order.
        for index in documents.indices {
            documents[index].id = index + 1
            for fact in documents[index].facts.indices { documents[index].facts[fact].document = index + 1 }
        }
        var out = OutputWriter(descriptor: target.descriptor, name: output)
        out.write(ReportHTML.render(documents))
        out.flush()
        try AtomicOutput.commit(target)
        StandardError.write("zhtext: report of \(documents.count) documents written to \(output)\n")
        if failed { throw ExitCode.failure }
    }
}
