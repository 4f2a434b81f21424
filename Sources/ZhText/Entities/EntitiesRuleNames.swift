extension RuleCatalog {
    /// The entities rules' names (each has specs in `Tests/ZhTextTests/Specs/`).
    package static var entities: [String] {
        [
        
        ]
    }

    /// The entities knowledge tables.
    static var entityTables: [DataTable] { [] }
}
