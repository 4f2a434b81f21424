/// Reads indicator phrases: the words before a figure, trimmed to what a statistician would put
/// in a table row (地区生产总值, 城镇新增就业), and the subjects of a 分别 list.
struct Indicator {
    let s: UnsafeBufferPointer<UInt32>

    /// A part of an indicator: a stretch of the (normalized) text, or words the text implies
    /// (城乡居民 → 城镇居民 and 农村居民).
    enum Piece: Hashable {
        case text(Range<Int>)
        case literal(String)
    }

    /// The phrase before a figure, once trimmed.
    struct Head {
        var range: Range<Int>
        /// A change verb kept after a comparison (常住人口比上年末减少 → 常住人口减少).
        var verb: Range<Int>? = nil
        /// Words inside the phrase that are not part of the indicator (规模以上工业企业实现营业收入).
        var gaps: [Range<Int>] = []
        /// The change a noun or verb at the end implies for a ratio (涨幅为0.3%, 压减5%).
        var direction: ChangeDirection?
        /// Whether the phrase only continues the previous fact (占…比重, 净增, 总数).
        var continues: Bool
        /// Whether the phrase is a verb whose object is the previous fact's (新建5G基站…，累计建成…).
        var takesObject = false
        /// Whether the figure is where the indicator started from (污水处理率由45%提高到55%): the
        /// fact is the figure it went to.
        var isFrom = false
    }

    /// Words that open a clause without being part of the indicator (longer words first where
    /// one starts another).
    private static let leads: [Keyword] = sortedByLength([
        "经初步核算", "据初步核算", "初步核算", "据初步统计", "初步统计", "其中", "全年", "全市", "全县", "全区", "全省",
        "年末", "年初", "当年", "今年", "去年", "年内", "同期", "另外", "此外", "同时", "完成了", "完成", "实现了", "实现",
        "预计将", "预计", "达到", "共计", "共", "力争", "确保", "争取", "我市", "我省", "我区", "我县", "举办", "组织", "出台",
        "办理", "打造", "实施", "投入", "加上", "帮助", "发生", "末", "计划", "再", "将", "比上年末", "比上年", "比去年",
        "比年初", "较上年", "同比", "环比", "其余", "另有", "设立", "已", "拟", "安排", "稳定", "目前", "以上",
        "以内", "以下", "左右", "比上月", "比上季", "比去年同期", "比上年同期", "较上月", "较去年同期", "较年初",
        "此次", "本次", "本期", "因", "主要由于", "由于", "合计", "园区", "湾区", "扣除价格因素实际", "扣除价格因素", "另发行", "发行", "但", "合共", "以来", "当季", "当月", "同口径", "按可比口径",
        "经季节性调整的", "经季节性调整后", "经季节性调整", "按年", "按季", "按月",
        "开展", "推动", "吸引", "我们的目标是", "我们将", "我们", "活动现场", "现场", "年底前", "初步安排", "拟安排", "由", "为", "继续", "办好",
    ])
    /// Words that end a phrase without being part of the indicator: links to the figure.
    private static let links: [Keyword] = sortedByLength([
        "比上年末", "比上年", "比去年", "同比", "环比", "分别", "实现了", "实现", "完成了", "完成", "达到了", "达到", "达", "为",
        "是", "共计", "共", "累计", "合计", "突破", "超过", "超", "逾", "近", "约", "增至", "降至", "降到", "减少到", "减少至", "提高到", "提高至",
        "稳定在", "控制在", "接近", "保持在", "保持", "稳定", "压缩至", "压缩到", "缩短至", "缩短到", "提升至", "提升到", "扩大到",
        "扩大至", "下降到", "下降至", "降低到", "降低至", "增加到", "增长到", "上升到", "上升至", "回落至", "回落到", "均",
        "力争", "预计", "首次", "首破", "跨越", "刚刚", "仅", "预期", "平均", "不低于", "不高于", "不少于", "不超过", "每人每月",
        "每人每年", "年均", "再", "将", "有望", "稳步", "又", "已", "目标", "估计", "临时估计", "每年", "以内", "实质", "名义", "安排", "初步安排", "拟安排", "拟按", "按", "发展到", "统一", "温和",
        "累计落地", "只有", "仅有", "预测", "实际", "拟", "新台币", "人民币", "港币", "同期仍", "仍", "拟定", "将维持在", "维持在", "比上月", "比上季", "比去年同期", "比上年同期", "较上月", "较去年同期", "较年初", "比年初",
        "较一年前同期", "比一年前同期", "与一年前同期相比", "按年", "按季", "按月", "则", "预计在",
    ])
    /// Verbs of change: dropped before a ratio (增长9.1%), kept before an amount (增加4000亩).
    private static let changeVerbs: [Keyword] = [
        "增长", "下降", "提高", "降低", "增加", "减少", "上升", "回落", "上涨", "下跌", "增幅", "降幅", "增速", "涨幅",
        "微升", "微降", "回升",
    ]
    /// The links and the change verbs, longest first (one array, made once).
    private static let linksAndChanges: [Keyword] = sortedByLength(links + changeVerbs)
    /// The links and the bases of comparisons (比上年末…), as trimmed before an absolute change.
    private static let linksAndComparisons: [Keyword] = sortedByLength(links + ["比上年末", "比上年", "比去年", "比年初"])
    /// Verbs of an absolute change an indicator keeps: 常住人口减少2100人.
    private static let amountChanges: [Keyword] = ["增加", "减少", "净增", "净减", "提高", "降低"]
    private static let increaseWords: [Keyword] = ["涨幅", "增幅", "增速", "上涨", "扩大", "增产"]
    private static let decreaseWords: [Keyword] = ["降幅", "压减", "再压减", "压降", "再压降", "下调", "减轻", "缩减", "压缩", "减产", "再降"]
    /// Phrases that only continue the previous fact.
    private static let continuations: [Keyword] = ["净增", "净减", "增加", "减少", "提高", "降低", "总数"]
    /// Verbs of a previous indicator that a continuation does not carry (新增高新技术企业 … 总数).
    private static let carriedVerbs: [Keyword] = sortedByLength(resultVerbs + ["累计", "净增"])
    /// Verbs of results that open an indicator (新增医疗床位) and carry along a 、 list
    /// (新增三级甲等医院2家、社区卫生服务中心15个 → 新增社区卫生服务中心).
    static let resultVerbs: [Keyword] = sortedByLength([
        "新建、改扩建", "新改建", "新建", "新增", "新认定", "新评定", "新培育", "新开工", "累计建成", "建成", "创建", "新设", "改造",
        "改造提升", "提升改造", "改扩建", "改建", "新建改建", "新建、改建",
    ])
    /// The nouns that say what is measured, which the parts of a total share (粮食总产量…，其中稻谷… → 稻谷产量).
    private static let measures: [Keyword] = sortedByLength([
        "户籍人口", "常住人口", "增加值", "保有量", "商品零售额", "零售额", "产量", "价格", "产值", "营业收入", "利润总额", "余额", "投资", "进出口",
        "出口", "进口", "销售额", "用电量", "收入", "支出", "人口", "通车里程", "营业里程", "播种面积", "面积", "产能",
    ])
    /// Last characters of a phrase that already names a measure (发电量, 覆盖率, 零售额).
    private static let measureEnds: Set<UInt32> = Set("量额值率数价格度积重入出资口模费金益润本例比款税".unicodeScalars.map(\.value))

