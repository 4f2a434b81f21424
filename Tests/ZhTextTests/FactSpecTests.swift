import Foundation
import Testing
import ZhText

/// The fact rules' specs (`Specs/facts.jsonl`): sentences of our own, each with the exact facts
/// it gives, for every named rule, positive and must-not-match (an empty list, or facts without
/// what the rule would add, marked `"negative": true`; a positive case whose rule drops the figure
/// gives no facts and says `"negative": false`).
@Suite("Fact rule specs")
struct FactSpecTests {
    /// One spec line: the rule it pins, the text, the facts expected.
    struct Spec: Sendable, CustomStringConvertible, Decodable {
        let rule: String
        let text: String
        let facts: [String]
        /// Whether the line is a must-not-match case whose text still gives facts.
        ///
        /// Those facts are made by other rules: the rule must not change them. A line with no facts
        /// is must-not-match anyway.
        var negative: Bool? = nil
        var description: String { "\(rule): \(text.split(separator: "\n").last ?? "")" }
    }

    static let specs: [Spec] = {
        Fixtures.specLines("facts.jsonl").map { try! JSONDecoder().decode(Spec.self, from: Data($0.utf8)) }
    }()

    /// A fact as `indicator|value unit|change|period|status`, then `|from value unit period` for a
    /// baseline and `|of subject` for a subject.
    static func describe(_ fact: Fact) -> String {
        let value = [fact.value?.description, fact.unit?.rawValue].compactMap { $0 }.joined(separator: " ")
        let change = fact.change.map { "\($0.direction?.rawValue ?? "-") \($0.value) \($0.unit.rawValue)" } ?? "-"
        var line =
            "\(fact.indicator)|\(value.isEmpty ? "-" : value)|\(change)|\(fact.period ?? "-")|\(fact.status.rawValue)"
        if let baseline = fact.baseline {
            line += "|from \(baseline.value) \(baseline.unit?.rawValue ?? "-") \(baseline.period ?? "-")"
        }
        if let subject = fact.subject { line += "|of \(subject)" }
        return line
    }

    @Test("The specs are read: every rule has at least one")
    func specsAreRead() {
        #expect(Self.specs.count >= 30)
        let rules = Set(Self.specs.map(\.rule))
        for rule in [
            "reviewed-year", "span-of-review", "level-reached-at-end", "plan-period", "baseline", "count-list",
            "subject", "respectively",
        ] {
            #expect(rules.contains(rule), "no spec for \(rule)")
        }
    }

    /// Rules that read what the entity rules found (place-subject: the places an indicator opens with); their specs run
    /// with the entity recognizer, the others without it.
    static let rulesReadingEntities: Set<String> = ["place-subject"]

    @Test("Each spec gives exactly its facts", arguments: specs)
    func spec(_ spec: Spec) {
        let analyzer =
            Self.rulesReadingEntities.contains(spec.rule) ? DocumentAnalyzer() : DocumentAnalyzer(entities: nil)
        let facts = analyzer.analyze(spec.text).facts.map(Self.describe)
        #expect(facts == spec.facts)
    }
}
