extension RuleCatalog {
    /// The facts rules' names (each has specs in `Tests/ZhTextTests/Specs/`).
    package static var facts: [String] {
        [
        "reviewed-year", "review-is-actual", "span-of-review", "level-reached-at-end", "written-in-sentence",
        "plan-period", "past-year-in-plan", "estimate-words", "plan-is-target", "baseline", "count-list", "subject",
        "restatement", "footnote", "harvest-change", "cause-of-loss", "listed-name", "real-growth", "respectively",
        "later-year-in-review",
        ]
    }

    /// The facts knowledge tables.
    static var factTables: [DataTable] { [] }
}
