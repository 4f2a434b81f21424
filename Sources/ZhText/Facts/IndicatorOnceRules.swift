/// The edge rules that run once, after the loop of ``Indicator/head(_:dates:figure:keepsList:)``
/// (`once` rows of `Sources/ZhTextData/indicators/edge-rules.tsv`).
extension Indicator {
    /// 政府经常开支预算为5658亿港元: the budgeted amount of an account (a phrase ending with a word of
    /// the rule) loses the word but its first character (预算); the status says it is a plan.
    func budgetedAmount(_ rule: IndicatorEdgeRule, _ trim: inout Trim) -> Trimmed {
        guard trim.upper - trim.lower > 4,
            let word = rule.words.first(where: { ends(with: $0, trim.lower, trim.upper) })
        else { return .nothing }
        trim.upper -= word.scalars.count - 1
        return .edge
    }

    /// 达到每百户30平方米: the denominator (a word of the rule and one character) is not part of the
    /// indicator, nor are the links before it.
    func denominator(_ rule: IndicatorEdgeRule, _ trim: inout Trim) -> Trimmed {
        guard trim.upper - trim.lower > 3,
            let word = rule.words.first(where: { s.matches($0, at: trim.upper - 1 - $0.scalars.count) })
        else { return .nothing }
        trim.upper -= word.scalars.count + 1
        while trim.lower < trim.upper, let link = Self.links.first(where: { ends(with: $0, trim.lower, trim.upper) }) {
            trim.upper -= link.scalars.count
        }
        return .edge
    }

    /// 本地生产总值按当时价格计算为: the method after the indicator (from the last first word to the
    /// second word that ends the phrase) is not part of it.
    func methodAfter(_ rule: IndicatorEdgeRule, _ trim: inout Trim) -> Trimmed {
        guard ends(with: rule.words[1], trim.lower, trim.upper),
            let method = ((trim.lower + 2)..<trim.upper).last(where: { s.matches(rule.words[0], at: $0) })
        else { return .nothing }
        trim.upper = method
        return .edge
    }

    /// 旅游价格受节后出行需求回落影响: the cause (from the first word to the second that ends the phrase)
    /// is not part of the indicator; a phrase that opens with it names none.
    func cause(_ rule: IndicatorEdgeRule, _ trim: inout Trim) -> Trimmed {
        guard ends(with: rule.words[1], trim.lower, trim.upper) else { return .nothing }
        if s.matches(rule.words[0], at: trim.lower) {
            trim.upper = trim.lower
        } else if let cause = ((trim.lower + 2)..<trim.upper).last(where: { s.matches(rule.words[0], at: $0) }) {
            trim.upper = cause
        }
        return .edge
    }

    /// 城市污水集中处理率由45%提高到55%: the indicator (before the rule's word) goes from this figure
    /// to the next.
    func fromFigure(_ rule: IndicatorEdgeRule, _ trim: inout Trim) -> Trimmed {
        guard trim.upper - trim.lower > 3,
            let from = ((trim.lower + 2)..<trim.upper).last(where: { position in
                rule.words.contains { s.matches($0, at: position) }
            })
        else { return .nothing }
        guard var head = finish(trim.lower..<from, verb: nil, direction: nil) else { return .head(nil) }
        head.isFrom = true
        return .head(head)
    }

    /// 居民消费价格（CPI）, 细颗粒物（PM2.5）: the abbreviation in brackets is not part of the label.
    ///
    /// Inside the phrase it is a gap (研究与试验发展（R&D）经费支出); see `abbreviationClose`.
    func abbreviation(_ trim: inout Trim) -> Trimmed {
        guard trim.upper - trim.lower > 4, Self.closingBrackets.contains(s[trim.upper - 1]),
            let open = (trim.lower..<(trim.upper - 1)).last(where: { Self.openingBrackets.contains(s[$0]) }),
            open > trim.lower, abbreviationClose(openingAt: open, before: trim.upper) == trim.upper - 1
        else { return .nothing }
        trim.upper = open
        return .edge
    }

