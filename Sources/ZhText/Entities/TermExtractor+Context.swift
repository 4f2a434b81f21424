/// A quotation and the text around it, read to tell a policy term from a name, a figure of speech
/// or quoted speech.
///
/// Each rule reads a few characters on either side of the quote marks, never the whole document,
/// and uses general vocabulary (brand and event markers, policy nouns), not names of this or that
/// document:
///
/// - names being defined or nicknames: 以下简称“…”, 被誉为“…”; speech: ：“…”, 说“…”
/// - brands and products: “…”牌, “…”号 (ships, trains, spacecraft), “…”系列 (except 系列活动),
///   “…”茶叶品牌, “…”“…”等区域公用品牌, “…”大模型, “…”频道, “…”3.0版 (unless the name has a
///   policy word: “人才新政”2.0版 is a term)
/// - events without a policy word: “…夜市”, “…音乐季”, “…美食节” (“…消费节” is a programme)
/// - indicators and statistics: “…指数”, “…”“…”两项指标, “…”合计占
/// - states and tendencies: “…”状态, “…”趋势, “…”现象
/// - a metaphor without a policy word or a leading count: 工业是经济的“压舱石”。, 发挥“桥头堡”作用
/// - the two ends of a change: 从“速度优先”向“效益优先”转变
/// - numerals: a plan period (“十四五”, “九五”) or a plan's name (“八七”扶贫攻坚计划), not a holiday
///   (“十一”黄金周)
/// - a formula (“2+3”) only before a policy noun (现代产业体系, 工作机制)
struct QuoteContext {
    let scalars: [Unicode.Scalar]
    /// The opening quote mark.
    let open: Int
    /// The closing quote mark.
    let close: Int

    var content: ArraySlice<Unicode.Scalar> { scalars[(open + 1)..<close] }

    /// Whether a quotation of this shape reads as a term here.
    func allows(_ shape: TermExtractor.Shape) -> Bool {
        if isNamed || isSpeech || isChangeEnd { return false }
        switch shape {
        case .numerals:
            return (content.last.map { Self.planPeriodEnds.contains($0) } ?? false) || followedBy(Self.planNouns)
        case .formula:
            return followedBy(Self.policyNouns)
        case .latinPhrase:
            return !isBrandOrProduct
        case .words:
            return !isBrandOrProduct && !isEvent && !isIndicator && !isState && !isMetaphor
        }
    }

    // MARK: - Before the quote

    /// 以下简称“澜湾高新区”, 被誉为“世界工厂”: a short name or a nickname, not a term.
    var isNamed: Bool { precededBy(Self.namingVerbs) }

    /// 他说“…”, 表示：“…”: quoted speech.
    var isSpeech: Bool {
        guard open > 0 else { return false }
        return Self.speechMarks.contains(scalars[open - 1])
    }

    /// 从“速度优先”向“效益优先”转变: the quotes name the two ends of a change, not policies.
    var isChangeEnd: Bool {
        // The first end: 从“…”向“ or 由“…”到“.
        if open > 0, Self.changeFrom.contains(scalars[open - 1]), close + 2 < scalars.count,
            Self.changeTo.contains(scalars[close + 1]), TermExtractor.closing(of: scalars[close + 2].value) != nil
        {
            return true
        }
        // The second end: ”向“…” after a quote that 从 or 由 opens.
        guard open >= 2, Self.changeTo.contains(scalars[open - 1]), Self.closingMarks.contains(scalars[open - 2]) else {
            return false
        }
        var start = open - 3
        while start >= 0, open - start < 40, TermExtractor.closing(of: scalars[start].value) == nil {
            start -= 1
        }
        return start > 0 && Self.changeFrom.contains(scalars[start - 1])
    }

    // MARK: - After the quote

    /// “…”牌, “雪龙”号, “神舟”系列, “…”茶叶品牌, “…”大模型, “…”3.0版, “神州十号”.
    var isBrandOrProduct: Bool {
        let after = following
        // “…”牌 but not 牌照, “…”号 but not 号召, “…”系列 but not 系列活动.
        if Self.brandWords.contains(where: { starts(after, with: [$0.word]) && !starts(after, with: [$0.unless]) }) {
            return true
        }
        // A marker close behind the quote (茶叶品牌, 等区域公用品牌), not one of a later phrase
        // (“媒体+”助力农产品品牌).
        if Self.productMarkers.contains(where: { contains(after.prefix(6), $0) }) { return true }
        // “星河智算”3.0版: a product's version; “人才新政”2.0版 is a policy's.
        let version = after.drop { TermExtractor.isDigit($0) || $0 == "." || $0 == "V" || $0 == "v" }
        if version.count < after.count, let mark = version.first, Self.versionMarks.contains(mark), !hasPolicyWord {
            return true
        }
        // 神州十号: a craft numbered by a Chinese numeral.
        if let last = content.last, Self.craftNumberMarks.contains(last), content.count >= 3,
            TermExtractor.numerals.contains(content[close - 2])
        {
            return true
        }
        return false
    }

