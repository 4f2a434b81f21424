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
        let url = Fixtures.root.appendingPathComponent("Tests/ZhTextTests/Specs/text.jsonl")
        let text = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
        return text.split(separator: "\n").compactMap { line in
            guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] else {
                return nil
            }
            return Spec(
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
            #expect(read.text == spec.text, "a must-not-match text is read as written")
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
            #expect(analysis.entities.map { "\($0.text)@\($0.scalarOffsets.lowerBound)=\($0.kind.rawValue)" } == entities)
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
        }
        let text = "維持在３．５％，參與"
        let normalized = Normalizer(foldWhitespace: false).normalize(text)
        let read = normalized.simplifiedTraditional()
        #expect(read.text.utf8.count == normalized.text.utf8.count)
        #expect(read.scalarCount == normalized.scalarCount)
        #expect(read.original == text)
        for index in 0..<read.scalarCount {
            #expect(read.originalScalarRange(of: index..<(index + 1)) == normalized.originalScalarRange(of: index..<(index + 1)))
        }
    }
}
