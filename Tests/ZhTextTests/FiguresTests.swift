import Testing
import ZhText

@Suite("Figures")
struct FiguresTests {
    static let extractor = FigureExtractor()

    /// "text=value unit [classifier] [~qualifier] [low..high]" for each quantity.
    static func quantities(_ text: String) -> [String] {
        extractor.figures(in: text).quantities.map { item in
            var parts = ["\(item.text)=\(item.value?.description ?? "nil")", item.unit?.rawValue ?? "nil"]
            if let classifier = item.classifier { parts.append(classifier) }
            if item.approximate || item.qualifier != nil {
                parts.append("\(item.approximate ? "~" : "")\(item.qualifier ?? "")")
            }
            if let low = item.low, let high = item.high { parts.append("\(low)..\(high)") }
            return parts.joined(separator: " ")
        }
    }

    static func percentages(_ text: String) -> [String] {
        extractor.figures(in: text).percentages.map { item in
            "\(item.text)=\(item.value) \(item.unit.rawValue) \(item.change?.rawValue ?? "-")\(item.qualifier.map { " " + $0 } ?? "")"
        }
    }

    static func dates(_ text: String) -> [String] {
        extractor.figures(in: text).dates.map { "\($0.text)=\($0.value ?? "nil") \($0.kind.rawValue)" }
    }

    @Test(
        "Exact decimals",
        arguments: [
            ("512.6", 8, "51260000000"), ("126.06", 12, "126060000000000"), ("0.21", 4, "2100"), ("3.50", 0, "3.5"),
            ("0.005", 0, "0.005"), ("-1.31", 0, "-1.31"), ("100", -2, "1"), ("1", -3, "0.001"),
        ])
    func decimals(text: String, power: Int, expected: String) throws {
        let value = try #require(ExactDecimal(text)?.scaled(byPowerOfTen: power))
        #expect(value.description == expected)
    }

    @Test(
        "Malformed numbers are not values",
        arguments: ["", "-", "1.2.3", "1e5", "--1", "1,000", String(repeating: "9", count: 41)])
    func malformed(text: String) {
        #expect(ExactDecimal(text) == nil)
    }

    @Test(
        "Quantities: numerals, multipliers, units",
        arguments: [
            ("一般公共预算收入512.6亿元。", ["512.6亿元=51260000000 CNY"]),
            ("总量达到126.06万亿元", ["126.06万亿元=126060000000000 CNY"]),
            ("城镇新增就业2.7万人", ["2.7万人=27000 person"]),
            ("改造630万平方米", ["630万平方米=6300000 m2"]),
            ("惠及1850户", ["1850户=1850 household"]),
            ("产量1,234.5吨", ["1,234.5吨=1234.5 t"]),
            ("投资3千万元", ["3千万元=30000000 CNY"]),
            ("出口12.5亿美元", ["12.5亿美元=1250000000 USD"]),
            ("进出口总额达到USD 18.6 billion，", ["USD 18.6 billion=18600000000 USD"]),
            ("投资EUR 320 million建设", ["EUR 320 million=320000000 EUR"]),
            ("算力规模5000PFlops；", ["5000PFlops=5000 count PFlops"]),
            ("新能源汽车零部件产业园", []),
            ("每千名老年人拥有养老床位41张", ["41张=41 count 张"]),
            ("装机50万千瓦，发电1.2万亿千瓦时", ["50万千瓦=500000 kW", "1.2万亿千瓦时=1200000000000 kWh"]),
            ("光伏300兆瓦", ["300兆瓦=300000 kW"]),
            ("粮食产量3.5亿斤", ["3.5亿斤=350000000 jin"]),
            ("接待游客1.8亿人次", ["1.8亿人次=180000000 person-time"]),
            ("新建社区食堂18家", ["18家=18 count 家"]),
            ("新建学校一百零五所", ["一百零五所=105 count 所"]),
            ("两千三百人参加", ["两千三百人=2300 person"]),
            ("用时3年", ["3年=3 year"]),
            ("工期6个月", ["6个月=6 month"]),
            ("面积１２．５平方公里", ["１２．５平方公里=12.5 km2"]),
            ("投入三万元", ["三万元=30000 CNY"]),
            ("收入1.2万元/人", ["1.2万元/人=12000 nil"]),
        ])
    func quantities(text: String, expected: [String]) {
        #expect(Self.quantities(text) == expected)
    }

