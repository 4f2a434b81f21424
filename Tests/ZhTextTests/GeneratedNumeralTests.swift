import Testing
import ZhText

/// 1,000 seeded random integers and decimals, written in Arabic, Han, financial and mixed forms
/// by a writer that shares no code with the grammar, each read back with its exact value.
@Suite("Generated numerals")
struct GeneratedNumeralTests {
    /// A small seeded generator (SplitMix64), so that every run writes the same numerals.
    struct SplitMix: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    /// Writes Chinese numerals the textbook way: 万 and 亿 groups, 零 for skipped places, 十 alone at the head.
    struct Writer {
        let digits: [Character]
        let units: [Character]  // 十 百 千

        static let plain = Writer(digits: Array("零一二三四五六七八九"), units: Array("十百千"))
        static let financial = Writer(digits: Array("零壹贰叁肆伍陆柒捌玖"), units: Array("拾佰仟"))

        /// 0 < n < 10000, without leading 零 (the caller writes it); 十 alone at the head of a
        /// number (十二), 一十 inside one (一万零一十).
        func section(_ n: Int, head: Bool) -> String {
            var out = ""
            var zero = false
            for (place, divisor) in [(2, 1000), (1, 100), (0, 10)] {
                let digit = n / divisor % 10
                if digit == 0 {
                    zero = zero || !out.isEmpty
                    continue
                }
                if zero, !out.isEmpty { out.append(digits[0]) }
                zero = false
                if !(head && out.isEmpty && place == 0 && digit == 1 && digits[1] == "一") { out.append(digits[digit]) }
                out.append(units[place])
            }
            if n % 10 > 0 {
                if zero { out.append(digits[0]) }
                out.append(digits[n % 10])
            }
            return out
        }

        func integer(_ n: Int) -> String {
            if n == 0 { return String(digits[0]) }
            var out = ""
            var gap = false
            for (value, name) in [(n / 100_000_000, "亿"), (n / 10_000 % 10_000, "万"), (n % 10_000, "")] {
                guard value > 0 else {
                    gap = gap || !out.isEmpty
                    continue
                }
                let written = !out.isEmpty
                if written, gap || value < 1000 { out.append(digits[0]) }  // 一亿零一, 一万零三百
                gap = false
                out += section(value, head: !written) + name
            }
            return out
        }
    }

    /// 3万2千5百, 3万2千5百83: Arabic digits with Chinese units, every place below 万 written.
    static func chain(_ n: Int) -> String {
        let high = n / 10_000
        let thousands = n / 1000 % 10
        let hundreds = n / 100 % 10
        let rest = n % 100
        return (high > 0 ? "\(high)万" : "") + "\(thousands)千\(hundreds)百" + (rest > 0 ? "\(rest)" : "")
    }

    enum Form: CaseIterable { case arabic, grouped, han, financial, mixed, hanDecimal, chain }

    static let cases: [(text: String, value: String)] = {
        var random = SplitMix(state: 20_261_205)
        var cases: [(String, String)] = []
        for index in 0..<1000 {
            let form = Form.allCases[index % Form.allCases.count]
            let integer =
                Int.random(in: 1...999_999_999, using: &random)
                / [1, 10, 1000, 100_000][Int.random(in: 0..<4, using: &random)] + 1
            switch form {
            case .arabic:
                let cents = Int.random(in: 0..<100, using: &random)
                let text = cents == 0 ? "\(integer)" : "\(integer).\(cents < 10 ? "0" : "")\(cents)"
                let value = cents == 0 ? "\(integer)" : cents % 10 == 0 ? "\(integer).\(cents / 10)" : text
                cases.append((text + "元", value))
            case .grouped:
                var digits = String(integer)
                var groups: [String] = []
                while digits.count > 3 { groups.insert(String(digits.suffix(3)), at: 0); digits.removeLast(3) }
                groups.insert(digits, at: 0)
                cases.append((groups.joined(separator: ",") + "吨", "\(integer)"))
            case .han:
                cases.append((Writer.plain.integer(integer) + "元", "\(integer)"))
            case .financial:
                cases.append((Writer.financial.integer(integer) + "元", "\(integer)"))
            case .mixed:
                // 12.5万元, 3亿元: an Arabic number before a multiplier.
                let tenths = Int.random(in: 1...99_999, using: &random)
                let big = Bool.random(using: &random)
                let text = "\(tenths / 10)" + (tenths % 10 == 0 ? "" : ".\(tenths % 10)") + (big ? "亿元" : "万元")
                let scaled = tenths * (big ? 10_000_000 : 1000)
                cases.append((text, "\(scaled)"))
            case .chain:
                let value =
                    Int.random(in: 1...9999, using: &random) * 10_000 + Int.random(in: 1...9, using: &random) * 1000
                    + Int.random(in: 1...9, using: &random) * 100
                    + (Bool.random(using: &random) ? Int.random(in: 10...99, using: &random) : 0)
                cases.append((chain(value) + "元", "\(value)"))
            case .hanDecimal:
                let whole = Int.random(in: 1...9999, using: &random)
                let fraction = Int.random(in: 1...9, using: &random)
                cases.append(
                    (
                        Writer.plain.integer(whole) + "点" + String(Writer.plain.digits[fraction]) + "吨",
                        "\(whole).\(fraction)"
                    ))
            }
        }
        return cases
    }()

    @Test("1,000 generated numerals read with their exact value")
    func generated() {
        #expect(Self.cases.count == 1000)
        let extractor = FigureExtractor()
        var wrong: [String] = []
        for (text, value) in Self.cases {
            let quantities = extractor.figures(in: "共计\(text)。").quantities
            if quantities.count != 1 || quantities[0].value?.description != value || quantities[0].text != text {
                wrong.append(
                    "\(text) → \(quantities.map { "\($0.text)=\($0.value?.description ?? "nil")" }) (want \(value))")
            }
        }
        #expect(wrong.isEmpty, "\(wrong.count) wrong: \(wrong.prefix(10).joined(separator: "; "))")
    }
}
