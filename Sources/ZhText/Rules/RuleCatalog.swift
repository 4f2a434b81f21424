/// The names of every rule in the library, by area: each name must have specs in
/// `Tests/ZhTextTests/Specs/*.jsonl` (a positive case and a must-not-match case), which
/// `RuleSpecCoverageTests` checks.
///
/// Each area lists its rules next to their code (`RuleCatalog.figures` in `Figures/`, and so on);
/// where rules are values (a pairing rule list, a table of edge rules) the names are read from them.
package enum RuleCatalog {
    /// Every area's rule names.
    package static var all: [(area: String, rules: [String])] {
        [
            ("figures", figures), ("facts", facts), ("indicators", indicators), ("entities", entities),
            ("terms", terms), ("text", text),
        ]
    }

    /// Every embedded knowledge table, for the table checks (duplicates, unknown values).
    static var tables: [DataTable] {
        figureTables + factTables + indicatorTables + entityTables + textTables
    }
}
