import Foundation
import Testing
@testable import ZhText

/// The entity and term rules' specs: `Specs/entities.jsonl` and `Specs/terms.jsonl`, one sentence of
/// our own a line with the rule it pins and every entity (`text@start TYPE`, scalar offsets, rules
/// mode) or term (`text@start`) it must give; an empty list, or `"negative": true`, marks a
/// must-not-match case.
@Suite("Entity and term rule specs")
struct EntitySpecTests {
    struct Spec: Sendable, CustomTestStringConvertible {
        let rule: String
        let text: String
        let items: [String]
        var testDescription: String { "\(rule): \(text.prefix(24))" }
    }

    static func specs(_ file: String, _ key: String) -> [Spec] {
        Fixtures.specObjects(file).map { object in
            Spec(
                rule: object["rule"] as? String ?? "", text: object["text"] as? String ?? "",
                items: object[key] as? [String] ?? [])
        }
    }

    static let entitySpecs = specs("entities.jsonl", "entities")
    static let termSpecs = specs("terms.jsonl", "terms")
    static let recognizer = EntityRecognizer(mode: .rules)

    @Test("Every entity and term rule has specs")
    func specsCoverRules() {
        #expect(Self.entitySpecs.count >= 2 * RuleCatalog.entities.count)
        #expect(Self.termSpecs.count >= 2 * RuleCatalog.terms.count)
        #expect(Set(Self.entitySpecs.map(\.rule)) == Set(RuleCatalog.entities))
        #expect(Set(Self.termSpecs.map(\.rule)) == Set(RuleCatalog.terms))
    }

    @Test("Entity specs: exact names, types and offsets", arguments: entitySpecs)
    func entitySpec(_ spec: Spec) {
        let found = Self.recognizer.entities(in: spec.text).map {
            "\($0.text)@\($0.scalarOffsets.lowerBound) \($0.type.rawValue)"
        }
        #expect(found == spec.items, "\(spec.rule)")
    }

    @Test("Term specs: exact terms and offsets", arguments: termSpecs)
    func termSpec(_ spec: Spec) {
        let found = TermExtractor().terms(in: spec.text).map { "\($0.text)@\($0.scalarOffsets.lowerBound)" }
        #expect(found == spec.items, "\(spec.rule)")
    }

    @Test("The entity and term tables use only their known kinds")
    func tablesUseKnownKinds() {
        let tables = [
            EntityTables.organizations, EntityTables.places, EntityTables.notNames, EntityTables.personCues,
            EntityTables.characters, EntityTables.placeVerbs, EntityTables.namedBodies, EntityTables.quoteContext,
            EntityTables.numerals,
        ]
        for table in tables {
            let unknown = table.unknownKinds(EntityTables.kinds[table.table.name] ?? [])
            #expect(unknown.isEmpty, "\(table.table.name): \(unknown.prefix(5))")
        }
    }
}
