extension RuleCatalog {
    /// The text rules' names (each has specs in `Tests/ZhTextTests/Specs/`).
    package static var text: [String] {
        [
        
        ]
    }

    /// The text knowledge tables.
    static var textTables: [DataTable] { [] }
}
