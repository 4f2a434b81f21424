internal import ZhTextData

/// The word lists the entity rules read: suffixes, titles, surnames, the place gazetteer.
///
/// The lists are the tables under `Sources/ZhTextData/entities/` (see ``EntityTables``), written for
/// this project (surnames ranked by frequency, suffixes and titles of official prose), parsed once
/// into the lookups below; the gazetteer is cpca's table of administrative divisions (see NOTICE).
enum EntityVocabulary {
    private static let organizations = EntityTables.organizations
    private static let placeWords = EntityTables.places
    private static let notNames = EntityTables.notNames
    private static let characters = EntityTables.characters

    // MARK: - Organisations (entities/organizations.tsv)

    /// Suffixes that end an organisation's name, longest first where one contains another.
    static let organizationSuffixes = organizations.keywords(ofKind: "suffix")

    /// Suffixes that make whatever name-like words come before them a company's name (brands are
    /// often common words).
    static let strongOrganizationSuffixes = WordList(organizations.words(ofKind: "strong"))

    /// Organisation suffixes that need a real name before them: 市政府 and 各部门 name no one body.
    static let genericOrganizationSuffixes = WordList(organizations.words(ofKind: "generic"))

    /// Suffixes of governments, which only a place's name before them makes a name.
    static let governmentSuffixes = WordList(organizations.words(ofKind: "government"))

    /// A centre, which inside a hospital is a department (县中医院胸痛中心).
    static let centre = organizations.keyword(ofKind: "centre")

    /// A congress, named by its term alone (第三届代表大会; 第十五次全国代表大会 is a meeting).
    static let congress = organizations.keyword(ofKind: "congress")

    /// A people's government, which a place's short form names too (江澜人民政府).
    static let peoplesGovernment = organizations.keyword(ofKind: "peoples-government")

    /// A government alone, a body only when a division's name comes before it.
    static let government = organizations.keyword(ofKind: "bare-government")

    /// Congresses and conferences that a division's one-character prefix names (市人大, 县政协).
    static let congressBodies = organizations.keywords(ofKind: "congress-body")

    /// Bodies the division whose report it is names by its level alone (省委, 省政府, 自治区党委), longest first.
    static let ownBodies = organizations.keywords(ofKind: "own-body").sorted { $0.scalars.count > $1.scalars.count }
    /// The first characters of `ownBodies` (the gate before trying them at a character).
    static let ownBodyFirsts = Set(ownBodies.compactMap(\.scalars.first))

    /// Words before a government that make it the one giving the report (我代表省人民政府, 受市人民政府委托).
    static let ownCuesBefore = organizations.keywords(ofKind: "own-cue-before")

    /// Words after a government that make it the one giving the report (河北省政府工作报告, 受市人民政府委托).
    static let ownCuesAfter = organizations.keywords(ofKind: "own-cue-after")

    /// Posts after an own body, naming a person's post in it rather than the body (省委书记, 市委常委).
    static let postsAfterBody = organizations.keywords(ofKind: "post-after-body")

    /// Well-known organisations whose names carry no suffix; more can be added to a user lexicon
    /// with the tag `nt`.
    static let wellKnownOrganizations = WordList(organizations.words(ofKind: "known"))

    /// Last words of organisations' names in English.
    static let latinOrganizationWords = organizations.keywords(ofKind: "latin")

    /// The word that introduces an abbreviation of the name before it (简称DBIC).
    static let abbreviationMarker = organizations.keyword(ofKind: "abbreviation-marker")

    static let organizationSuffixesByLast = KeywordIndex(organizationSuffixes, byLast: true)

    /// The one-character suffixes of bodies (局, 部, 所), which can open a word with the next character (部门, 所需).
    static let singleSuffixes = organizations.scalars(ofKind: "suffix")

    /// Suffixes that after a division's prefix alone name a class of bodies, not one (省实验室, 市重点实验室).
    static let classesAfterPrefix = WordList(organizations.words(ofKind: "class-after-prefix"))

