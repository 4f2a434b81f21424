import Foundation
import Testing
import ZhText

/// The Corpus gold against the library: the written documents (`Corpus/gold`), and the real
/// documents (`Corpus/real/gold`) split into a development and a held-out test set
/// (`Corpus/real/gold/split.tsv`), each reported and held to its own floors.
@Suite("Corpus gold")
struct CorpusGoldTests {
    /// One gold file with its document.
    struct Gold: Sendable, CustomStringConvertible {
        let name: String
        let text: String
        let record: [String: any Sendable]
        var description: String { name }
    }

    /// A set of gold documents scored together.
    enum GoldSet: String, CaseIterable, Sendable, CustomStringConvertible {
        case written, realDevelopment = "real-dev", realTest = "real-test"

        var description: String { rawValue }

        /// The folder holding the documents; their gold is in its `gold/`.
        var folder: URL { self == .written ? Fixtures.corpus : Fixtures.realCorpus }

        /// Floors per list.
        ///
        /// Precision and recall for figures on the written set (the figures issue's targets); F1
        /// elsewhere. The written floors for terms, entities and facts are their issues' targets
        /// (reached at 0.984, 0.910, 0.861); the real floors are the baseline measured when the
        /// real gold was written (issue 12), so nothing regresses.
        var thresholds: [String: Double] {
            self == .written ? ["quantities": 0.97, "percentages": 0.97, "dates": 0.9] : [:]
        }

        var floors: [String: Double] {
            switch self {
            case .written: ["terms": 0.97, "entities": 0.90, "facts": 0.85]
            case .realDevelopment: CorpusGoldTests.realDevelopmentFloors
            case .realTest: CorpusGoldTests.realTestFloors
            }
        }

        /// The names of the set's gold documents.
        var names: [String] {
            let gold = folder.appendingPathComponent("gold")
            let files = ((try? FileManager.default.contentsOfDirectory(atPath: gold.path)) ?? [])
                .filter { $0.hasSuffix(".json") }.map { String($0.dropLast(5)) }.sorted()
            guard self != .written else { return files }
            let split = (try? String(contentsOf: gold.appendingPathComponent("split.tsv"), encoding: .utf8)) ?? ""
            let wanted = self == .realTest ? "test" : "dev"
            let listed = Set(
                split.split(separator: "\n").compactMap { line -> String? in
                    let fields = line.split(separator: "\t").map(String.init)
                    return fields.count == 2 && fields[1] == wanted ? fields[0] : nil
                })
            return files.filter(listed.contains)
        }

        /// The set's gold documents, decoded.
        var golds: [Gold] {
            names.map { name in
                let url = folder.appendingPathComponent("gold/\(name).json")
                let record = try! JSONSerialization.jsonObject(with: Data(contentsOf: url)) as! [String: Any]
                let text = try! TextDecoder().decode(contentsOf: folder.appendingPathComponent(name + ".txt")).text
                return Gold(name: name, text: text, record: record.mapValues { $0 as! any Sendable })
            }
        }
    }

