/// The canonical unit of a quantity, as the command line's records name it.
public enum MeasureUnit: String, Sendable, Hashable, CaseIterable, Codable {
    /// Chinese yuan (元, 人民币, 块).
    case cny = "CNY"
    /// US dollars (美元).
    case usd = "USD"
    /// euros (欧元).
    case eur = "EUR"
    /// Hong Kong dollars (港元, 港币).
    case hkd = "HKD"
    /// Japanese yen (日元).
    case jpy = "JPY"
    /// pounds sterling (英镑).
    case gbp = "GBP"
    /// New Taiwan dollars (新台币, 台币).
    case twd = "TWD"
    /// square metres (平方米).
    case squareMetre = "m2"
    /// square kilometres (平方公里).
    case squareKilometre = "km2"
    /// hectares (公顷).
    case hectare = "ha"
    /// mu (亩), a fifteenth of a hectare.
    case mu
    /// millimetres (毫米).
    case millimetre = "mm"
    /// centimetres (厘米).
    case centimetre = "cm"
    /// metres (米).
    case metre = "m"
    /// kilometres (公里, 千米).
    case kilometre = "km"
    /// micrograms (微克; UCUM's ASCII code).
    case microgram = "ug"
    /// milligrams (毫克).
    case milligram = "mg"
    /// grams (克).
    case gram = "g"
    /// kilograms (公斤, 千克).
    case kilogram = "kg"
    /// tonnes (吨).
    case tonne = "t"
    /// jin (斤), half a kilogram, as grain output is stated.
    case jin
    /// cubic metres (立方米, 方).
    case cubicMetre = "m3"
    /// litres (升).
    case litre = "L"
    /// kilowatt-hours (千瓦时, 度).
    case kilowattHour = "kWh"
    /// kilowatts (千瓦; 兆瓦 is 1,000).
    case kilowatt = "kW"
    /// a length of years (3年).
    case year
    /// a length of months (6个月).
    case month
    /// a length of days (60天).
    case day
    /// a length of hours (24小时).
    case hour
    /// a length of minutes (15分钟).
    case minute
    /// people (人, 名, 位).
    case person
    /// person-times (人次).
    case personTime = "person-time"
    /// households, also firms counted by 户.
    case household
    /// Any other measure word; the word itself is the quantity's classifier.
    case count

    /// Whether the unit measures an amount (money, length, area, mass, volume, energy): 一 before it
    /// is the number one (一欧元, 一公里), while before a measure word it is an article (一批).
    public var isMeasurement: Bool {
        switch self {
        case .year, .month, .day, .hour, .minute, .person, .personTime, .household, .count: false
        default: true
        }
    }

    /// Whether the unit is a currency.
    public var isCurrency: Bool {
        switch self {
        case .cny, .usd, .eur, .hkd, .jpy, .gbp, .twd: true
        default: false
        }
    }
}

/// The one unit table: every surface form a figure's unit can take, with its canonical unit.
///
/// A surface form may scale the value by a power of ten (兆瓦 is 1,000 kW). Multipliers
/// (万, 亿) are read before the unit by ``Numeral/multiplier(_:from:)``; compound forms such as
/// 万平方米, 亿千瓦时, 万人次 and 亿美元 are a multiplier followed by a unit.
enum UnitTable {
    struct Entry: Sendable {
        let unit: MeasureUnit
        let power: Int
        let classifier: String?
        /// A unit the contract has no canonical name for (℃, GB): the record keeps it as written, unit null.
        var surfaceOnly = false
    }