    /// The result verb an indicator opens with (新增, 新建、改扩建), as a piece.
    func resultVerb(_ pieces: [Piece]) -> Piece? {
        guard case .text(let range)? = pieces.first else { return nil }
        return Self.resultVerbs.first { s.matches($0, at: range.lowerBound) && (range.count > $0.scalars.count + 1 || range.count == $0.scalars.count && pieces.count > 1) }
            .map { .text(range.lowerBound..<(range.lowerBound + $0.scalars.count)) }
    }

    /// The measure noun an indicator or a label ends with (粮食总产量 → 产量), as a piece.
    func measure(_ range: Range<Int>) -> Piece? {
        Self.measures.first { ends(with: $0, range.lowerBound, range.upperBound) && range.count > $0.scalars.count || range.count == $0.scalars.count && s.matches($0, at: range.lowerBound) }
            .map { .text((range.upperBound - $0.scalars.count)..<range.upperBound) }
    }

    /// Words that qualify a whole total (城镇, 农村, 男性): the part is the word and the total.
    private static let qualifiers: [Keyword] = ["城镇", "城市", "农村", "乡村", "男性", "女性"]

    /// A part of a total: 农村 + 居民消费价格, 稻谷 + 产量 (the total's measure noun).
    func part(_ pieces: [Piece], of total: [Piece]) -> [Piece] {
        if pieces.count == 1, case .text(let range) = pieces[0], Self.qualifiers.contains(where: { range.count == 2 && s.matches($0, at: range.lowerBound) }) {
            return pieces + total
        }
        guard case .text(let range)? = total.last, let measure = measure(range) else { return withVerb(of: total, pieces) }
        return withVerb(of: total, pieces + [measure])
    }

    /// A part named inside its total: 限额以上单位 + 粮油食品类 + 商品零售额.
    func part(_ pieces: [Piece], inside total: [Piece]) -> [Piece] {
        guard case .text(let range)? = total.last, total.count == 1, case .text(let measure)? = measure(range) else { return part(pieces, of: total) }
        return [.text(range.lowerBound..<measure.lowerBound)] + pieces + [.text(measure)]
    }

    /// A part of a total whose indicator opens with a result verb opens with it too (新增政府债券
    /// 8.90亿元，其中一般债券2.10亿元 → 新增一般债券).
    func withVerb(of total: [Piece], _ pieces: [Piece]) -> [Piece] {
        guard let verb = resultVerb(total), case .text(let range)? = pieces.first, !opensWithVerb(range),
            case .text(let verbRange) = verb, !pieces.contains(where: { piece in
                if case .text(let text) = piece { return s.contains(Keyword(stringLiteral: self.text([.text(verbRange)])), in: text) }
                return false
            })
        else { return pieces }
        return [verb] + pieces
    }

    /// The levels of government a budget total can be scoped to.
    private static let scopes: [Keyword] = ["县本级", "市本级", "区本级", "市级", "县级", "省级", "区级"]

    /// A part of a scoped total is scoped too (市级一般公共预算支出…。其中：教育支出 → 市级教育支出).
    func withScope(of total: [Piece], _ pieces: [Piece]) -> [Piece] {
        guard case .text(let totalRange)? = total.first, case .text(let range)? = pieces.first,
            let scope = Self.scopes.first(where: { s.matches($0, at: totalRange.lowerBound) }),
            !Self.scopes.contains(where: { s.matches($0, at: range.lowerBound) })
        else { return pieces }
        return [.text(totalRange.lowerBound..<(totalRange.lowerBound + scope.scalars.count))] + pieces
    }

    /// Whether a phrase ends with the same two characters as the total's last piece (一般债务限额, 新增债务限额).
    func sharesMeasure(_ range: Range<Int>, with total: [Piece]) -> Bool {
        guard range.count >= 3, case .text(let last)? = total.last, last.count >= 3 else { return false }
        return s[range.upperBound - 1] == s[last.upperBound - 1] && s[range.upperBound - 2] == s[last.upperBound - 2]
    }

    /// Whether a phrase lacks a measure noun (稻谷, 男性, 装备制造业), so a part takes its total's.
    func lacksMeasure(_ range: Range<Int>) -> Bool {
        !range.isEmpty && !Self.measureEnds.contains(s[range.upperBound - 1]) && range.count <= 14
    }

    /// Words that compare with something else (增速高于全省0.1个百分点, 降幅比上年收窄): what
    /// follows is not the indicator's own figure.
    private static let comparisons: [Keyword] = ["高于", "低于", "快于", "慢于", "高出", "低出", "收窄", "好于", "超出", "超过省", "加快", "放缓", "前移", "后移"]
    /// Last words of a phrase that does not name an indicator: 建设的12英寸…, 市第二中学等4所, 约占, 折合,
    /// 最高500万元 (a cap of a policy).
    private static let danglingEnds: [Keyword] = ["的", "等", "占", "折合", "折合约", "共有", "中有", "最高", "对"]