    /// F1 floors on the real development documents.
    ///
    /// The baseline measured when the real gold
    /// was written (issue 12, `Scripts/eval-figures.py --set real-dev --lists all`), rounded down;
    /// quantities and dates raised to what the figure rules of issue 14 reach (0.991, 0.987; quantities
    /// 0.995 after its real-text round, 1.000 after the next), facts to what issue 16 reaches (0.719, then
    /// 0.772, 0.802, then 0.817), entities to what issue 15's rules reach (0.817, then 0.919, 0.922). In the
    /// sixth round three documents annotated blind in the fifth (20_national-2019, 35_jiangsu, 47_yunnan) joined
    /// the set, and the floors were set again from the eight documents, rounded down: quantities 0.993,
    /// percentages 0.998, dates 0.995, entities 0.856, terms 0.940, facts 0.795; raised at the round's end to what
    /// its rules reach there (entities 0.894, facts 0.824). In the seventh round the five documents annotated
    /// blind in the sixth (02_national-2008, 26_gansu, 32_hubei, 41_shandong, 43_sichuan) joined, and the floors
    /// were set again from the thirteen documents, rounded down: quantities 0.983, percentages 1.000, dates
    /// 0.984, entities 0.823, terms 0.942, facts 0.751; raised at the round's end to what its rules reach there
    /// (entities 0.857, facts 0.769). In the eighth round the four documents annotated blind in the seventh
    /// (13_national-2010, 23_beijing, 34_inner-mongolia, 40_qinghai) joined and every gold was aligned with the
    /// round's settlements; on the seventeen documents the round's starting code scores quantities 0.980, dates
    /// 0.978, entities 0.833, terms 0.947, facts 0.749, and its rules reach entities 0.863, facts 0.786.
    static let realDevelopmentFloors: [String: Double] = [
        "quantities": 0.97, "percentages": 0.99, "dates": 0.97, "entities": 0.86, "terms": 0.94, "facts": 0.78,
    ]
    /// F1 floors on the real test documents.
    ///
    /// The same baseline (`--set real-test`), rounded down;
    /// quantities and dates raised to what issue 14 reaches there (0.953, 0.945; then 0.962, 0.965), facts
    /// to what issue 16 reaches (0.595, then 0.644, 0.650, 0.683), entities to what issue 15's rules reach (0.743,
    /// 0.771, 0.781). In the sixth round the test gold was annotated a second time and adjudicated (blind);
    /// on it the same code scores quantities 0.978, dates 0.970, entities 0.786 (facts and terms unchanged); at the
    /// round's end quantities 0.980, dates 0.975, entities 0.799, facts 0.707; at the seventh round's end entities
    /// 0.808 (the rest unchanged). In the eighth round the test gold was aligned (blind) with the round's
    /// settlements; on it the round's starting code scores entities 0.800, facts 0.707, and at its end entities
    /// 0.820, facts 0.767.
    static let realTestFloors: [String: Double] = [
        "quantities": 0.98, "percentages": 0.99, "dates": 0.97, "entities": 0.81, "terms": 0.98, "facts": 0.76,
    ]

    static let golds: [Gold] = GoldSet.allCases.flatMap(\.golds)
    static let allLists = ["quantities", "percentages", "dates", "entities", "terms", "facts"]
    static let measured = ["dates", "entities", "facts", "percentages", "quantities", "terms"]

    @Test("Every set has gold: 17 written documents, at least 8 real development and 3 real test documents")
    func setsArePresent() {
        #expect(GoldSet.written.names.count >= 17)
        #expect(GoldSet.realDevelopment.names.count >= 8)
        #expect(GoldSet.realTest.names.count >= 3)
        #expect(Set(GoldSet.realDevelopment.names).isDisjoint(with: GoldSet.realTest.names))
    }