    /// The word that, between a known body and a place, stations a unit of the body there (解放军驻吉部队).
    static let stationedMarkers = WordList(organizations.words(ofKind: "stationed"))

    /// The units a known body stations somewhere (部队 in 解放军驻吉部队).
    static let stationedUnits = WordList(organizations.words(ofKind: "stationed-unit"))

    /// Measure words after a number that make the division's body after them a class (3个省实验室).
    static let countMeasures = organizations.scalars(ofKind: "count-measure")

    /// Words a body's name holds right before its suffix though the lexicon tags them as verbs or adjectives
    /// (联合 in 农商联合银行, 开放 in 开放大学).
    static let bodyInnerWords = WordList(organizations.words(ofKind: "inner"))

    /// Words that relate two bodies or a body and its class (会同, 直属): a body's head read right to left ends
    /// before them (rule body-relation-stop).
    static let bodyRelationWords = WordList(organizations.words(ofKind: "relation"))

    /// Words of an industry or a cluster of firms (产业, 行业, 集群): a body's suffix right before one names a trade
    /// (鲁南石化产业), no body (rule industry-after-body).
    static let industryWords = WordList(organizations.words(ofKind: "industry"))

    // MARK: - Named bodies (entities/named-bodies.tsv)

    /// Companies, national and international bodies and media named without a suffix (中国华能, 国电投,
    /// 联合国教科文组织), found as whole tokens.
    static let namedBodies = WordList(EntityTables.namedBodies.table.keys)

    /// The number of characters of the longest named body.
    static let namedBodyLongest = EntityTables.namedBodies.table.keys.map(\.unicodeScalars.count).max() ?? 0

    // MARK: - Places (entities/places.tsv)

    /// Suffixes of named places that no list holds, longest first where one contains another.
    static let placeSuffixes = placeWords.keywords(ofKind: "suffix")

    /// Place suffixes that make whatever name-like words come before them a place's name: a national
    /// park is named by its animal or its landscape (东北虎豹国家公园, 大熊猫国家公园).
    static let strongPlaceSuffixes = WordList(placeWords.words(ofKind: "strong"))

    /// Place suffixes that only count after a head of at most two characters (张堰镇, 李村, 澜江).
    static let shortHeadPlaceSuffixes = WordList(placeWords.words(ofKind: "short-head"))

    /// Short-head suffixes of built places that known places before them name together (宁波舟山港): rule
    /// joint-facility.
    static let jointFacilitySuffixes = WordList(placeWords.words(ofKind: "joint-facility"))

    /// Suffixes of administrative divisions, whose names are also written without them (江澜市 → 江澜).
    static let divisionSuffixes = placeWords.keywords(ofKind: "division")

    /// `divisionSuffixes` of one character, as scalars.
    static let divisionSuffixScalars = placeWords.scalars(ofKind: "division")

    /// One-character prefixes naming the division whose document it is (市统计局, 县人民医院).
    static let divisionPrefixes = placeWords.scalars(ofKind: "prefix")

    /// The levels of divisions as their own reports name them alone (省, 市, 自治区), longest first.
    static let levels = placeWords.keywords(ofKind: "level").sorted { $0.scalars.count > $1.scalars.count }

    /// Suffixes of provinces (省, 自治区): a province follows no smaller place in one name.
    static let provinceSuffixes = placeWords.keywords(ofKind: "province")

    /// Characters before a level making it the division as a whole or one of many (全市, 我市, 各省).
    static let levelDeterminers = EntityTables.characters.scalars(ofKind: "level-determiner")

    /// `levels` of one character, as scalars (省、市、县政府 names several levels, no one body).
    static let levelScalars = placeWords.scalars(ofKind: "level")

    /// The last characters of towns, whose villages and communities are written right after them.
    static let townEndings = placeWords.scalars(ofKind: "town")

    /// The last characters of villages, one name with the county or city written right before them (武隆荆竹村).
    static let villageEndings = placeWords.scalars(ofKind: "village")

