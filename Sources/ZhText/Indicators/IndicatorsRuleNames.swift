internal import ZhTextData

extension RuleCatalog {
    /// The indicators rules' names (each has specs in `Tests/ZhTextTests/Specs/`).
    package static var indicators: [String] {
        []
    }

    /// The indicators knowledge tables.
    static var indicatorTables: [DataTable] {
        [DataTable("indicators/canonical.tsv") { zhtext_canonical_indicators($0) }]
    }
}
