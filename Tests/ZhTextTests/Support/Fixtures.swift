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

    /// The rule specs' folder (`Tests/ZhTextTests/Specs`), one JSON Lines file per area.
    static let specs = root.appendingPathComponent("Tests/ZhTextTests/Specs")

    /// The lines of a spec file (`figures.jsonl`), blank lines left out.
    static func specLines(_ file: String) -> [Substring] {
        let text = (try? String(contentsOf: specs.appendingPathComponent(file), encoding: .utf8)) ?? ""
        return text.split(separator: "\n")
    }

    /// The lines of a spec file as JSON objects (a line that is not one is left out).
    static func specObjects(_ file: String) -> [[String: Any]] {
        specLines(file).compactMap { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
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