    /// Whether a head names an indicator for `figure`: not a duration (连续三年, 过去一年), not a
    /// comparison, not a phrase left hanging.
    func names(_ head: Head, _ figure: FactExtractor.Figure) -> Bool {
        if figure.unit == .measure(.year) || figure.unit == .measure(.month) { return false }
        let whole = head.range.lowerBound..<(head.verb?.upperBound ?? head.range.upperBound)
        if Self.comparisons.contains(where: { s.contains($0, in: whole) }) { return false }
        // 扭转了前一年收缩…: a clause with 了 tells what happened, it names no indicator.
        if s[whole].contains(0x4E86) { return false }
        return !Self.danglingEnds.contains { ends(with: $0, head.range.lowerBound, head.range.upperBound) }
    }

    /// Budget terms that name a line of the account whose subject is the paragraph's (收入总计,
    /// 结转下年) or the previous figure's (…基金收入186.42亿元、支出172.65亿元).
    private static let accountTerms: [Keyword] = sortedByLength([
        "收入总计", "支出总计", "结转下年", "当年收支结余", "年末滚存结余", "收支结余", "滚存结余", "当年收支缺口", "收支缺口",
        "调入一般公共预算",
    ])
    private static let itemTerms: [Keyword] = ["支出", "收入", "实际动用", "剩余"]

    /// Whether `range` is a term of a budget account, and whether its subject is the paragraph's.
    func accountTerm(_ range: Range<Int>) -> (isTerm: Bool, ofParagraph: Bool) {
        if Self.accountTerms.contains(where: { range.count == $0.scalars.count && s.matches($0, at: range.lowerBound) }) { return (true, true) }
        return (Self.itemTerms.contains { range.count == $0.scalars.count && s.matches($0, at: range.lowerBound) }, false)
    }

    /// The subject of a budget account from an indicator: 一般公共预算收入 → 一般公共预算;
    /// 社会保险基金预算收入 → 社会保险基金 (its balances are the fund's; its spending is the budget's).
    func accountSubject(_ pieces: [Piece], forBalance: Bool = true) -> [Piece] {
        // 预备费 + 实际动用: the subject is the pieces before the account's own term.
        if pieces.count > 1, case .text(let last)? = pieces.last,
            Self.itemTerms.contains(where: { last.count == $0.scalars.count && s.matches($0, at: last.lowerBound) })
        {
            return Array(pieces.dropLast())
        }
        guard case .text(var range)? = pieces.last, pieces.count == 1 else { return pieces }
        for word in ["收入", "支出", "实际动用", "剩余"] as [Keyword] where ends(with: word, range.lowerBound, range.upperBound) && range.count > 4 {
            range = range.lowerBound..<(range.upperBound - word.scalars.count)
            break
        }
        if forBalance, ends(with: "社会保险基金预算", range.lowerBound, range.upperBound) { range = range.lowerBound..<(range.upperBound - 2) }
        // 市级预算安排预备费, 县本级预算安排预备费: the reserve fund is the subject.
        if let arranged = find("预算安排", in: range), arranged < range.upperBound { range = arranged..<range.upperBound }
        return [.text(range)]
    }

    /// The label before a colon (1.GDP：2836.5亿元; 实际使用外资（Actual FDI）：…), without its
    /// numbering and its English gloss, as a head.
    func label(endingAt colon: Int, from start: Int) -> Head? {
        var lower = start
        while lower < colon, isSeparator(s[lower]) || Numeral.isASCIIDigit(s[lower]) || s[lower] == 0x2E || s[lower] == 0x3000 { lower += 1 }
        var upper = colon
        if upper - lower > 2, s[upper - 1] == 0xFF09 || s[upper - 1] == 0x29,
            let open = (lower..<upper).last(where: { s[$0] == 0xFF08 || s[$0] == 0x28 }), open > lower
        {
            upper = open
        }
        guard upper - lower >= 2, upper - lower <= 20 else { return nil }
        return finish(lower..<upper, verb: nil, direction: nil)
    }

    /// What follows 分别 in a head, without its link verbs (分别实现税收收入 → 税收收入), as a piece.
    func measureAfter(_ range: Range<Int>) -> Piece? {
        var lower = range.lowerBound
        while let word = Self.leads.first(where: { s.matches($0, at: lower) && lower + $0.scalars.count < range.upperBound }) {
            lower += word.scalars.count
        }
        return range.upperBound - lower >= 2 ? .text(lower..<range.upperBound) : nil
    }

    /// The budget a completion ratio is measured against: 完成预算的101.8% → 预算,
    /// 完成调整预算的96.3% → 调整预算.
    func completion(_ range: Range<Int>) -> Range<Int>? {
        var lower = range.lowerBound
        while lower < range.upperBound, isSeparator(s[lower]) { lower += 1 }
        guard s.matches("完成", at: lower), ends(with: "预算的", lower, range.upperBound) else { return nil }
        let budget = (lower + 2)..<(range.upperBound - 1)
        return budget.count <= 6 ? budget : nil
    }

    /// Measures that name nothing without a subject (利润总额, 总产量, 授权量).
    private static let bareMeasures: [Keyword] = sortedByLength([
        "总产量", "产量", "利润总额", "营业收入利润率", "营业收入", "利润率", "资产总额", "授权量", "申请量", "总产值", "产值",
        "出口额", "进口额", "销售额", "总收入", "总长", "亩产", "折粮亩产", "在校生", "毕业生", "经营净收入", "财产净收入",
        "转移净收入", "各项贷款余额",
    ])
    /// Measures of the things a count counted (道路14条、总长23.6公里).
    private static let lengths: [Keyword] = ["总长"]
    /// The measures a subject is cut from (规模以上工业企业营业收入 → 规模以上工业企业).
    private static let subjectMeasures: [Keyword] = sortedByLength(bareMeasures + measures + ["播种面积", "申请量", "招生", "工资性收入", "各项存款余额"])