    /// “南湖夜市”, “江畔音乐季”: an event's name.
    ///
    /// “金秋消费节” and “人才周” are programmes: they have a policy word.
    var isEvent: Bool {
        Self.eventSuffixes.contains(where: { ends(content, with: $0) }) && !hasPolicyWord
    }

    /// “…景气指数”, “营商便利度”“政务透明度”两项指标, “两大支柱”合计占: indicators.
    var isIndicator: Bool {
        if Self.indicatorEndings.contains(where: { ends(content, with: $0) }) { return true }
        var after = following
        // 两项指标, 3个指标
        let count = after.prefix { TermExtractor.numerals.contains($0) || TermExtractor.isDigit($0) }
        if !count.isEmpty, let measure = after.dropFirst(count.count).first, Self.countMeasures.contains(measure) {
            after = after.dropFirst(count.count + 1)
        }
        return starts(after, with: Self.statisticNouns)
    }

    /// “小而散”状态, “空壳化”趋势: a state or tendency being described.
    var isState: Bool { starts(following, with: Self.stateNouns) }

    /// 工业是经济的“压舱石”。, 发挥“桥头堡”作用: a figure of speech.
    ///
    /// It closes its clause after 的, or 作用 (角色, 效应) follows it. Not when the quote has a policy
    /// word (沽名钓誉的“形象工程”，) or opens with a count, as slogans do (发挥“双核驱动”作用).
    var isMetaphor: Bool {
        let closesClause =
            open > 0 && Self.metaphorLinks.contains(scalars[open - 1])
            && (close + 1 == scalars.count || Self.clauseEnds.contains(scalars[close + 1]))
        guard closesClause || starts(following, with: Self.roleNouns) else { return false }
        guard let first = content.first, !Self.countingNumerals.contains(first) else { return false }
        return !hasPolicyWord
    }

    // MARK: - Reading

    /// Up to eight characters after the quote, past quotes that continue a list (“…”“…”等, “…”、“…”)
    /// and up to the next punctuation.
    var following: ArraySlice<Unicode.Scalar> {
        var index = close + 1
        while index < scalars.count {
            let scalar = scalars[index]
            if let closing = TermExtractor.closing(of: scalar.value) {
                var end = index + 1
                while end < scalars.count, end - index < 40, scalars[end].value != closing, scalars[end] != "\n" {
                    end += 1
                }
                guard end < scalars.count, scalars[end].value == closing else { break }
                index = end + 1
            } else if Self.listJoiners.contains(scalar),
                index + 1 < scalars.count
            {
                index += 1
            } else if Self.listConjunctions.contains(scalar),
                index + 1 < scalars.count, TermExtractor.closing(of: scalars[index + 1].value) != nil
            {
                index += 1
            } else {
                break
            }
        }
        var end = index
        while end < scalars.count, end - index < 8, !Self.stops.contains(scalars[end]),
            TermExtractor.closing(of: scalars[end].value) == nil
        {
            end += 1
        }
        return scalars[index..<end]
    }

    /// Whether the words after the quote start with or contain one of `nouns`: 计划, 体系.
    func followedBy(_ nouns: [String]) -> Bool {
        let after = following
        return nouns.contains { contains(after, $0) }
    }

    func precededBy(_ words: [String]) -> Bool {
        words.contains { word in
            let count = word.unicodeScalars.count
            return open >= count && scalars[(open - count)..<open].elementsEqual(word.unicodeScalars)
        }
    }

    var hasPolicyWord: Bool { Self.policyWords.contains { contains(content, $0) } }

    func starts(_ text: ArraySlice<Unicode.Scalar>, with words: [String]) -> Bool {
        words.contains { text.starts(with: $0.unicodeScalars) }
    }

    func ends(_ text: ArraySlice<Unicode.Scalar>, with word: String) -> Bool {
        let count = word.unicodeScalars.count
        return text.count >= count && text.suffix(count).elementsEqual(word.unicodeScalars)
    }

