/// Reads the place or body a fact is about when its indicator opens with one that is not the
/// document's region: 东部地区生产总值 in a national bulletin is 地区生产总值 of 东部地区.
///
/// Names from `SubjectRule.names` are read (named regions and bodies that statistics are broken
/// down by), named facilities (named-subject), and places the entity rules found before a measure
/// (place-subject: 泸州经济总量, in SubjectRule+Places.swift); the indicator keeps the rest, and a
/// region named with 地区 gives it back to 生产总值 (东部地区生产总值 → 地区生产总值, as the measure is named).
struct SubjectRule {
    /// The rule's name in the catalog (it applies to every fact a pairing rule makes).
    static let name = "subject"
    /// The rule that reads a named facility or body (滨江国际机场旅客吞吐量 → 滨江国际机场).
    static let namedRule = "named-subject"
    /// The rule that reads places the entity rules found (泸州经济总量 → 泸州).
    static let placeRule = "place-subject"
    let s: UnsafeBufferPointer<UInt32>
    /// The document's region (中国, 河北省): a fact about it has no subject.
    let region: String?
    /// The places the entity rules found (normalized ranges), by where they start.
    var places: [Int: Range<Int>] = [:]

    init(s: UnsafeBufferPointer<UInt32>, region: String?, places: [Range<Int>] = []) {
        self.s = s
        self.region = region
        for place in places where self.places[place.lowerBound].map({ $0.count < place.count }) ?? true {
            self.places[place.lowerBound] = place
        }
    }

    /// Named regions and bodies a figure can be broken down by, longest first.
    static let names = FactWords.keywords(FactWords.subjectTable, "name").sorted { $0.scalars.count > $1.scalars.count }
    /// Words for a region that may follow a name (京津冀区域, 长三角地区).
    static let regionWords = FactWords.keywords(FactWords.subjectTable, "region-word")
    /// What a name ending in 地区 gives back to a measure that opens its name with it.
    static let regionalMeasures = FactWords.keywords(FactWords.subjectTable, "regional-measure")
    /// The word for a region a name may end with and give to its measure (东部地区生产总值 → 地区生产总值).
    static let regionalWord = FactWords.flagged(FactWords.subjectTable, "regional")[0]

    /// The subject `pieces` open with, and the indicator without it; nil when it names none or
    /// names the document's own region.
    func split(_ pieces: [Indicator.Piece]) -> (subject: String, pieces: [Indicator.Piece])? {
        // 雄安新区中关村科技园新增入驻企业: a place the entity rules read whole goes further than a named facility.
        if case .text(let range)? = pieces.first, var named = named(range) {
            if let place = place(range), place.name.upperBound > named.name.upperBound { named = place }
            return (Indicator(s: s).text([.text(named.name)]), [.text(named.rest)] + pieces.dropFirst())
        }
        guard case .text(let range)? = pieces.first,
            let name = Self.names.first(where: {
                s.matches($0, at: range.lowerBound) && range.count > $0.scalars.count + 1
            }),
            name.text != region
        else {
            guard case .text(let range)? = pieces.first, let place = place(range) else { return nil }
            return (Indicator(s: s).text([.text(place.name)]), [.text(place.rest)] + pieces.dropFirst())
        }
        var rest = (range.lowerBound + name.scalars.count)..<range.upperBound
        var subject = name.text
        // 京津冀区域优良天数比率: the region with its word for region.
        if let word = Self.regionWords.first(where: {
            s.matches($0, at: rest.lowerBound) && rest.count > $0.scalars.count + 1
        }),
            !Self.regionalMeasures.contains(where: { s.matches($0, at: rest.lowerBound + word.scalars.count) })
        {
            subject += word.text
            rest = (rest.lowerBound + word.scalars.count)..<rest.upperBound
        }
        // 东部地区生产总值: 地区 belongs to the measure too.
        if name.text.hasSuffix(Self.regionalWord.text), s.matchesAny(Self.regionalMeasures, at: rest.lowerBound) {
            rest = (rest.lowerBound - Self.regionalWord.scalars.count)..<rest.upperBound
        }
        return (subject, [.text(rest)] + pieces.dropFirst())
    }

    /// The last words of a named facility or body (机场, 研究院, 示范区), longest first.
    static let namedEnds = FactWords.keywords(FactWords.subjectTable, "named-end")
        .sorted { $0.scalars.count > $1.scalars.count }
    /// Words that open a class of facilities rather than a name (通用, 工业), and the verbs an indicator opens with.
    static let classOpens =
        FactWords.keywords(FactWords.subjectTable, "class-open") + Indicator.resultVerbs + Indicator.listVerbs
        + Indicator.objectVerbs + Indicator.leads
    /// Characters that join two names, which no name holds (和).
    static let nameStops = Set(FactWords.keywords(FactWords.subjectTable, "name-stop").compactMap(\.scalars.first))
    /// Words between the name and its measure that belong to neither (年度).
    static let afterName = FactWords.keywords(FactWords.subjectTable, "after-name")
    /// The fewest Han characters of a name before its last word, and of the measure after it.
    static let nameReach = 2...12
    static let shortestMeasure = 2

    /// A named facility or body `range` opens with (rule named-subject): Han characters only, at least two before a
    /// word of `namedEnds` and no class word or verb first, then a measure of two characters or more; nil otherwise.
    func named(_ range: Range<Int>) -> (name: Range<Int>, rest: Range<Int>)? {
        guard !s.matchesAny(Self.classOpens, at: range.lowerBound) else { return nil }
        var position = range.lowerBound
        while position < range.upperBound, Indicator.han.contains(s[position]), !Self.nameStops.contains(s[position]) {
            let length = position - range.lowerBound
            if Self.nameReach.contains(length), let end = Self.namedEnds.first(where: { s.matches($0, at: position) }) {
                let name = range.lowerBound..<(position + end.scalars.count)
                var start = name.upperBound
                if let gap = Self.afterName.first(where: { s.matches($0, at: start) }) { start += gap.scalars.count }
                guard range.upperBound - start >= Self.shortestMeasure, Indicator.han.contains(s[start]) else {
                    return nil
                }
                return (name, start..<range.upperBound)
            }
            position += 1
        }
        return nil
    }
}