    /// The last characters of towns, lakes, islands, mountains and gorges, one name with the county or city written
    /// right before them (岚溪白沙镇, 江澜翠屏湖, 江澜云雾山).
    static let localSiteEndings = placeWords.scalars(ofKind: "local-site")

    /// Characters ending a section of a river, a line or a park named by a place (段 in 长江江苏段).
    static let sectionSuffixes = placeWords.scalars(ofKind: "section")

    /// Words between a river and the place of its section (干流 in 长江干流江苏段).
    static let sectionInnerWords = WordList(placeWords.words(ofKind: "section-inner"))

    /// Regions that make one name with another written right after them (南亚东南亚).
    static let jointRegions = WordList(placeWords.words(ofKind: "joint-region"))

    /// The last characters of names of divisions (江澜市, 清澜区, 张堰镇): divisions' and towns'.
    static let divisionEndings = ScalarSet(
        (placeWords.words(ofKind: "division") + placeWords.words(ofKind: "town")).filter {
            $0.unicodeScalars.count == 1
        }.joined())

    /// The last characters of place names in the general lexicon that are trusted as places.
    static let placeEndings = placeWords.scalars(ofKind: "ending")

    /// A region the lexicon tags as an organisation (香港特别行政区).
    static let specialRegion = placeWords.keyword(ofKind: "special-region")

    /// Endings of region names the domain lexicon tags nz (成渝地区双城经济圈, 长江经济带, 黄河流域).
    static let regionEndings = placeWords.keywords(ofKind: "region-ending")

    /// Regions and countries named without a place suffix, whatever the lexicon's tag.
    static let regions = WordList(placeWords.words(ofKind: "region") + placeWords.words(ofKind: "landmark"))

    /// Words that name a region only beside a partner in their sentence (内地 with 香港), and the partners.
    static let pairedRegions = WordList(placeWords.words(ofKind: "paired-region"))
    static let pairedPartners = WordList(placeWords.words(ofKind: "paired-partner"))

    /// Countries' one-character names that are also common morphemes (老 'old'): a pair needs a third or a line.
    static let weakCountryAbbreviations = placeWords.scalars(ofKind: "weak-abbreviation")

    /// Last characters that make a country's name a verb of becoming like it (化 in 中国化).
    static let becomingEndings = placeWords.scalars(ofKind: "becoming")

    /// Countries and regions the general lexicon tags as places without a place ending.
    static let countries = WordList(placeWords.words(ofKind: "country"))

    /// One-character names of countries in words about relations between them (中美, 中方).
    static let countryAbbreviations = placeWords.scalars(ofKind: "country-abbreviation")

    /// One-character places after a verb of visiting (华: China, 京: Beijing).
    static let visitedPlaces = placeWords.scalars(ofKind: "visited")

    /// One-character abbreviations of places that join into one name (日韩, 港澳台, 沪苏浙皖).
    static let placeAbbreviations = placeWords.scalars(ofKind: "abbreviation")

    static let placeSuffixesByLast = KeywordIndex(placeSuffixes, byLast: true)

    /// The letters of road codes: national (G331) and provincial (S203) roads.
    static let roadPrefixes = placeWords.scalars(ofKind: "road-code")

    /// Suffixes of lines between places (铁路, 高铁): after a route link the places are named, not a line.
    static let routeSuffixes = WordList(placeWords.words(ofKind: "route"))

    /// Words a place's name holds between its head and its suffix though the lexicon tags them as
    /// adjectives or verbs (国际 in 石家庄国际陆港, 健康 in 北戴河生命健康产业创新示范区).
    static let placeInnerWords = WordList(placeWords.words(ofKind: "inner"))

    /// Suffixes a list of places shares, written once after the last (向海、莫莫格保护区; 雄忻、石雄铁路),
    /// longest first.
    static let sharedPlaceSuffixes = placeWords.keywords(ofKind: "shared-suffix").sorted {
        $0.scalars.count > $1.scalars.count
    }

    /// Classes of places a list before them shares when 等, a count or a size closes it (青松、白石等水电站),
    /// longest first.
    static let listedPlaceClasses = placeWords.keywords(ofKind: "listed-class").sorted {
        $0.scalars.count > $1.scalars.count
    }