    func contains(_ text: ArraySlice<Unicode.Scalar>, _ word: String) -> Bool {
        let word = Array(word.unicodeScalars)
        guard text.count >= word.count else { return false }
        return (text.startIndex...(text.endIndex - word.count)).contains { start in
            text[start..<(start + word.count)].elementsEqual(word)
        }
    }

    // MARK: - Vocabulary (terms/quote-context.tsv)

    private static let table = EntityTables.quoteContext

    static let namingVerbs = table.words(ofKind: "naming-verb")
    /// Marks right before quoted speech: a colon, 说.
    static let speechMarks = table.scalarSet(ofKind: "speech")
    /// 从 and 由, before the first end of a change; 向 and 到, before the second.
    static let changeFrom = table.scalarSet(ofKind: "change-from")
    static let changeTo = table.scalarSet(ofKind: "change-to")
    /// Nouns after a plan period or a plan's numerals: “八七”扶贫攻坚计划, “十五”计划.
    static let planNouns = table.words(ofKind: "plan-noun")
    /// Nouns after a formula that names a policy framework: “2+3”现代产业体系, “1+N”政策体系.
    static let policyNouns = table.words(ofKind: "policy-noun")
    /// Brand words right after a quote, each with the longer word it is part of where it is none (牌, not 牌照).
    static let brandWords: [(word: String, unless: String)] = table.table.rows.filter {
        WordKinds.kinds(of: $0).contains("brand")
    }.map { ($0[0], $0.count > 2 ? $0[2] : "") }
    static let productMarkers = table.words(ofKind: "product-marker")
    /// What follows a product's version number (3.0版).
    static let versionMarks = table.scalarSet(ofKind: "version")
    /// The last character of a craft numbered by a Chinese numeral (神州十号).
    static let craftNumberMarks = table.scalarSet(ofKind: "craft-number")
    static let eventSuffixes = table.words(ofKind: "event-suffix")
    static let indicatorEndings = table.words(ofKind: "indicator-ending")
    static let statisticNouns = table.words(ofKind: "statistic-noun")
    /// The measure word of a count before a statistic noun (两项指标, 3个指标).
    static let countMeasures = table.scalarSet(ofKind: "count-measure")
    static let stateNouns = table.words(ofKind: "state-noun")
    /// What a metaphor plays: 发挥“桥头堡”作用.
    static let roleNouns = table.words(ofKind: "role-noun")
    /// Before a quote that closes its clause, a metaphor (经济的“压舱石”。).
    static let metaphorLinks = table.scalarSet(ofKind: "metaphor-link")
    /// Words that make a name a policy's, whatever follows it: 消费节, 人才新政.
    static let policyWords = table.words(ofKind: "policy-word")
    /// Marks that continue a list of quotes (、, 等) and conjunctions before the next quote (和).
    static let listJoiners = table.scalarSet(ofKind: "list-joiner")
    static let listConjunctions = table.scalarSet(ofKind: "list-conjunction")
    /// Numerals that open counting slogans (两个率先, 双一流, 三农, 千村示范) (terms/numerals.tsv).
    static let countingNumerals = EntityTables.numerals.scalarSet(ofKind: "counting")
    /// The last numeral of a five-year plan's period (十四五).
    static let planPeriodEnds = EntityTables.numerals.scalarSet(ofKind: "plan-period")
    static let clauseEnds: Set<Unicode.Scalar> = TermExtractor.scalars(
        Scalar.fullwidthComma, Scalar.ideographicFullStop, Scalar.fullwidthSemicolon, Scalar.fullwidthExclamationMark,
        Scalar.fullwidthQuestionMark
    ).union(["\n"])
    static let stops: Set<Unicode.Scalar> = TermExtractor.scalars(
        Scalar.fullwidthComma, Scalar.ideographicFullStop, Scalar.fullwidthSemicolon, Scalar.fullwidthColon,
        Scalar.fullwidthExclamationMark, Scalar.fullwidthQuestionMark, Scalar.ideographicComma,
        Scalar.fullwidthLeftParenthesis, Scalar.fullwidthRightParenthesis, Scalar.emDash
    ).union(["\n", "(", ")", ",", ";", ":"])
    static let closingMarks: Set<Unicode.Scalar> = TermExtractor.scalars(
        Scalar.rightDoubleQuotationMark, Scalar.rightCornerBracket, Scalar.rightWhiteCornerBracket)
}