    /// The previous indicator's subject for a head that is a bare measure: 规模以上工业企业营业收入…，
    /// 利润总额… → 规模以上工业企业; 粮食播种面积…，总产量… → 粮食.
    func subject(of previous: [Piece], for head: Head) -> [Piece]? {
        guard head.verb == nil, head.gaps.isEmpty,
            Self.bareMeasures.contains(where: { head.range.count == $0.scalars.count && s.matches($0, at: head.range.lowerBound) })
        else { return nil }
        // …存款余额…，比年初增加968.7亿元；各项贷款余额…: the level's subject, not its change's.
        let previous = withoutChangeVerb(previous) ?? previous
        guard case .text(let range)? = previous.last else { return nil }
        guard let measure = Self.subjectMeasures.first(where: { ends(with: $0, range.lowerBound, range.upperBound) && range.count >= $0.scalars.count })
        else {
            // 新建、改建道路14条、总长23.6公里: what was counted is the subject.
            return Self.lengths.contains(where: { head.range.count == $0.scalars.count && s.matches($0, at: head.range.lowerBound) }) ? previous : nil
        }
        var subject = Array(previous.dropLast())
        if range.count > measure.scalars.count { subject.append(.text(range.lowerBound..<(range.upperBound - measure.scalars.count))) }
        guard subject.reduce(0, { $0 + length($1) }) >= 2 else { return nil }
        // 新增高新技术企业: a verb is not part of the subject.
        return carried(subject)
    }

    /// Whether a head ends with the verb of an absolute change (常住人口减少).
    func endsWithChangeVerb(_ head: Head) -> Bool {
        let range = head.verb ?? head.range
        return Self.amountChanges.contains { ends(with: $0, range.lowerBound, range.upperBound) }
    }

    /// Whether a phrase opens with a result verb.
    func opensWithVerb(_ range: Range<Int>) -> Bool {
        Self.resultVerbs.contains { s.matches($0, at: range.lowerBound) } || s.matches("累计", at: range.lowerBound)
    }

    /// Longer words first, so that 年均 is tried before 均.
    private static func sortedByLength(_ words: [Keyword]) -> [Keyword] {
        words.sorted { $0.scalars.count > $1.scalars.count }
    }

