import Foundation
import Testing
@testable import ZhText

/// Every named rule has specs, and every knowledge table is well formed.
///
/// A spec is a line of `Specs/*.jsonl` with a `rule` and a `text`; it is a must-not-match case
/// when it says `"negative": true` or when every list it gives is empty (the rule must produce nothing).
@Suite("Rule specs and tables")
struct RuleSpecCoverageTests {
    struct SpecLine: Sendable {
        let file: String
        let rule: String
        let negative: Bool
    }

    static let specLines: [SpecLine] = {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: Fixtures.specs.path)) ?? []
        return files.filter { $0.hasSuffix(".jsonl") }.sorted().flatMap { file -> [SpecLine] in
            Fixtures.specObjects(file).compactMap { object -> SpecLine? in
                guard let rule = object["rule"] as? String
                else { return nil }
                let lists = object.filter { $0.key != "rule" && $0.key != "text" }.values.compactMap { $0 as? [Any] }
                let negative = object["negative"] as? Bool ?? (!lists.isEmpty && lists.allSatisfy(\.isEmpty))
                return SpecLine(file: file, rule: rule, negative: negative)
            }
        }
    }()

    @Test("Every rule has a positive spec and a must-not-match spec", arguments: RuleCatalog.all.map(\.area))
    func rulesHaveSpecs(area: String) {
        let rules = RuleCatalog.all.first { $0.area == area }?.rules ?? []
        for rule in rules {
            let lines = Self.specLines.filter { $0.rule == rule }
            #expect(lines.contains { !$0.negative }, "\(area) rule \(rule) has no positive spec")
            #expect(lines.contains { $0.negative }, "\(area) rule \(rule) has no must-not-match spec")
        }
    }

    @Test("Every spec names a rule that exists")
    func specsNameRules() {
        let known = Set(RuleCatalog.all.flatMap(\.rules))
        for line in Self.specLines {
            #expect(known.contains(line.rule), "\(line.file): spec for unknown rule \(line.rule)")
        }
    }

    @Test("No table writes a key twice")
    func tablesHaveNoDuplicates() {
        for table in RuleCatalog.tables {
            #expect(!table.rows.isEmpty, "\(table.name) is empty")
            #expect(table.duplicateKeys.isEmpty, "\(table.name) writes twice: \(table.duplicateKeys.prefix(10))")
        }
    }

    @Test("Tables agree: known units, and no word both a unit and a word of change or a qualifier")
    func tablesAgree() {
        for row in FigureTables.unitsTable.rows where row.count > 1 && row[1] != "-" {
            #expect(MeasureUnit(rawValue: row[1]) != nil, "units.tsv: unknown unit \(row[1]) for \(row[0])")
        }
        let units = Set(FigureTables.unitsTable.keys)
        let changes = Set(FigureTables.changeWordsTable.keys)
        let qualifiers = Set(FigureTables.qualifiersTable.keys)
        #expect(units.isDisjoint(with: changes), "a unit and a word of change: \(units.intersection(changes))")
        #expect(units.isDisjoint(with: qualifiers), "a unit and a qualifier: \(units.intersection(qualifiers))")
        #expect(
            changes.isDisjoint(with: qualifiers),
            "a word of change and a qualifier: \(changes.intersection(qualifiers))")
        for row in FigureTables.changeWordsTable.rows {
            #expect(row.count > 2 && ["up", "down"].contains(row[1]), "change-words.tsv: \(row[0]) has no direction")
        }
    }
}