    /// Measures of places after a number before a listed class (40条高速公路, 3座水库).
    static let placeClassCounts = placeWords.scalars(ofKind: "class-count")

    /// Sizes written before a listed class of places (大型 in 鹿鸣、岚溪大型水库).
    static let placeClassSizes = placeWords.keywords(ofKind: "class-size")

    /// Suffixes a list of bodies shares, written once after the last (金凤、明月湖实验室), longest first.
    static let sharedBodySuffixes = organizations.keywords(ofKind: "shared-suffix").sorted {
        $0.scalars.count > $1.scalars.count
    }

    /// Suffixes of built places (水库, 机场), whose names two single characters open whatever their tags.
    static let facilitySuffixes = WordList(placeWords.words(ofKind: "facility"))

    /// Suffixes of places named by a place in their head, never by other words alone (基地: 沙戈荒大基地 and
    /// 高原康养基地 name none): rule base-needs-place.
    static let placeNamedSuffixes = WordList(placeWords.words(ofKind: "needs-place"))

    /// Suffixes of zones whose names a known place opens, whatever words stand between (包头氢能装备制造产业园):
    /// rule place-opens-zone.
    static let zoneSuffixes = WordList(placeWords.words(ofKind: "zone"))

    /// General area words a named region's name holds when they follow it as a token of their own (地区 in
    /// 胶东地区): rule region-area.
    static let regionAreas = WordList(placeWords.words(ofKind: "region-area"))

    /// The characters opening and joining a water transfer's name (引 and 济 in 引江济淮), and the class words
    /// after it that are part of it (工程): rule water-transfer.
    static let transferSources = placeWords.scalars(ofKind: "transfer-from")
    static let transferDestinations = placeWords.scalars(ofKind: "transfer-to")
    static let transferClasses = WordList(placeWords.words(ofKind: "transfer-class"))

    /// Words joining a line's two ends (江澜至余姚铁路).
    static let routeLinks = placeWords.scalars(ofKind: "route-link")

    /// Compass words naming a region of the country (西部, 中西部), the longest first.
    static let compassRegions = placeWords.keywords(ofKind: "compass").sorted { $0.scalars.count > $1.scalars.count }

    /// Words that make one place with the compass word before them (西部地区).
    static let compassAreas = placeWords.keywords(ofKind: "compass-area")

    /// Strategies after which a compass word names its region (西部大开发, 东北振兴).
    static let compassStrategies = placeWords.keywords(ofKind: "compass-strategy")

    /// Compass words that name the country's region standing alone, as a noun (居中部第1位, 西部陆海新通道).
    static let standingCompasses = Set(placeWords.words(ofKind: "compass-standing"))

    /// Words after a compass word that make it a part of a place (中部盟市, 西部的山区).
    static let compassInners = placeWords.keywords(ofKind: "compass-inner")

    /// Words joining two compass words that share the area word after the second (东部和西部地区).
    static let compassJoins = placeWords.keywords(ofKind: "compass-join")

    /// Provinces' one-character abbreviations that name a part of the province with a compass point after them
    /// (皖 in 皖北, 渝 in 渝东北).
    static let compassParts = placeWords.scalars(ofKind: "compass-part")
    /// Countries' one-character names that are also common morphemes (美).
    ///
    /// After a province's abbreviation they make a word or a brand (皖美, 粤美), no pair of places (rule
    /// province-word).
    static let wordsAfterProvince = placeWords.scalars(ofKind: "word-after-province")

    /// Last characters of natural features' names (玉珠峰, 阳宗海).
    ///
    /// A word the lexicon tags as a person ending in one is no person without a title or a verb of speech by it
    /// (rule feature-not-person).
    static let featureEndings = placeWords.scalars(ofKind: "feature")

    /// Compass points after a province's abbreviation (北 in 皖北, 东北 in 渝东北), the longest first.
    static let compassPoints = placeWords.keywords(ofKind: "compass-point").sorted {
        $0.scalars.count > $1.scalars.count
    }

