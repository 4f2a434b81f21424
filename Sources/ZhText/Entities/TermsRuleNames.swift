extension RuleCatalog {
    /// The terms rules' names (each has specs in `Tests/ZhTextTests/Specs/terms.jsonl`): how a
    /// quotation's shape (`TermExtractor.shape(of:)`) and its context (`QuoteContext`) make it a
    /// policy term or not.
    package static var terms: [String] {
        [
            "quoted-term", "balanced-list", "quoted-figure", "plan-period", "plan-name", "formula-term", "latin-phrase",
            "naming-verb", "quoted-speech", "change-ends", "brand-or-product", "product-marker", "product-version",
            "event-name", "indicator-name", "state-noun", "metaphor",
        ]
    }
}