    /// 有色冶金、石油化工等传统产业…: the examples before 等 (the rule's words, longest first) are not the indicator.
    ///
    /// In a 分别 list they are its subjects; the exceptions are words with 等 in them (中等, 等级). A result or list
    /// verb that opens the phrase stays: 新增黄石、咸宁等全国文明城市 → 新增全国文明城市.
    func examples(_ rule: IndicatorEdgeRule, _ trim: inout Trim) -> Trimmed {
        // 食品、石化等产业增加值分别增长…: a 分别 list names as many items as it has figures (`subjects`).
        guard !trim.keepsList,
            let cut = ((trim.lower + 1)..<max(trim.lower + 1, trim.upper - 2)).last(where: { isEtCetera(at: $0) })
        else { return .nothing }
        let end = cut + (rule.words.first { s.matches($0, at: cut) }?.scalars.count ?? 1)
        if let verb = (Self.resultVerbs + Self.listVerbs).first(where: { s.matches($0, at: trim.lower) }),
            trim.lower + verb.scalars.count < cut, end + 1 < trim.upper,
            var head = finish(end..<trim.upper, verb: nil, direction: trim.direction)
        {
            head.range = trim.lower..<head.range.upperBound
            head.gaps = [(trim.lower + verb.scalars.count)..<end]
            return .head(head)
        }
        trim.lower = end
        return .edge
    }

    /// 新材料、绿色食品、装备制造三大主导产业产值: the examples before a numbered group are not the indicator.
    func numberedGroup(_ trim: inout Trim) -> Trimmed {
        guard !trim.keepsList, s[trim.lower..<trim.upper].contains(Scalar.ideographicComma),
            let group = numberedGroup(in: trim.lower..<trim.upper)
        else { return .nothing }
        trim.lower = group
        return .edge
    }

    /// 高新技术企业、专精特新企业数量: the items of a list of long names before the last one are not the
    /// indicator; but 新认证绿色食品、有机农产品 is one object, 交通运输、仓储和邮政业 names its own
    /// parts (the exceptions in the last item), 绿色铝、硅光伏、新能源电池合计产值 sums the items (合计), and
    /// 央企二、三级子公司 lists numerals inside one name.
    ///
    /// A 、 inside brackets separates no items: 县（市、区）国企 is one name.
    func listItems(_ rule: IndicatorEdgeRule, _ trim: inout Trim) -> Trimmed {
        let items = split(trim.lower..<trim.upper, on: [Scalar.ideographicComma], outsideBrackets: true)
        guard !trim.keepsList, items.count >= 2, let last = items.last, items.allSatisfy({ $0.count >= 3 }),
            !s[trim.lower..<trim.upper].contains(Scalar.leftDoubleQuotationMark),
            !opensWithVerb(items[0]), s[items[0].lowerBound] != Scalar.新,
            // A word of two characters or more may follow the phrase (…零售额合计增长: 合计 was trimmed as a link).
            !rule.exceptions.contains(where: {
                s.contains($0, in: last) || $0.scalars.count > 1 && s.matches($0, at: trim.upper)
            }),
            !items.dropLast().contains(where: {
                Numeral.chineseDigit(s[$0.upperBound - 1]) != nil && Numeral.chineseDigit(s[$0.upperBound + 1]) != nil
            })
        else { return .nothing }
        trim.lower = last.lowerBound
        return .edge
    }

    /// 实施既有建筑节能改造850万平方米 → 既有建筑节能改造: a light verb (the rule's words) before a phrase ending
    /// with a noun of the work done (work-noun in indicators/words.tsv) says nothing more; 实施…项目 keeps it.
    func lightVerb(_ rule: IndicatorEdgeRule, _ trim: inout Trim) -> Trimmed {
        guard let word = rule.words.first(where: { s.matches($0, at: trim.lower) }),
            trim.upper - trim.lower >= word.scalars.count + 4,
            Self.workNouns.contains(where: { ends(with: $0, trim.lower, trim.upper) })
        else { return .nothing }
        trim.lower += word.scalars.count
        return .edge
    }

    /// Nouns of the work done (改造, 修复).
    static let workNouns = IndicatorTables.list("work-noun")
}