    // MARK: - Words that are no names (entities/not-names.tsv)

    /// Words that open no name: prefixes meaning "each", "our", "the whole".
    static let genericHeads = Set(notNames.words(ofKind: "generic-head"))

    static let genericHeadScalars = WordList(genericHeads)

    /// Common nouns the general lexicon tags as places or organisations.
    static let commonWords = Set(notNames.words(ofKind: "common"))

    /// Common words and generic heads as scalars, for lookups without building strings.
    static let commonScalars = WordList(commonWords.union(genericHeads))

    /// Common words ending in a place suffix, which end no name (夜市 in 清澜夜市, 城区 alone).
    static let commonSuffixedScalars = WordList(notNames.words(ofKind: "suffixed"))

    /// Words that open national bodies: 全国人民代表大会, 国家统计局.
    static let nationalPrefixes = notNames.keywords(ofKind: "national")

    /// Endings after a region's name that are not part of it (亚太地区 → 亚太, 东亚各国 → 东亚).
    static let regionTails = notNames.keywords(ofKind: "region-tail")

    /// Words of country characters that are not two countries (中美洲 is written 中美 洲).
    static let notBilateral = WordList(notNames.words(ofKind: "not-bilateral"))

    /// Endings of policy phrases and common words that end like a body but end none (新发展格局, 顾全大局).
    static let notBodyEndings = notNames.keywords(ofKind: "not-body-ending")

    /// Verbs of building a known place does before what it builds (江澜建设科技创新中心): rule place-act-stop.
    static let placeActs = WordList(notNames.words(ofKind: "place-act"))

    // MARK: - People (entities/titles.tsv, person-cues.tsv, surnames.tsv)

    /// Titles and roles written next to people's names.
    static let titles = EntityTables.titles.keys.map { Keyword(stringLiteral: $0) }

    /// Honorifics after a surname, which make no name (陈女士, 刘师傅, 张某).
    static let honorifics = EntityTables.personCues.keywords(ofKind: "honorific")

    /// Words that follow a person's name.
    static let afterName = EntityTables.personCues.keywords(ofKind: "after-name")

    /// Latin words that label a name in bilingual headers and letters (From: 李薇, Dear Michael).
    static let latinLabels = EntityTables.personCues.keywords(ofKind: "label")

    /// Endings of doctrines named after people (主义 in 马克思列宁主义, 思想 in 毛泽东思想).
    static let doctrineEndings = EntityTables.personCues.keywords(ofKind: "doctrine")

    /// One-character credits after a name in a caption (摄 in 记者陈岚摄).
    static let credits = EntityTables.personCues.scalars(ofKind: "credit")

    /// Chinese surnames of one character.
    static let surnames = ScalarSet(EntityTables.surnames.keys.filter { $0.unicodeScalars.count == 1 }.joined())

    /// Compound surnames (欧阳, 司马).
    static let compoundSurnames = EntityTables.surnames.keys.filter { $0.unicodeScalars.count > 1 }.map {
        Keyword(stringLiteral: $0)
    }

    static let compoundSurnameFirsts = ScalarSet(compoundSurnames.map { $0.scalars[0] })

    static let titlesByLast = KeywordIndex(titles, byLast: true)
    static let titlesByFirst = KeywordIndex(titles, byLast: false)
    static let afterNameByFirst = KeywordIndex(afterName, byLast: false)

    /// Characters of transliterated foreign names (克林顿, 洛杉矶, 芬兰): a name of two or more of
    /// them that the lexicon tags as a person or a place is one.
    static let transliteration = ScalarSet(EntityTables.transliteration.keys.joined())

    // MARK: - Characters (entities/characters.tsv) and verbs (entities/place-verbs.tsv)

    /// Conjunctions inside names of bodies: 经济与管理学院, 人力资源和社会保障局.
    static let nameConjunctions = characters.scalars(ofKind: "conjunction")

    /// Single characters meaning a direction, which alone name nothing (东区, 西站).
    static let directions = characters.scalars(ofKind: "direction")

