extension RuleCatalog {
    /// The facts rules' names, read from the rule lists (each has specs in `Tests/ZhTextTests/Specs/facts.jsonl`):
    /// the pairing rules in their order, the subject rule, the frame's period and status rules, and the head rules of
    /// `Indicator` whose specs are facts.
    package static var facts: [String] {
        FactExtractor.pairingRuleNames + [SubjectRule.name, SubjectRule.namedRule, SubjectRule.placeRule]
            + FrameRules.PeriodRule.allCases.map(\.rawValue)
            + FrameRules.StatusRule.allCases.map(\.rawValue) + FrameReader.Rule.allCases.map(\.rawValue)
            + FactContext.Rule.allCases.map(\.rawValue) + indicatorHeadRules
    }

    /// Rules of `Indicator` (the phrase before a figure) whose specs are in `Specs/facts.jsonl`.
    static let indicatorHeadRules = [
        "footnote", "harvest-change", "cause-of-loss", "listed-name", "list-verb", "count-verb", "action-noun",
        "industry-topic", "shared-opening", "shared-measure", "tail-opener", "whole-items", "joined-item",
        "verb-list-object", "verb-total-parts", "verb-at-end-object", "names-before-count", "classified-list",
        "own-total", "part-from", "years-measure", "tail-word", "measure-tail", "quoted-in-object",
        "dropped-verb-object", "share-without-de", "reach-verb-object", "object-next-figure", "topic-clause",
    ]

    /// The facts knowledge tables.
    static var factTables: [DataTable] { FactWords.tables }
}
