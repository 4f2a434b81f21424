import Foundation
import Testing

@testable import ZhText

/// The text rules' specs: `Specs/text.jsonl`, one sentence of our own a line with the rule it pins
/// and what the rule must make of it. Fields, each optional:
/// - `normalized`: the text after ``Normalizer`` (NFKC, folded whitespace);
/// - `read`: the text every scanner reads (normalized as the analyzer does, then simplified in place);
/// - `words`: the word tokens of that text;
/// - `entities`: the analyzer's names, `text@start=KIND`, their text read from the original;
/// - `quantities`: the analyzer's quantities, `text@start=value unit`.
/// A line with `"negative": true` is a must-not-match case: the rule leaves the text as it is.
@Suite("Text rule specs")
struct TextSpecTests {
    struct Spec: Sendable, CustomTestStringConvertible {
        let rule: String
        let text: String
        let negative: Bool
        let normalized: String?
        let read: String?
        let words: [String]?
        let entities: [String]?
        let quantities: [String]?
        var testDescription: String { "\(rule): \(text.prefix(24))" }
    }

    static let specs: [Spec] = {
        Fixtures.specObjects("text.jsonl").map { object in
            Spec(
                rule: object["rule"] as? String ?? "", text: object["text"] as? String ?? "",
                negative: object["negative"] as? Bool ?? false, normalized: object["normalized"] as? String,
                read: object["read"] as? String, words: object["words"] as? [String],
                entities: object["entities"] as? [String], quantities: object["quantities"] as? [String])
        }
    }()

    static let analyzer = DocumentAnalyzer()

    @Test("Every text rule has specs, including must-not-match cases")
    func specsCoverRules() {
        for rule in RuleCatalog.text {
            #expect(Self.specs.contains { $0.rule == rule && !$0.negative }, "no spec for \(rule)")
            #expect(Self.specs.contains { $0.rule == rule && $0.negative }, "no must-not-match spec for \(rule)")
        }
    }

    @Test("Specs: the text read, its words, names and figures", arguments: specs)
    func spec(_ spec: Spec) {
        if let normalized = spec.normalized {
            #expect(Normalizer().normalize(spec.text).text == normalized)
        }
        let read = Self.analyzer.figures.normalizer.normalize(spec.text).simplifiedTraditional()
        if let expected = spec.read {
            #expect(read.text == expected)
        }
        if spec.negative, spec.rule == "traditional-simplified" {
            let normalized = Self.analyzer.figures.normalizer.normalize(spec.text).text
            #expect(read.text == normalized, "a must-not-match text is read as normalized, no character simplified")
        }
        if let words = spec.words {
            var found: [String] = []
            Self.analyzer.figures.tokenizer.enumerateTokens(in: read.text) { token in
                guard token.kind == .word else { return }
                let scalars = read.text.unicodeScalars
                let start = scalars.index(scalars.startIndex, offsetBy: token.scalarOffsets.lowerBound)
                let end = scalars.index(start, offsetBy: token.scalarOffsets.count)
                found.append(String(scalars[start..<end]))
            }
            #expect(found == words)
        }
        guard spec.entities != nil || spec.quantities != nil else { return }
        let analysis = Self.analyzer.analyze(spec.text)
        if let entities = spec.entities {
            let found = analysis.entities.map { "\($0.text)@\($0.scalarOffsets.lowerBound)=\($0.type.rawValue)" }
            #expect(found == entities)
        }
        if let quantities = spec.quantities {
            let found = analysis.quantities.map { item in
                "\(item.text)@\(item.scalarOffsets.lowerBound)=\(item.value?.description ?? "null") "
                    + (item.unit?.rawValue ?? "null")
            }
            #expect(found == quantities)
        }
    }

    @Test("Simplifying keeps every offset: the table pairs characters of the same UTF-8 length")
    func tableIsInPlace() {
        let rows = TraditionalCharacters.table.rows
        #expect(rows.count > 2_000)
        for row in rows {
            #expect(row.count == 2 && row[0].unicodeScalars.count == 1 && row[1].unicodeScalars.count == 1)
            #expect(row[0].utf8.count == 3 && row[1].utf8.count == 3, "\(row)")
            let (traditional, simple) = (row[0].unicodeScalars.first!.value, row[1].unicodeScalars.first!.value)
            #expect(TraditionalCharacters.simplified(traditional) == simple, "\(row)")
        }
        let text = "維持在３．５％，參與"
        let normalized = Normalizer(foldWhitespace: false).normalize(text)
        let read = normalized.simplifiedTraditional()
        #expect(read.text.utf8.count == normalized.text.utf8.count)
        #expect(read.scalarCount == normalized.scalarCount)
        #expect(read.original == text)
        for index in 0..<read.scalarCount {
            let scalar = index..<(index + 1)
            #expect(read.originalScalarRange(of: scalar) == normalized.originalScalarRange(of: scalar))
        }
    }

    /// The two findings of the written Traditional document that changed when the text came to be
    /// simplified before it is tokenized (its words now show as in a Simplified text).
    @Test("A Traditional document is tokenized simplified: 兩地 is a word, 開支組成 no name")
    func traditionalDocument() throws {
        let text = try #require(Fixtures.corpusTexts.first { $0.name == "09_traditional-hk-2024.txt" }?.text)
        let analysis = Self.analyzer.analyze(text)
        // 兩地旅遊往來: "both places' travel", read as 两地 (a word), not the count 兩 of 地.
        #expect(!analysis.quantities.contains { $0.text == "兩地" })
        // 在開支組成部分中: 开支 组成部分, not a person 支組成.
        #expect(!analysis.entities.contains { $0.text == "支組成" })
        // The names reported read as written in the document.
        #expect(analysis.entities.contains { $0.text == "鄭啟明" && $0.type == .person })
        #expect(analysis.entities.contains { $0.text == "立法會" && $0.type == .organization })
    }
}