    /// The indicator phrase in `range`, or nil when what is left is not a phrase.
    func head(_ range: Range<Int>, dates: [DateMention], figure: FactExtractor.Figure, keepsList: Bool = false) -> Head? {
        var lower = range.lowerBound
        var upper = range.upperBound
        var direction: ChangeDirection?
        var keepsVerb = false
        var changed = true
        while changed, lower < upper {
            changed = false
            while lower < upper, isSeparator(s[lower]) { lower += 1; changed = true }
            if let date = lastDate(in: lower..<upper, dates), !s.matches("结转", at: date.scalarOffsets.upperBound) {
                // 东陵市去年GDP: what comes before the date is the place or the time, not the indicator.
                lower = date.scalarOffsets.upperBound
                changed = true
            }
            // “今年高校毕业生: a quote that opens a speech, not a name.
            if s[lower] == 0x201C, !s[lower..<upper].contains(0x201D) {
                lower += 1
                changed = true
            }
            // 按可比价格计算, 按常住人口计算: a method, not the indicator.
            if s[lower] == 0x6309, let end = find("计算", in: lower..<min(upper, lower + 12)) {
                lower = end
                changed = true
            }
            // 1.拨款, 3、社会福利经常开支: an item's number.
            if lower + 2 < upper, Numeral.isASCIIDigit(s[lower]) {
                var end = lower
                while end < upper, Numeral.isASCIIDigit(s[end]) { end += 1 }
                if end - lower <= 2, end + 1 < upper, [0x2E, 0xFF0E, 0x3001].contains(s[end]), !Numeral.isASCIIDigit(s[end + 1]) {
                    lower = end + 1
                    changed = true
                    continue
                }
            }
            if let word = Self.leads.first(where: { s.matches($0, at: lower) && lower + $0.scalars.count <= upper }),
                // 完成投资142.5亿元: the bare measure keeps its verb (the name of a project's investment).
                !(s.matches("完成投资", at: lower) && upper == lower + 4)
            {
                lower += word.scalars.count
                changed = true
                continue
            }
            // 十年内新增: 内 after a figure of years (十年 is a quantity) opens no indicator.
            if s[lower] == 0x5185, s.scalar(at: lower - 1) == 0x5E74, lower + 2 < upper {
                lower += 1
                changed = true
                continue
            }
            // 扣除食品和能源价格后的核心CPI: what was left out is not part of the name.
            if s.matches("扣除", at: lower), let after = find("后的", in: lower..<min(upper, lower + 16)), after + 1 < upper {
                lower = after
                changed = true
                continue
            }
            // 全国一般公共预算收入: the scope, like 全省 (but 全国首店 names a kind of shop).
            if s.matches("全国", at: lower), lower + 3 < upper, s[lower + 2] != 0x9996 {
                lower += 2
                changed = true
                continue
            }
            // 约占本级支出的1%: 约 qualifies the share.
            if s.matches("约占", at: lower) {
                lower += 1
                changed = true
            }
            // 有 opens a clause (有体育场地), but 有效 有色 有机 有线 are words.
            if lower + 2 < upper, s[lower] == 0x6709, ![0x6548, 0x8272, 0x673A, 0x7EBF, 0x5173].contains(s[lower + 1]) {
                lower += 1
                changed = true
            }
            guard !keepsVerb else { continue }
            while lower < upper, isSeparator(s[upper - 1]) { upper -= 1; changed = true }
            // 国内生产总值[2]: a footnote's mark is not part of the name.
            if let mark = footnote(endingAt: upper, from: lower) {
                upper = mark
                changed = true
                continue
            }
            if !figure.isPercentage, let verb = Self.amountChanges.first(where: { ends(with: $0, lower, upper) }) {
                // The verb stays; the words before it are trimmed as before a figure.
                keepsVerb = true
                var inner = upper - verb.scalars.count
                while let word = Self.linksAndComparisons.first(where: { ends(with: $0, lower, inner) }) {
                    inner -= word.scalars.count
                }
                if inner < upper - verb.scalars.count {
                    // 常住人口比上年末减少: keep the phrase and the verb, not what is between.
                    return finish(lower..<inner, verb: (upper - verb.scalars.count)..<upper, direction: nil)
                }
                continue
            }
            if figure.isPercentage, s[lower] == 0x6BD4 || s[lower] == 0x8F83, upper - lower >= 3 {
                // 较原来预算少约16%, 比全国高: a comparison whose last word gives the direction.
                if s[upper - 1] == 0x5C11 || s[upper - 1] == 0x4F4E { return Head(range: upper..<upper, direction: .decrease, continues: false) }
                if s[upper - 1] == 0x591A || s[upper - 1] == 0x9AD8 { return Head(range: upper..<upper, direction: .increase, continues: false) }
            }
            if figure.isPercentage {
                if let word = Self.increaseWords.first(where: { ends(with: $0, lower, upper) }) {
                    direction = direction ?? .increase
                    upper -= word.scalars.count
                    changed = true
                    continue
                }
                if let word = Self.decreaseWords.first(where: { ends(with: $0, lower, upper) }) {
                    direction = direction ?? .decrease
                    upper -= word.scalars.count
                    changed = true
                    continue
                }
            }
            // One word at a time, longest first: 平均为 loses 为, then 平均 (not 均); 约 is "about"
            // except in 签约, 节约, 合约…, and 达 "reaching" except in 下达, 到达….
            if let word = Self.linksAndChanges.first(where: { ends(with: $0, lower, upper) }),
                !(word.scalars == [0x7EA6] && upper - 2 >= lower && "签节条合公制预履违特邀".unicodeScalars.contains { $0.value == s[upper - 2] }),
                !(word.scalars == [0x8FBE] && upper - 2 >= lower && "下到送表传抵".unicodeScalars.contains { $0.value == s[upper - 2] })
            {
                upper -= word.scalars.count
                changed = true
            }
        }
        // 政府经常开支预算为5658亿港元: the budgeted amount of an account; the status says it is a plan.
        if upper - lower > 4, ends(with: "预算", lower, upper), [0x51FA, 0x5165, 0x652F].contains(s[upper - 3]) { upper -= 2 }
        // 达到每百户30平方米: the denominator is not part of the indicator.
        if upper - lower > 3, s[upper - 3] == 0x6BCF, [0x767E, 0x5343, 0x4E07].contains(s[upper - 2]) {
            upper -= 3
            while lower < upper, let word = Self.links.first(where: { ends(with: $0, lower, upper) }) { upper -= word.scalars.count }
        }
        // 本地生产总值按当时价格计算为: the method after the indicator is not part of it.
        if ends(with: "计算", lower, upper), let method = ((lower + 2)..<upper).last(where: { s[$0] == 0x6309 }) { upper = method }
        // 旅游价格受节后出行需求回落影响: the cause is not part of the indicator.
        if ends(with: "影响", lower, upper) {
            if s[lower] == 0x53D7 { upper = lower } else if let cause = causeStart(lower..<upper) { upper = cause }
        }
        // 城市污水集中处理率由45%提高到55%: the indicator goes from this figure to the next.
        if upper - lower > 3, let from = ((lower + 2)..<upper).last(where: { s[$0] == 0x7531 }) {
            guard let head = finish(lower..<from, verb: nil, direction: nil) else { return nil }
            var start = head
            start.isFrom = true
            return start
        }
        // 居民消费价格（CPI）: the abbreviation in brackets is not part of the label.
        if upper - lower > 4, s[upper - 1] == 0xFF09 || s[upper - 1] == 0x29,
            let open = (lower..<(upper - 1)).last(where: { s[$0] == 0xFF08 || s[$0] == 0x28 }), open > lower,
            ((open + 1)..<(upper - 1)).allSatisfy({ (0x41...0x5A).contains(s[$0]) || (0x61...0x7A).contains(s[$0]) })
        {
            upper = open
        }
        // 有色冶金、石油化工等传统产业…: the examples before 等 are not the indicator; nor are the
        // items of a list of long names before the last one.
        if let cut = ((lower + 1)..<max(lower + 1, upper - 2)).last(where: { isEtCetera(at: $0) }) {
            lower = cut + (s.matches("等地", at: cut) ? 2 : 1)
        }
        // 新材料、绿色食品、装备制造三大主导产业产值: the examples before a numbered group are not the indicator.
        if !keepsList, s[lower..<upper].contains(0x3001), let group = numberedGroup(in: lower..<upper) { lower = group }
        let items = split(lower..<upper, on: [0x3001])
        if !keepsList, items.count >= 2, items.allSatisfy({ $0.count >= 3 }), !s[lower..<upper].contains(0x201C), !s[items.last!].contains(0x7684),
            !opensWithVerb(items[0]), s[items[0].lowerBound] != 0x65B0,  // 新认证绿色食品、有机农产品…: one object
            // 交通运输、仓储和邮政业增加值: a name that lists its own parts ends them with 和 or 及.
            !s[items.last!].contains(where: { $0 == 0x548C || $0 == 0x53CA }),
            // 央企二、三级子公司: numerals listed inside one name.
            !items.dropLast().contains(where: { Numeral.chineseDigit(s[$0.upperBound - 1]) != nil && Numeral.chineseDigit(s[$0.upperBound + 1]) != nil })
        {
            lower = items.last!.lowerBound
        }
        // A 分别 list names several indicators: it may be longer than one.
        return finish(lower..<upper, verb: nil, direction: direction, longest: keepsList ? 48 : 24)
    }

