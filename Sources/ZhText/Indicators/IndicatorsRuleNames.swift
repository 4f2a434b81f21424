internal import ZhTextData

extension RuleCatalog {
    /// The indicators rules' names (each has specs in `Tests/ZhTextTests/Specs/`): the edge rules that
    /// trim a phrase to its indicator, as `indicators/edge-rules.tsv` lists them, and the steps of
    /// ``CanonicalIndicatorTable/matching(_:)``.
    package static var indicators: [String] {
        IndicatorEdgeRule.all.map(\.name.rawValue) + CanonicalIndicatorTable.steps
    }

    /// The indicators knowledge tables.
    static var indicatorTables: [DataTable] {
        [
            DataTable("indicators/canonical.tsv") { zhtext_canonical_indicators($0) }, IndicatorTables.words,
            IndicatorTables.characters, IndicatorTables.edgeRules,
        ]
    }
}
