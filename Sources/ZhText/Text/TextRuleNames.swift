extension RuleCatalog {
    /// The text rules' names (each has specs in `Tests/ZhTextTests/Specs/text.jsonl`).
    package static var text: [String] {
        [
            // NFKC: full-width digits, letters and punctuation read as ASCII (Normalizer).
            "compatibility-forms",
            // Runs of horizontal whitespace fold into one space, \r\n and \r into \n (Normalizer).
            "whitespace-folding",
            // Traditional characters read as Simplified, in place (TraditionalCharacters).
            "traditional-simplified",
        ]
    }

    /// The text knowledge tables.
    static var textTables: [DataTable] { [TraditionalCharacters.table] }
}
