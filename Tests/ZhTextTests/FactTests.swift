import Testing
import ZhText

@Suite("Facts")
struct FactTests {
    static func facts(_ text: String) -> [String] {
        DocumentAnalyzer().analyze(text).facts.map { fact in
            let value = [fact.value?.description, fact.unit].compactMap { $0 }.joined(separator: " ")
            let change = fact.change.map { "\($0.direction?.rawValue ?? "-") \($0.value) \($0.unit.rawValue)" } ?? "-"
            return "\(fact.indicator)|\(value.isEmpty ? "-" : value)|\(change)|\(fact.period ?? "-")|\(fact.status.rawValue)"
        }
    }

    @Test("分别 lists pair in order: exactly two facts")
    func respectively() {
        #expect(Self.facts("2024年，一般公共预算收入512.6亿元、税收收入430.8亿元，分别增长9.1%、7.6%。") == [
            "一般公共预算收入|51260000000 CNY|increase 9.1 percent|2024|actual",
            "税收收入|43080000000 CNY|increase 7.6 percent|2024|actual",
        ])
    }

    @Test("Pairings, periods and statuses", arguments: [
        ("2024年，城镇新增就业2.7万人。", ["城镇新增就业|27000 person|-|2024|actual"]),
        ("2024年，完成固定资产投资5000亿元，比上年增长6.2%。", ["固定资产投资|500000000000 CNY|increase 6.2 percent|2024|actual"]),
        ("2025年，地区生产总值增长6%左右。", ["地区生产总值|-|increase 6 percent|2025|target"]),
        ("2024年，常住人口城镇化率为58.6%，比上年末提高0.8个百分点。", ["常住人口城镇化率|58.6 percent|increase 0.8 percentage-point|2024|actual"]),
        ("2024年，规模以上工业增加值、固定资产投资分别增长7.2%、5.1%。", [
            "规模以上工业增加值|-|increase 7.2 percent|2024|actual", "固定资产投资|-|increase 5.1 percent|2024|actual",
        ]),
        ("2024年，预计全年地区生产总值增长5.5%。", ["地区生产总值|-|increase 5.5 percent|2024|estimate"]),
        ("2024年，甲、乙、丙分别增长1%、2%。", []),
    ])
    func pairings(text: String, expected: [String]) {
        #expect(Self.facts(text) == expected)
    }
}