    /// Checks what is left is a phrase: at most 24 characters of Han, Latin, digits and the
    /// punctuation names use (“5G”基站, PM2.5, （PMI）).
    private func finish(_ range: Range<Int>, verb: Range<Int>?, direction: ChangeDirection?, longest: Int = 24) -> Head? {
        let whole = range.lowerBound..<(verb?.upperBound ?? range.upperBound)
        guard whole.count <= longest, whole.allSatisfy({ isPhraseScalar(s[$0]) }) else { return nil }
        if let verb, range.isEmpty { return Head(range: verb, direction: direction, continues: true) }
        if let verb, verb.lowerBound != range.upperBound {
            return Head(range: range, verb: verb, direction: direction, continues: false)
        }
        if Self.resultVerbs.contains(where: { whole.count == $0.scalars.count && s.matches($0, at: whole.lowerBound) }) {
            return Head(range: whole, direction: direction, continues: false, takesObject: true)
        }
        let continues = !whole.isEmpty && s.matches("占", at: whole.lowerBound)
            || whole.count > 3 && s.matches("与", at: whole.lowerBound) && s.matches("之比", at: whole.upperBound - 2)  // 与地区生产总值之比
            || Self.continuations.contains { whole.count == $0.scalars.count && s.matches($0, at: whole.lowerBound) }
        return Head(range: whole, gaps: verb == nil ? gaps(in: whole) : [], direction: direction, continues: continues)
    }

    /// Verbs and fillers inside a phrase that a table row would not have: 实现, 完成, 全年, 出现.
    private static let fillers: [Keyword] = ["实现", "完成", "全年", "出现", "共造成", "造成"]

    /// Where fillers stand inside `range` (not at its ends).
    /// Where a footnote's mark ([2], [12]) that ends at `upper` starts, or nil.
    func footnote(endingAt upper: Int, from lower: Int) -> Int? {
        guard upper - lower > 3, s[upper - 1] == 0x5D, let open = (max(lower, upper - 5)..<(upper - 1)).last(where: { s[$0] == 0x5B }),
            open + 1 < upper - 1, (open + 1..<(upper - 1)).allSatisfy({ Numeral.isASCIIDigit(s[$0]) }), open > lower
        else { return nil }
        return open
    }

    private func gaps(in range: Range<Int>) -> [Range<Int>] {
        guard range.count > 4 else { return [] }
        var gaps: [Range<Int>] = []
        var position = range.lowerBound + 2
        while position < range.upperBound - 2 {
            // 农民工[8]总量: a footnote's mark inside the name.
            if s[position] == 0x5B, let close = (position + 1..<min(range.upperBound, position + 5)).first(where: { s[$0] == 0x5D }),
                close > position + 1, (position + 1..<close).allSatisfy({ Numeral.isASCIIDigit(s[$0]) })
            {
                gaps.append(position..<(close + 1))
                position = close + 1
                continue
            }
            if let word = Self.fillers.first(where: { s.matches($0, at: position) && position + $0.scalars.count < range.upperBound - 1 }) {
                gaps.append(position..<(position + word.scalars.count))
                position += word.scalars.count
            } else {
                position += 1
            }
        }
        return gaps
    }

    /// The subjects of a 分别 list: `A、B`, `A和B`, with shared heads distributed
    /// (第一、二、三产业增加值; 城镇和农村居民人均可支配收入; 汽油、柴油价格).
    func subjects(_ range: Range<Int>, count: Int) -> [[Piece]] {
        var items = split(range, on: [0x3001])
        if items.count < count, let last = items.last, let joint = lastConjunction(in: last) {
            items.removeLast()
            items.append(last.lowerBound..<joint)
            items.append((joint + 1)..<last.upperBound)
        }
        items = items.filter { !$0.isEmpty }
        if items.count == 1, count == 2, s.matches("城乡", at: items[0].lowerBound), items[0].count > 2 {
            // 城乡居民人均可支配收入分别…: 城镇居民… and 农村居民…; 城乡低保标准: 城市… and 农村….
            let rest = (items[0].lowerBound + 2)..<items[0].upperBound
            let town = s.matches("居民", at: rest.lowerBound) ? "城镇" : "城市"
            return [[.literal(town), .text(rest)], [.literal("农村"), .text(rest)]]
        }
        guard items.count == count, count >= 2 else { return [] }
        var tail: Range<Int>?
        if let last = items.last {
            let before = items[items.count - 2]
            let mark = s[items[0].upperBound - 1]
            if var cut = (last.lowerBound..<(last.upperBound - 1)).first(where: { s[$0] == mark }).map({ $0 + 1 }), last.count > before.count + 1 {
                // The last item carries the shared tail: cut it after the first item's last
                // character (东湖区、…开发区GDP; 白沙市、崇岭市地区生产总值); 以上 stays with its
                // item (一年期、五年期以上贷款市场报价利率).
                if (s.matches("以上", at: cut) || s.matches("以下", at: cut)), cut + 4 < last.upperBound { cut += 2 }
                tail = cut..<last.upperBound
                items[items.count - 1] = last.lowerBound..<cut
            } else if last.count > before.count + 1 {
                // 城镇和农村居民人均可支配收入, 第一、二、三产业增加值: as many characters as the item before.
                let cut = last.lowerBound + before.count
                tail = cut..<last.upperBound
                items[items.count - 1] = last.lowerBound..<cut
            } else if let measure = Self.measures.first(where: { ends(with: $0, last.lowerBound, last.upperBound) && !ends(with: $0, items[0].lowerBound, items[0].upperBound) }),
                abs(last.count - measure.scalars.count - items[0].count) <= 2
            {
                // 工业机器人、集成电路产量: the measure noun is shared.
                tail = (last.upperBound - measure.scalars.count)..<last.upperBound
                items[items.count - 1] = last.lowerBound..<(last.upperBound - measure.scalars.count)
            }
        }
        let first = items[0]
        return items.map { item in
            var pieces: [Piece] = []
            // 第一、二、三; …基金收入、支出: a short item takes the first item's opening.
            if item != first, item.count <= 2, first.count > item.count + 1 || item.count == 1 && first.count == 2 {
                pieces.append(.text(first.lowerBound..<(first.upperBound - item.count)))
            } else if item != first, (3...4).contains(item.count), first.count >= item.count + 3, s[item.upperBound - 1] == s[first.upperBound - 1],
                [0x6570, 0x91CF, 0x7387].contains(s[first.upperBound - 1])  // 数 量 率
            {
                // 生产安全事故起数和死亡人数: the second count is the same subject's.
                pieces.append(.text(first.lowerBound..<(first.upperBound - 2)))
            }
            pieces.append(.text(item))
            if let tail { pieces.append(.text(tail)) }
            return pieces
        }.filter { pieces in pieces.reduce(0) { $0 + length($1) } >= 2 }
    }