    @Test("Every gold item's text is the original text at its offsets")
    func goldOffsets() throws {
        try #require(!Self.golds.isEmpty, "Corpus/gold has no gold files")
        for gold in Self.golds {
            let scalars = Array(gold.text.unicodeScalars)
            #expect(gold.record["characters"] as? Int == scalars.count, "\(gold.name): characters")
            for list in Self.allLists {
                for item in gold.record[list] as? [[String: Any]] ?? [] {
                    let start = try #require(item["start"] as? Int)
                    let end = try #require(item["end"] as? Int)
                    try #require(
                        0 <= start && start < end && end <= scalars.count, "\(gold.name) \(list): \(start)..<\(end)")
                    guard let text = item["text"] as? String else { continue }
                    #expect(
                        String(String.UnicodeScalarView(scalars[start..<end])) == text,
                        "\(gold.name) \(list) at \(start)")
                }
            }
        }
    }

    @Test("Extraction matches the gold: precision and recall per list, per set", arguments: GoldSet.allCases)
    func extractionMatchesGold(set: GoldSet) throws {
        let golds = set.golds
        try #require(!golds.isEmpty, "\(set) has no gold files")
        let analyzer = DocumentAnalyzer()
        var totals: [String: (correct: Int, found: Int, expected: Int)] = [:]
        var report = [
            "\(set) document".padding(toLength: 38, withPad: " ", startingAt: 0)
                + Self.measured.map { "\($0.prefix(11))   P     R   " }.joined()
        ]
        for gold in golds {
            let figures = analyzer.analyze(gold.text)
            let found: [String: Set<String>] = [
                "quantities": Set(
                    figures.quantities.map {
                        Self.key(
                            $0.scalarOffsets, $0.value?.description, $0.unit?.rawValue, $0.low?.description,
                            $0.high?.description)
                    }),
                "percentages": Set(
                    figures.percentages.map {
                        Self.key($0.scalarOffsets, $0.recordValue?.description, $0.unit.rawValue)
                    }),
                "dates": Set(figures.dates.map { Self.key($0.scalarOffsets, $0.value, $0.kind.rawValue) }),
                "terms": Set(figures.terms.map { Self.key($0.scalarOffsets) }),
                "entities": Set(figures.entities.map { Self.key($0.scalarOffsets, $0.type.rawValue) }),
                "facts": Set(
                    figures.facts.map { fact in
                        [
                            fact.indicator, fact.value?.description ?? "null", fact.unit?.rawValue ?? "null",
                            fact.change?.direction?.rawValue ?? "null",
                            fact.change?.value.description ?? "null", fact.change?.unit.rawValue ?? "null",
                            fact.period ?? "null",
                            fact.status.rawValue,
                        ].joined(separator: "|")
                    }),
            ]
            var line = gold.name.padding(toLength: 38, withPad: " ", startingAt: 0)
            for list in Self.measured {
                guard let items = gold.record[list] as? [[String: Any]] else {
                    line += "  (no gold)        "
                    continue
                }
                let expected = Set(
                    items.map { item in
                        switch list {
                        case "quantities": Self.key(item, "value", "unit", "low", "high")
                        case "percentages": Self.key(item, "value", "unit")
                        case "terms": Self.key(item)
                        case "entities": Self.key(item, "type")
                        case "facts": Self.factKey(item)
                        default: Self.key(item, "value", "kind")
                        }
                    })
                let hits = expected.intersection(found[list]!).count
                let total = totals[list] ?? (0, 0, 0)
                totals[list] = (total.correct + hits, total.found + found[list]!.count, total.expected + expected.count)
                line += String(
                    format: "  %4d  %.3f %.3f", expected.count, Self.ratio(hits, found[list]!.count),
                    Self.ratio(hits, expected.count))
            }
            report.append(line)
        }
        for (list, total) in totals.sorted(by: { $0.key < $1.key }) {
            let precision = Self.ratio(total.correct, total.found)
            let recall = Self.ratio(total.correct, total.expected)
            let f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall)
            report.append(
                String(
                    format: "%@ ALL %@: P %.4f R %.4f F1 %.4f (gold %d, found %d, correct %d)", set.rawValue, list,
                    precision, recall, f1, total.expected, total.found, total.correct))
            if let floor = set.thresholds[list] {
                #expect(precision >= floor, "\(list) precision \(precision) < \(floor)")
                #expect(recall >= floor, "\(list) recall \(recall) < \(floor)")
            }
            if let floor = set.floors[list] {
                #expect(f1 >= floor, "\(set) \(list) F1 \(f1) < \(floor)")
            }
        }
        print(report.joined(separator: "\n"))
    }

    static func factKey(_ item: [String: Any]) -> String {
        let change = item["change"] as? [String: Any]
        return [
            item["indicator"] as? String ?? "null", item["value"] as? String ?? "null",
            item["unit"] as? String ?? "null",
            change?["direction"] as? String ?? "null", change?["value"] as? String ?? "null",
            change?["unit"] as? String ?? "null",
            item["period"] as? String ?? "null", item["status"] as? String ?? "null",
        ].joined(separator: "|")
    }

    static func ratio(_ part: Int, _ whole: Int) -> Double { whole == 0 ? 1 : Double(part) / Double(whole) }

    static func key(_ range: Range<Int>, _ values: String?...) -> String {
        key(range, values)
    }

    static func key(_ range: Range<Int>, _ values: [String?]) -> String {
        ([String(range.lowerBound), String(range.upperBound)] + values.map { $0 ?? "null" }).joined(separator: "|")
    }

    static func key(_ item: [String: Any], _ fields: String...) -> String {
        key(item, fields)
    }

    static func key(_ item: [String: Any], _ fields: [String]) -> String {
        ([String(item["start"] as! Int), String(item["end"] as! Int)] + fields.map { item[$0] as? String ?? "null" })
            .joined(separator: "|")
    }
}
