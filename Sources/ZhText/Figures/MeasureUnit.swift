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

    /// Whether the unit is a length of time (3年, 6个月, 60天, 24小时, 15分钟).
    public var isDuration: Bool {
        switch self {
        case .year, .month, .day, .hour, .minute: true
        default: false
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
        /// Rule `digits-only-unit`: read only after Arabic digits (4县, 5乡; 百县千镇 and 一县一策 are slogans).
        var digitsOnly = false
    }

    /// The forms read after a number, Han or Latin (every row of `units.tsv` not flagged otherwise).
    static let entries: [String: Entry] = Dictionary(
        uniqueKeysWithValues: FigureTables.units.filter {
            $0.flags.isEmpty || $0.flags == ["prefix"] || $0.flags == ["digits"]
        }
        .map {
            ($0.form, entry($0))
        })

    /// Units written in Latin letters right after a number (10GWh, 300MW, 5km): the `latin` rows and
    /// the other forms written in ASCII (mm, GB).
    static let latin: [String: Entry] = Dictionary(
        uniqueKeysWithValues: FigureTables.units.filter { row in
            row.flags.contains("latin") || (entries[row.form] != nil && row.form.unicodeScalars.allSatisfy(\.isASCII))
        }.map { ($0.form, entry($0)) })

    /// The forms of ``latin``, longest first (PFlops before PF before P), for rule `latin-unit-after-multiplier`.
    static let latinForms: [(keyword: Keyword, entry: Entry)] = latin.map { (Keyword($0.key), $0.value) }.sorted {
        ($0.keyword.scalars.count, $1.keyword.text) > ($1.keyword.scalars.count, $0.keyword.text)
    }

    /// Rule `latin-unit-after-multiplier`: the longest Latin unit starting at `start` (right after 万 or 亿:
    /// 1.7万P, 50万kW) that no Latin letter or digit continues (万Pa is no P).
    static func matchLatin(
        _ s: UnsafeBufferPointer<UInt32>, from start: Int
    ) -> (entry: Entry, form: String, end: Int)? {
        for (keyword, entry) in latinForms where s.matches(keyword, at: start) {
            let end = start + keyword.scalars.count
            let next = s.scalar(at: end) | 0x20
            if (next >= 0x61 && next <= 0x7A) || Numeral.isASCIIDigit(s.scalar(at: end)) { continue }
            return (entry, keyword.text, end)
        }
        return nil
    }

    /// Forms read only as a rate's numerator, before / or 每 (万元/人).
    static let rateNumerators: Set<String> = Set(FigureTables.units.filter { $0.flags.contains("rate") }.map(\.form))

    /// Forms read only as a rate's denominator, after / or 每 (元/月, 吨/日).
    static let rateDenominators: [Keyword] = FigureTables.units.filter { $0.flags.contains("per") }
        .map { Keyword($0.form) }

    /// Whole rates written the Latin way (μg/m³, km/h), longest first.
    static let latinRates: [Keyword] = FigureTables.units.filter { $0.flags.contains("latin-rate") }
        .map { Keyword($0.form) }.sorted { $0.scalars.count > $1.scalars.count }

    /// Currencies also written before the number (人民币500元, 港币3000元), with their unit.
    static let currencyPrefixes: [(Keyword, MeasureUnit)] = FigureTables.units.filter { $0.flags.contains("prefix") }
        .compactMap { row in row.unit.map { (Keyword(row.form), $0) } }

    /// The first characters of the currency prefixes (港 新 人), a gate for counting them.
    static let currencyPrefixFirsts = ScalarBitmap(currencyPrefixes.compactMap(\.0.scalars.first))

    private static func entry(_ row: FigureTables.UnitRow) -> Entry {
        Entry(
            unit: row.unit ?? .count, power: row.power, classifier: row.classifier, surfaceOnly: row.unit == nil,
            digitsOnly: row.flags.contains("digits"))
    }

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