    @Test(
        "Qualifiers, bounds and ranges",
        arguments: [
            ("约3.5万人", ["3.5万人=35000 person ~约"]),
            ("增长6%左右的同时新增就业12万人以上", ["12万人=120000 person ~以上"]),
            ("超亿元楼宇23栋", ["亿元=100000000 CNY ~超", "23栋=23 count 栋"]),
            ("100余万元", ["100余万元=1000000 CNY ~余"]),
            ("2万多人", ["2万多人=20000 person ~多"]),
            ("不超过5000万元", ["5000万元=50000000 CNY 不超过"]),
            ("补贴3至5万元", ["3至5万元=nil CNY 30000..50000"]),
            ("补贴3—5万元", ["3—5万元=nil CNY 30000..50000"]),
            ("补贴3~5万元", ["3~5万元=nil CNY 30000..50000"]),
            ("1.4万至1.9万立方米", ["1.4万至1.9万立方米=nil m3 14000..19000"]),
            ("七八十人", ["七八十人=nil person ~ 70..80"]),
            ("十几个村", ["十几个=nil count 个 ~ 11..19"]),
            ("几十家企业", ["几十家=nil count 家 ~ 20..90"]),
            ("数百名干部", ["数百名=nil person ~ 200..900"]),
            ("上千人", ["上千人=1000 person ~上"]),
        ])
    func qualifiers(text: String, expected: [String]) {
        #expect(Self.quantities(text) == expected)
    }

    @Test(
        "Not figures: ordinals, names, idioms, slogans, articles, dates",
        arguments: [
            "地铁3号线开通", "第十四届人民代表大会", "实现“两个率先”", "打好四大攻坚战", "千方百计稳就业", "万众一心",
            "5G基站", "3.0版", "第三季度以后", "打造一批标志性项目", "推进一号工程", "三次产业协调发展",
            "二次供水改造", "COVID-19疫情", "1..2", "3.5.6", "一千千", "亿", "十分重要", "三期工程", "最后一公里",
        ])
    func notFigures(text: String) {
        #expect(Self.quantities(text) == [])
        #expect(Self.percentages(text) == [])
    }

    @Test("Malformed input never crashes and never yields a bogus value")
    func malformedInput() {
        let huge = String(repeating: "9", count: 10_000) + "元"
        #expect(Self.quantities(huge) == [])
        let chinese = "一" + String(repeating: "亿", count: 10) + "元"
        #expect(Self.quantities(chinese) == [])
        #expect(Self.quantities("1" + String(repeating: "0", count: 40) + "元") == [])
    }

    @Test(
        "Percentages and changes",
        arguments: [
            ("比上年增长9.1%。", ["9.1%=9.1 percent increase"]),
            ("下降0.8%，", ["0.8%=0.8 percent decrease"]),
            ("增长6.2 %", ["6.2 %=6.2 percent increase"]),
            ("增长６．２％", ["６．２％=6.2 percent increase"]),
            ("占比百分之六点二", ["百分之六点二=6.2 percent -"]),
            ("出生率千分之三", ["千分之三=3 permille -"]),
            ("出生率为6.13‰", ["6.13‰=6.13 permille -"]),
            ("超过三成", ["三成=30 percent - 超过"]),
            ("提高0.8个百分点", ["0.8个百分点=0.8 percentage-point increase"]),
            ("分别增长9.1%、7.6%", ["9.1%=9.1 percent increase", "7.6%=7.6 percent increase"]),
            ("增长6%左右", ["6%=6 percent increase 左右"]),
            // 增长率 and 增加值 are nouns: the ratio after them is a level.
            ("自然增长率为-1.31‰", ["-1.31‰=-1.31 permille -"]),
            ("增加值的比重为21.3%", ["21.3%=21.3 percent -"]),
            ("增加值增长7.2%", ["7.2%=7.2 percent increase"]),
            ("城镇化率为58.6%", ["58.6%=58.6 percent -"]),
            ("占比提高到30%", ["30%=30 percent -"]),
            ("全部达到百分之百", ["百分之百=100 percent -"]),
        ])
    func percentages(text: String, expected: [String]) {
        #expect(Self.percentages(text) == expected)
    }

