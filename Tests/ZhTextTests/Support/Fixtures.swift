import Foundation
import ZhText

/// Paths shared by the tests: the repository, its Corpus, and the shared evaluation data.
enum Fixtures {
    /// The repository root, found from this file's location.
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let corpus = root.appendingPathComponent("Corpus")

    /// The real official documents (`Corpus/real`): the development set, with gold on some of them.
    static let realCorpus = corpus.appendingPathComponent("real")

    /// The `.txt` documents of a folder, sorted by name.
    static func textFiles(in folder: URL) -> [URL] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".txt") }.sorted().map { folder.appendingPathComponent($0) }
    }

    /// Every Corpus document, decoded.
    static let corpusTexts: [(name: String, text: String)] = textFiles(in: corpus).map {
        ($0.lastPathComponent, try! TextDecoder().decode(contentsOf: $0).text)
    }
}

extension Tokenizer {
    /// The non-whitespace tokens of `text` as strings.
    func words(_ text: String) -> [String] { cut(text).map(String.init) }
}