    /// Classifiers that end a count whose noun follows it (150名工程师, 10件民生实事).
    private static let classifiers: Set<UInt32> = Set("个個名件项項宗套条條家座所台辆户批处种種".unicodeScalars.map(\.value))
    /// Characters that cannot open the noun after a count: links, changes, qualifiers, units.
    private static let objectStops: Set<UInt32> = Set("以左的比同增下上提降减和及或等占为是到至共其分较达超次多余万亿元年月日左右，、".unicodeScalars.map(\.value))
    /// Where the noun after a count or the purpose of an amount ends.
    private static let objectEnds: Set<UInt32> = [0x2C, 0xFF0C, 0x3002, 0x3B, 0xFF1B, 0x3A, 0xFF1A, 0x0A, 0x21, 0xFF01, 0x3F, 0xFF1F, 0xFF08, 0x28, 0x201D]
    /// Verbs that say what an amount is for (安排8765万元用于…, 1.26亿元支持…); the first two are
    /// not part of the name.
    private static let purposes: [Keyword] = ["用于", "实施", "支持", "推进", "改善", "办好"]

    /// What a figure counts or pays for when the text names it after the figure: the noun after
    /// a count (招聘150名工程师 → 工程师), or the purpose after an amount (安排1.26亿元支持青溪
    /// 工业园区扩容提质 → 支持青溪工业园区扩容提质), up to the end of the clause; nil when there is none.
    func object(after figure: Range<Int>, isMoney: Bool) -> Range<Int>? {
        var start = figure.upperBound
        guard start < s.count else { return nil }
        if isMoney {
            guard let purpose = Self.purposes.firstIndex(where: { s.matches($0, at: start) }) else { return nil }
            if purpose < 2 { start += Self.purposes[purpose].scalars.count }  // 用于, 实施
        } else {
            guard figure.count > 1, Self.classifiers.contains(s[figure.upperBound - 1]), !Self.objectStops.contains(s[start]),
                (0x3400..<0xA000).contains(s[start]) || s[start] == 0x201C
            else { return nil }
        }
        var end = start
        let longest = isMoney ? 24 : 14
        // The clause ends at these (、 too after a count: 城市书房8个、乡镇综合文化站15个).
        // 10个“数字领航”企业: a quote that opens the noun closes inside it.
        let quoted = s[start] == 0x201C
        while end < s.count, !Self.objectEnds.contains(s[end]) || quoted && s[end] == 0x201D, isMoney || s[end] != 0x3001 {
            // 400亿港元银色债券和200亿港元绿色债券: the next item starts at its figure.
            if (s[end] == 0x548C || s[end] == 0x53CA), end + 1 < s.count, Numeral.isASCIIDigit(s[end + 1]) || Numeral.chineseDigit(s[end + 1]) != nil { break }
            guard end - start < longest, isPhraseScalar(s[end]) || s[end] == 0x3001, !Numeral.isASCIIDigit(s[end]) else { return nil }
            end += 1
        }
        guard end - start >= 2 else { return nil }
        return start..<end
    }

    /// An absolute change's indicator without its verb (总就业人数增加 → 总就业人数), or nil.
    func withoutChangeVerb(_ pieces: [Piece]) -> [Piece]? {
        guard case .text(let range)? = pieces.last,
            let verb = Self.amountChanges.first(where: { ends(with: $0, range.lowerBound, range.upperBound) })
        else { return nil }
        // 常住人口 + 减少 (the verb a piece of its own), or 总就业人数增加 (one piece).
        if range.count == verb.scalars.count { return pieces.count > 1 ? Array(pieces.dropLast()) : nil }
        guard range.count > 3 else { return nil }
        return pieces.dropLast() + [.text(range.lowerBound..<(range.upperBound - verb.scalars.count))]
    }

    /// The measure a class by threshold belongs to, from the fact before: 单体投资超10亿元的项目 →
    /// 单体投资; or the whole indicator when its own figure was the threshold passed
    /// (村级集体经济经营性收入全部超过15万元 → 村级集体经济经营性收入).
    func thresholdSubject(of previous: [Piece]) -> [Piece]? {
        // 村级集体经济经营性收入 + 超50万元的村: the pieces before the one that opens with 超.
        if previous.count > 1, let threshold = previous.firstIndex(where: { piece in
            if case .text(let range) = piece { return s[range.lowerBound] == 0x8D85 }
            return false
        }), threshold > 0 {
            return Array(previous[..<threshold])
        }
        guard case .text(var range)? = previous.first else { return nil }
        if let mark = (range.lowerBound + 2..<range.upperBound).first(where: { s[$0] == 0x8D85 }) {
            return [.text(range.lowerBound..<mark)]
        }
        guard previous.count == 1, range.count > 3, s.matches("超过", at: range.upperBound) || s.matches("突破", at: range.upperBound)
        else { return nil }
        if ends(with: "全部", range.lowerBound, range.upperBound) || ends(with: "均", range.lowerBound, range.upperBound) {
            range = range.lowerBound..<(range.upperBound - (s[range.upperBound - 1] == 0x5747 ? 1 : 2))
        }
        return [.text(range)]
    }

    /// An indicator without 各类 in front (各类生产安全事故 → 生产安全事故).
    func withoutKinds(_ pieces: [Piece]) -> [Piece] {
        guard case .text(let range)? = pieces.first, range.count > 2, s.matches("各类", at: range.lowerBound) else { return pieces }
        return [.text((range.lowerBound + 2)..<range.upperBound)] + pieces.dropFirst()
    }

    /// The previous fact's indicator as a continuation carries it: without 新增 or 新建 in front.
    func carried(_ pieces: [Piece]) -> [Piece] {
        guard case .text(var range)? = pieces.first else { return pieces }
        // 县本级预算安排预备费 → 预备费: what the budget arranged is the subject.
        if let arranged = find("预算安排", in: range), arranged < range.upperBound - 1 {
            range = arranged..<range.upperBound
            return carried([.text(range)] + pieces.dropFirst())
        }
        for verb in Self.carriedVerbs where s.matches(verb, at: range.lowerBound) {
            if range.count == verb.scalars.count, pieces.count > 1 { return Array(pieces.dropFirst()) }
            if range.count > verb.scalars.count + 1 { return [.text((range.lowerBound + verb.scalars.count)..<range.upperBound)] + pieces.dropFirst() }
        }
        return pieces
    }