    @Test(
        "Dates, periods and relative years",
        arguments: [
            ("2024年03月05日 09:30:00 来源", ["2024年03月05日 09:30:00=2024-03-05T09:30:00 datetime"]),
            ("2025-03-02 10:15 发布", ["2025-03-02 10:15=2025-03-02T10:15:00 datetime"]),
            ("2023年末全市", ["2023年=2023 year"]),
            ("2024年12月份", ["2024年12月份=2024-12 month"]),
            ("二〇二四年三月五日", ["二〇二四年三月五日=2024-03-05 date"]),
            ("“十四五”时期", ["十四五=2021/2025 period"]),
            ("2021—2025年", ["2021—2025年=2021/2025 period"]),
            ("2024年一季度增长", ["2024年一季度=2024-Q1 quarter"]),
            (
                "2024年，全年增长；上半年、前三季度和第四季度",
                [
                    "2024年=2024 year", "全年=2024 relative", "上半年=2024-H1 half", "前三季度=2024-Q1/2024-Q3 quarter",
                    "第四季度=2024-Q4 quarter",
                ]
            ),
            (
                "2025年1月20日\n今年比去年好，明年更好。3月5日开会",
                [
                    "2025年1月20日=2025-01-20 date", "今年=2025 relative", "去年=2024 relative", "明年=2026 relative",
                    "3月5日=2025-03-05 date",
                ]
            ),
            ("今年目标", ["今年=nil relative"]),
            ("1—2月累计", ["1—2月=nil month"]),
        ])
    func dates(text: String, expected: [String]) {
        #expect(Self.dates(text) == expected)
    }

    @Test("Offsets point into the original text, also after normalization")
    func offsets() throws {
        let text = "　　２０２４年，收入５１２．６亿元，增长９．１％。"
        let figures = Self.extractor.figures(in: text)
        let quantity = try #require(figures.quantities.first)
        #expect(quantity.text == "５１２．６亿元")
        #expect(quantity.scalarOffsets == 10..<17)
        #expect(text[quantity.range] == "５１２．６亿元")
        #expect(quantity.number?.description == "512.6" && quantity.multiplier?.description == "100000000")
        #expect(quantity.surfaceUnit == "元")
        let percentage = try #require(figures.percentages.first)
        #expect(percentage.scalarOffsets == 20..<24 && percentage.text == "９．１％")
        #expect(figures.dates.map(\.text) == ["２０２４年"])
        #expect(figures.dates.first?.scalarOffsets == 2..<7)
    }

    @Test(
        "Traditional characters read as Simplified",
        arguments: [
            ("收入達到五百億元", ["五百億元=50000000000 CNY"]),
            ("增加3.2萬人", ["3.2萬人=32000 person"]),
            ("開支達到1,234億港元", ["1,234億港元=123400000000 HKD"]),
        ])
    func traditional(text: String, expected: [String]) {
        #expect(Self.quantities(text) == expected)
    }

    @Test("An approximating qualifier before a share's verb qualifies the share (rule qualified-share)")
    func qualifiedShare() throws {
        let shares = Self.extractor.figures(in: "出口约占全国1/10，产量占全省的30%，约三成占全市的5%。").percentages
        #expect(shares.map(\.text) == ["1/10", "30%", "三成", "5%"])
        #expect(shares.map(\.approximate) == [true, false, true, false])
        #expect(shares.map(\.qualifier) == ["约", nil, "约", nil])
    }
}
