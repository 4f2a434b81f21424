import Foundation
import Testing
import ZhText

/// The indicator rules' specs (`Specs/indicators.jsonl`).
///
/// Sentences of our own, each with the exact indicators of the facts it gives (the edge rules that
/// trim a phrase to its indicator), and phrases with the canonical id they name or null (the steps of
/// `CanonicalIndicator.matching`). A line with `"negative": true` is a case the rule must not match.
@Suite("Indicator rule specs")
struct IndicatorSpecTests {
    /// One spec line: the rule it pins, and either a text and its facts' indicators or a phrase and its id.
    struct Spec: Sendable, CustomStringConvertible, Decodable {
        let rule: String
        let text: String?
        let indicators: [String]?
        let phrase: String?
        let id: String?
        var description: String { "\(rule): \(text ?? phrase ?? "")" }
    }

    static let specs: [Spec] = {
        Fixtures.specLines("indicators.jsonl").map { try! JSONDecoder().decode(Spec.self, from: Data($0.utf8)) }
    }()

    @Test("The specs are read: each is a sentence with indicators or a phrase")
    func specsAreRead() {
        #expect(Self.specs.count >= 60)
        for spec in Self.specs {
            #expect((spec.text != nil && spec.indicators != nil) != (spec.phrase != nil), "\(spec)")
        }
    }

    @Test("Each spec gives exactly its indicators, or its canonical id", arguments: specs)
    func spec(_ spec: Spec) {
        if let text = spec.text {
            let indicators = DocumentAnalyzer(entities: nil).analyze(text).facts.map(\.indicator)
            #expect(indicators == spec.indicators)
        } else if let phrase = spec.phrase {
            #expect(CanonicalIndicator.matching(phrase)?.id == spec.id)
        }
    }
}