    /// The text of an indicator in the normalized text.
    func text(_ pieces: [Piece]) -> String {
        pieces.map { piece in
            switch piece {
            case .text(let range): String(String.UnicodeScalarView(s[range].compactMap(Unicode.Scalar.init)))
            case .literal(let text): text
            }
        }.joined()
    }

    // MARK: Scanning

    private func length(_ piece: Piece) -> Int {
        switch piece {
        case .text(let range): range.count
        case .literal(let text): text.unicodeScalars.count
        }
    }

    private func split(_ range: Range<Int>, on separators: Set<UInt32>) -> [Range<Int>] {
        var items: [Range<Int>] = []
        var start = range.lowerBound
        for index in range where separators.contains(s[index]) {
            items.append(start..<index)
            start = index + 1
        }
        items.append(start..<range.upperBound)
        return items
    }

    /// The last 和, 及 or 与 inside `range` that can join two subjects.
    private func lastConjunction(in range: Range<Int>) -> Int? {
        guard range.count >= 3 else { return nil }
        return ((range.lowerBound + 1)..<(range.upperBound - 1)).last { [0x548C, 0x53CA, 0x4E0E].contains(s[$0]) }
    }

    /// Where 受 opens a cause (受…影响) inside `range`, past its first two characters.
    private func causeStart(_ range: Range<Int>) -> Int? {
        ((range.lowerBound + 2)..<range.upperBound).last { s[$0] == 0x53D7 }
    }

    /// Where a numbered group (三大, 四大, 十大) starts after a list inside `range`.
    private func numberedGroup(in range: Range<Int>) -> Int? {
        guard let comma = (range.lowerBound..<range.upperBound).last(where: { s[$0] == 0x3001 }) else { return nil }
        var position = comma + 1
        while position + 1 < range.upperBound {
            if Numeral.chineseDigit(s[position]) != nil || s[position] == 0x5341, s[position + 1] == 0x5927 { return position }
            position += 1
        }
        return nil
    }

    /// Whether 等 at `position` ends a list of examples (not 中等, 高等, 甲等, 等级, 等于).
    private func isEtCetera(at position: Int) -> Bool {
        s[position] == 0x7B49 && !"中高初平对同相甲乙丙丁一二三上下优均".unicodeScalars.contains { $0.value == s[position - 1] }
            && ![0x7EA7, 0x4E8E, 0x540C, 0x5F85].contains(s.scalar(at: position + 1))
    }

    private func ends(with word: String, _ lower: Int, _ upper: Int) -> Bool {
        let length = word.unicodeScalars.count
        return upper - length >= lower && s.matches(word, at: upper - length)
    }

    private func ends(with word: Keyword, _ lower: Int, _ upper: Int) -> Bool {
        upper - word.scalars.count >= lower && s.matches(word, at: upper - word.scalars.count)
    }

    private func find(_ word: String, in range: Range<Int>) -> Int? {
        let length = word.unicodeScalars.count
        guard range.count >= length else { return nil }
        for position in range.lowerBound...(range.upperBound - length) where s.matches(word, at: position) {
            return position + length
        }
        return nil
    }

    /// The last date inside `range`, found by binary search (dates are in text order).
    private func lastDate(in range: Range<Int>, _ dates: [DateMention]) -> DateMention? {
        let count = dates.countPrefix { $0.scalarOffsets.upperBound <= range.upperBound }
        guard count > 0, dates[count - 1].scalarOffsets.lowerBound >= range.lowerBound else { return nil }
        let date = dates[count - 1]
        // 比上年, 较上月, 比“十三五”末: the base of a comparison stays where it is.
        let before = s.scalar(at: date.scalarOffsets.lowerBound - 1)
        guard date.scalarOffsets.lowerBound == range.lowerBound
            || ![0x6BD4, 0x8F83, 0x4E0E, 0x540C, 0x201C].contains(before) && !s.matches("上", at: date.scalarOffsets.lowerBound)
        else { return nil }
        return date
    }

    /// The date that starts at `position`, found by binary search (dates are in text order).
    private func date(startingAt position: Int, _ dates: [DateMention]) -> DateMention? {
        let index = dates.countPrefix { $0.scalarOffsets.lowerBound < position }
        return index < dates.count && dates[index].scalarOffsets.lowerBound == position ? dates[index] : nil
    }

    private func isSeparator(_ scalar: UInt32) -> Bool {
        scalar == 0x20 || scalar == 0x3000 || scalar == 0x2C || scalar == 0xFF0C || scalar == 0x3001 || scalar == 0x3B || scalar == 0xFF1B
            || scalar == 0x3A || scalar == 0xFF1A || scalar == 0x2014
    }

    /// Han, Latin letters and digits, and the punctuation inside names: “” ‘’ 《》 （） . + · -.
    private func isPhraseScalar(_ scalar: UInt32) -> Bool {
        (0x3400..<0xA000).contains(scalar) || (0x30...0x39).contains(scalar) || (0x41...0x5A).contains(scalar) || (0x61...0x7A).contains(scalar)
            || [0x3001, 0x201C, 0x201D, 0x2018, 0x2019, 0x300A, 0x300B, 0xFF08, 0xFF09, 0x28, 0x29, 0x2E, 0x2B, 0xB7, 0x2D, 0x26, 0x2C, 0x5B, 0x5D].contains(scalar)
    }
}

extension Indicator.Head {
    /// The indicator this head names, before anything a continuation carries.
    var pieces: [Indicator.Piece] {
        var pieces: [Indicator.Piece] = []
        var start = range.lowerBound
        for gap in gaps {
            pieces.append(.text(start..<gap.lowerBound))
            start = gap.upperBound
        }
        pieces.append(.text(start..<range.upperBound))
        return pieces + (verb.map { [Indicator.Piece.text($0)] } ?? [])
    }

    /// Where the evidence starts.
    var start: Int { range.lowerBound }
}
