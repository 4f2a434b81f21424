extension RuleCatalog {
    /// The terms rules' names (each has specs in `Tests/ZhTextTests/Specs/`).
    package static var terms: [String] {
        [
        
        ]
    }
}