    /// Surface forms, longest first when one is a prefix of another (matching takes the longest).
    static let entries: [String: Entry] = {
        var table: [String: Entry] = [:]
        func add(_ unit: MeasureUnit, _ forms: [String], power: Int = 0) {
            for form in forms { table[form] = Entry(unit: unit, power: power, classifier: nil) }
        }
        add(.cny, ["元", "人民币", "块钱"])
        add(.usd, ["美元"])
        add(.eur, ["欧元"])
        add(.hkd, ["港元", "港币"])
        add(.jpy, ["日元"])
        add(.gbp, ["英镑"])
        add(.twd, ["新台币"])
        add(.squareMetre, ["平方米"])
        add(.squareKilometre, ["平方公里", "平方千米"])
        add(.hectare, ["公顷"])
        add(.mu, ["亩"])
        add(.metre, ["米"])
        add(.kilometre, ["公里", "千米"])
        add(.gram, ["克"])
        add(.kilogram, ["公斤", "千克"])
        add(.tonne, ["吨"])
        add(.jin, ["斤"])
        add(.cubicMetre, ["立方米", "方"])
        add(.litre, ["升"])
        add(.kilowattHour, ["千瓦时", "度电"])
        add(.kilowatt, ["千瓦"])
        add(.kilowatt, ["兆瓦"], power: 3)
        add(.kilowattHour, ["兆瓦时"], power: 3)
        add(.kilowattHour, ["吉瓦时"], power: 6)
        add(.kilowatt, ["吉瓦"], power: 6)
        add(.year, ["年", "个年度"])
        add(.month, ["个月"])
        add(.day, ["天", "个工作日", "工作日"])
        add(.hour, ["小时"])
        add(.minute, ["分钟"])
        add(.person, ["人", "名", "位"])
        add(.personTime, ["人次"])
        add(.household, ["户"])
        for classifier in [
            "个", "家", "项", "所", "座", "套", "辆", "台", "件", "场", "次", "批", "条", "处", "张", "头", "只", "羽",
            "艘", "架", "部", "种", "间", "栋", "幢", "棵", "株", "盏", "枚", "份", "本", "册", "篇", "支", "根",
            "片", "例", "宗", "笔", "单", "标箱", "箱", "层", "类", "款", "列", "趟", "班", "对", "组",
            "队", "门", "床", "台套", "吨标准煤", "标准箱", "千瓦时电", "岁", "批次", "周岁", "期", "地", "市", "轮", "块", "英寸", "千伏", "千伏安", "分", "场次", "起",
        ] where table[classifier] == nil {
            table[classifier] = Entry(unit: .count, power: 0, classifier: classifier)
        }
        table["吨标准煤"] = Entry(unit: .tonne, power: 0, classifier: nil)
        table["标准箱"] = Entry(unit: .count, power: 0, classifier: "标准箱")
        table["千瓦时电"] = Entry(unit: .kilowattHour, power: 0, classifier: nil)
        for added in FigureTables.units {
            table[added.form] = Entry(unit: added.unit ?? .count, power: added.power, classifier: added.classifier,
                                      surfaceOnly: added.unit == nil)
        }
        return table
    }()

    /// Units written in Latin letters right after a number (10GWh, 300MW, 5km).
    static let latin: [String: Entry] = builtInLatin.merging(
        FigureTables.units.filter { $0.form.unicodeScalars.allSatisfy { $0.value < 0x80 } }.map {
            ($0.form, Entry(unit: $0.unit ?? .count, power: $0.power, classifier: $0.classifier, surfaceOnly: $0.unit == nil))
        },
        uniquingKeysWith: { builtIn, _ in builtIn })

    private static let builtInLatin: [String: Entry] = [
        "kWh": Entry(unit: .kilowattHour, power: 0, classifier: nil),
        "MWh": Entry(unit: .kilowattHour, power: 3, classifier: nil),
        "GWh": Entry(unit: .kilowattHour, power: 6, classifier: nil),
        "TWh": Entry(unit: .kilowattHour, power: 9, classifier: nil),
        "kW": Entry(unit: .kilowatt, power: 0, classifier: nil),
        "MW": Entry(unit: .kilowatt, power: 3, classifier: nil),
        "GW": Entry(unit: .kilowatt, power: 6, classifier: nil),
        "km": Entry(unit: .kilometre, power: 0, classifier: nil),
        "kg": Entry(unit: .kilogram, power: 0, classifier: nil),
        "km2": Entry(unit: .squareKilometre, power: 0, classifier: nil),
        "m2": Entry(unit: .squareMetre, power: 0, classifier: nil),
        "m3": Entry(unit: .cubicMetre, power: 0, classifier: nil),
        // Computing power is counted in its unit (5000PFlops), as a measure word would be.
        "PFlops": Entry(unit: .count, power: 0, classifier: "PFlops"),
        "EFlops": Entry(unit: .count, power: 0, classifier: "EFlops"),
    ]

    /// A node of the surface-form trie: the unit a path spells, and where it goes next.
    final class Node: @unchecked Sendable {
        // @unchecked: built once in `trie` and never mutated afterwards.
        var entry: (Entry, String)?
        var children: [UInt32: Node] = [:]
    }

    /// The surface forms as a trie over scalars, so that matching allocates nothing.
    static let trie: Node = {
        let root = Node()
        for (form, entry) in entries {
            var node = root
            for scalar in form.unicodeScalars {
                if let next = node.children[scalar.value] {
                    node = next
                } else {
                    let next = Node()
                    node.children[scalar.value] = next
                    node = next
                }
            }
            node.entry = (entry, form)
        }
        return root
    }()

    /// Whether a unit word of two or more characters starts at `index` (千米, 千瓦, 千克).
    static func startsUnitWord(_ s: UnsafeBufferPointer<UInt32>, at index: Int) -> Bool {
        match(s, from: index).map { $0.end - index > 1 } ?? false
    }

    /// The longest unit form in `entries` starting at `start`, with the index past it.
    static func match(_ s: UnsafeBufferPointer<UInt32>, from start: Int) -> (entry: Entry, form: String, end: Int)? {
        var node = trie
        var best: (entry: Entry, form: String, end: Int)?
        var index = start
        while index < s.count, let next = node.children[s[index]] {
            node = next
            index += 1
            if let (entry, form) = node.entry { best = (entry, form, index) }
        }
        return best
    }
}
