import Foundation
import Testing
import ZhText

/// The figure and date rules' specs, read from `Specs/figures.jsonl`.
///
/// One sentence of our own a line, with the rule it pins and every quantity, percentage and date it
/// must give (an empty list is a must-not-match case). Items are written
/// `text@start=value unit [extras]`.
@Suite("Figure rule specs")
struct FigureSpecTests {
    struct Spec: Sendable, CustomTestStringConvertible {
        let rule: String
        let text: String
        let quantities: [String]
        let percentages: [String]
        let dates: [String]
        var testDescription: String { "\(rule): \(text.prefix(24))" }
    }

    static let specs: [Spec] = {
        Fixtures.specObjects("figures.jsonl").map { object in
            Spec(
                rule: object["rule"] as? String ?? "", text: object["text"] as? String ?? "",
                quantities: object["quantities"] as? [String] ?? [],
                percentages: object["percentages"] as? [String] ?? [],
                dates: object["dates"] as? [String] ?? [])
        }
    }()

    static let extractor = FigureExtractor()

    @Test("Every named rule has specs, including must-not-match cases")
    func specsCoverRules() {
        #expect(Self.specs.count >= 40)
        let rules = Set(Self.specs.map(\.rule))
        for rule in [
            "arabic-unit-chain", "abbreviated-last-digit", "negative-sign", "han-multiplier", "fraction",
            "percentage-range",
            "non-figure-words", "period-reference", "bare-review-span", "previous-year", "small-units",
            "line-break-in-number",
        ] {
            #expect(rules.contains(rule), "no spec for \(rule)")
        }
        #expect(Self.specs.contains { $0.quantities.isEmpty && $0.percentages.isEmpty && $0.dates.isEmpty })
    }

    @Test("Specs: exact values, units and offsets", arguments: specs)
    func spec(_ spec: Spec) {
        let figures = Self.extractor.figures(in: spec.text)
        let quantities = figures.quantities.map { item -> String in
            var text =
                "\(item.text)@\(item.scalarOffsets.lowerBound)=\(item.value?.description ?? "null") \(item.unit?.rawValue ?? "null")"
            if let low = item.low, let high = item.high { text += " \(low)..\(high)" }
            if item.approximate { text += " ~" }
            return text
        }
        let percentages = figures.percentages.map { item -> String in
            var text =
                "\(item.text)@\(item.scalarOffsets.lowerBound)=\(item.recordValue?.description ?? "null") \(item.unit.rawValue)"
            if let numerator = item.numerator, let denominator = item.denominator {
                text += " \(numerator)/\(denominator)"
            }
            if let low = item.low, let high = item.high { text += " \(low)..\(high)" }
            if let change = item.change { text += " \(change.rawValue)" }
            return text
        }
        let dates = figures.dates.map {
            "\($0.text)@\($0.scalarOffsets.lowerBound)=\($0.value ?? "null") \($0.kind.rawValue)"
        }
        #expect(quantities == spec.quantities, "\(spec.rule)")
        #expect(percentages == spec.percentages, "\(spec.rule)")
        #expect(dates == spec.dates, "\(spec.rule)")
    }
}