    /// Characters that never belong to a name: function words and common verbs of official prose.
    static let nonNameCharacters = characters.scalars(ofKind: "not-name")

    /// Single characters that open a clause rather than a name: verbs and prepositions met right
    /// before names of bodies (请市政协, 受市人民政府委托, 据市统计局, 经省政府批准).
    static let headStops = characters.scalars(ofKind: "head-stop")

    /// Characters never in a person's given name (坝, 衔, 执): a surname and them are no person.
    static let notGivenName = characters.scalars(ofKind: "not-given-name")

    /// Characters that close a list before the noun its items share (紫金山、太湖等实验室: 等).
    static let listEnds = characters.scalars(ofKind: "list-end")

    /// Characters around the number of an ordinal: 第, 届, 次.
    static let ordinalMarkers = characters.scalars(ofKind: "ordinal-marker")

    /// Digits of ordinals and session numbers (第十七届, 第2).
    static let ordinalDigits = characters.scalars(ofKind: "ordinal-digit")

    /// Characters that end an adjective or a verb made from a word (普惠性, 智能化), never a name of three.
    static let adjectiveSuffixes = characters.scalars(ofKind: "adjective-suffix")

    /// A verb's resultative complements (用好, 承接好): a name starts after one, never at it.
    static let complements = characters.scalars(ofKind: "complement")

    /// Characters that end a law's name (行政许可法): after a two-character word, a law, not a person.
    static let lawEndings = characters.scalars(ofKind: "law-ending")

    /// Verbs of visiting or staying before a one-character place (访华, 驻美, 在京).
    static let visitVerbs = EntityTables.placeVerbs.scalars(ofKind: "visit")

    /// Verbs and words after which a foreign name is a place (抵达波士顿, 本报莫斯科电).
    static let placeVerbs = WordList(EntityTables.placeVerbs.words(ofKind: "before-place"))

    // MARK: - The gazetteer

    /// The place gazetteer: China's administrative divisions and their short forms.
    static let places: FlatTrie = {
        var size = 0
        let bytes = zhtext_place_lexicon(&size)!
        let text = String(decoding: UnsafeBufferPointer(start: bytes, count: size), as: UTF8.self)
        var words: [(scalars: [UInt16], logProb: Float32, tag: String?)] = []
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            guard let name = line.split(separator: " ").first else { continue }
            words.append((Array(name.utf16), -1, "ns"))
        }
        return FlatTrie(words: words)
    }()

    /// The first characters of the cities the gazetteer names with 市 and without it (武 of 武汉市 and 武汉, 襄 of
    /// 襄阳市 and 襄阳), with the one-character abbreviations but those that are common morphemes (美): the
    /// characters a run of cities abbreviated to one character each is written with (汉襄宜: rule city-chain).
    static let cityInitials: ScalarSet = {
        var size = 0
        let bytes = zhtext_place_lexicon(&size)!
        let text = String(decoding: UnsafeBufferPointer(start: bytes, count: size), as: UTF8.self)
        var names = Set<Substring>()
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            if let name = line.split(separator: " ").first { names.insert(name) }
        }
        let common = placeWords.scalars(ofKind: "word-after-province")
        var initials = placeWords.words(ofKind: "abbreviation").joined().unicodeScalars.map(\.value).filter {
            !common.contains($0)
        }
        for name in names where name.unicodeScalars.count >= 3 && name.unicodeScalars.last?.value == Scalar.市 {
            if names.contains(name.dropLast()), let first = name.unicodeScalars.first { initials.append(first.value) }
        }
        return ScalarSet(initials)
    }()

    /// Whether `scalar` may stand for a city in a run of abbreviated cities: a city's initial that is no function
    /// word (和 of 和龙).
    static func isChainCharacter(_ scalar: UInt32) -> Bool {
        cityInitials.contains(scalar) && !nonNameCharacters.contains(scalar)
    }

    /// Words after which two cities abbreviated to one character each are a run of places (兰白一体化, 宜荆城市群).
    static let chainClosings = WordList(placeWords.words(ofKind: "chain-close"))
}
