/// Pairs indicators with the figures that follow them: values, changes, 分别 lists.
///
/// It reads the figures the figure grammars found (normalized offsets) and the text around them:
/// - `IND [为|达到|实现…] 512.6亿元` is a fact with a value; a change right after it in the same
///   sentence (`，比上年增长9.1%`) is that fact's change.
/// - `IND 增长9.1%` is a fact with a change only; `IND 为58.6%` a fact whose value is a level;
///   `IND 涨幅为0.3%` and `IND 压减5%` are changes; `IND 增加4000亩` an absolute change whose
///   indicator keeps the verb.
/// - A head that only continues the previous fact (`，占地区生产总值的比重为…`, `，比上年末净增…`,
///   `，总数达到…`) takes that fact's indicator in front.
/// - `A、B分别增长x、y` pairs in order (a count that does not match pairs nothing), a shared head
///   distributes (城镇和农村居民人均可支配收入 → 城镇居民…, 农村居民…; 第一、二、三产业增加值), and
///   `A 512.6亿元、B 430.8亿元，分别增长x、y` gives the changes to A and B.
/// - The period and status come from `FactContext`.
struct FactExtractor {
    let s: UnsafeBufferPointer<UInt32>
    var context: FactContext
    /// Periods and statuses from the document's frame.
    let rules: FrameRules
    /// 从A提高到B: the start and the level reached.
    let baselines: BaselineRule
    /// 东部地区生产总值: the subject a fact is about.
    let subjects: SubjectRule

    init(s: UnsafeBufferPointer<UInt32>, reportingYear: Int?, datelineYear: Int?, frame: FrameReader.Frame = FrameReader.Frame()) {
        self.s = s
        context = FactContext(s: s, reportingYear: reportingYear, datelineYear: datelineYear)
        rules = FrameRules(s: s, frame: frame)
        baselines = BaselineRule(s: s)
        subjects = SubjectRule(s: s, region: frame.region)
    }

    /// A figure the extractor pairs: its normalized range, and what it says.
    struct Figure {
        var range: Range<Int>
        var value: ExactDecimal?
        var unit: String?
        var change: ChangeDirection?
        var isPercentage: Bool
        var approximate: Bool
    }

    /// A fact with normalized offsets, before mapping to the original.
    struct Found {
        var indicator: [Indicator.Piece]
        var value: ExactDecimal?
        var unit: String?
        var change: Fact.Change?
        var period: String?
        var status: Fact.Status
        var range: Range<Int>
        /// Whether a change after it is its own (not for a completion ratio: 完成预算的101.8%).
        var acceptsChange = true
        /// Whether it is a part of a total (after 其中 or 分…看).
        var isPart = false
        /// Where the value started from (从A提高到B).
        var baseline: Fact.Baseline?
        /// The place or body it is about, when not the document's region.
        var subject: String?
        /// The frame rule that decided its period, if one did.
        var periodRule: FrameRules.PeriodRule?
    }

    mutating func facts(figures: [Figure], dates: [DateMention], yearOfText: (Int) -> Int?) -> [Found] {
        context.readTitle(dates)
        context.readArticles(dates)
        context.readNotes(dates)
        var found: [Found] = []
        var sentenceStart = -1
        var sentenceFacts: [Int] = []  // indices into `found` of this sentence's facts
        var index = 0
        let text = Indicator(s: s)
        let rows = TableReader(s: s).rows()
        var rowIndex = 0
        var parent: [Indicator.Piece]?  // the total whose parts follow (粮食总产量…，其中稻谷 → 稻谷产量)
        var parentUnit: String?  // its unit: a part measured otherwise (其中产业类项目412个) is no part
        var parentScope = -1  // the sentence (up to 。) it holds in
        var label: (pieces: [Indicator.Piece], scope: Int)?  // a label (主要工业产品产量：) and its sentence
        var insideTotal = false  // whether the label's parts go inside its name (在…中)
        var lastFigure = -1  // the figure the last fact was made for
        var paragraphStart = -1
        // An indicator waiting for the figure it went to, with the figure it started from and that one's year.
        var from: (pieces: [Indicator.Piece], clause: Int, figure: Figure, period: String?)?
        var paragraphFirst: Int?  // the paragraph's first fact: the subject of its account terms
        while index < figures.count {
            let figure = figures[index]
            // Table rows are read by `TableReader`.
            while rowIndex < rows.count, rows[rowIndex].range.upperBound <= figure.range.lowerBound { rowIndex += 1 }
            if rowIndex < rows.count, rows[rowIndex].range.contains(figure.range.lowerBound) {
                index += 1
                continue
            }
            // 约合人民币1324亿元: a conversion of the figure before, not a figure of its own.
            if isConversion(figure) || isThreshold(figure) || isTally(figure) {
                index += 1
                continue
            }
            let clause = context.clauseStart(before: figure.range.lowerBound)
            // 建设10个A、60个B: each count pairs with the noun after it.
            if index > 0, let last = found.last, let item = CountListRule(s: s).item(figure, after: figures[index - 1], last: last) {
                found.append(make(item.pieces, figure, item.range, dates, yearOfText))
                sentenceFacts.append(found.count - 1)
                lastFigure = index
                index += 1
                continue
            }
            // 实际使用外资8263亿元，下降27.1%，折1162亿美元，下降28.8%: the value restated in another currency.
            if let last = found.last, last.range.upperBound > context.sentenceStart(before: figure.range.lowerBound),
                let restated = Restatement(s: s).restate(figure, clause: clause, of: last, make: { make(last.indicator, figure, clause..<figure.range.upperBound, dates, yearOfText) })
            {
                found.append(restated)
                sentenceStart = context.sentenceStart(before: figure.range.lowerBound)
                sentenceFacts.append(found.count - 1)
                lastFigure = index
                index += 1
                continue
            }
            let start = context.sentenceStart(before: figure.range.lowerBound)
            if start != sentenceStart {
                sentenceStart = start
                sentenceFacts = []
            }
            var headStart = clause
            if index > 0, figures[index - 1].range.upperBound > headStart { headStart = figures[index - 1].range.upperBound }
            // 50万元以上的行政村占比, 3岁以下婴幼儿托位数: the figure before is part of the indicator.
            if index > 0, headStart == figures[index - 1].range.upperBound, isEmbedding(at: headStart, after: figures[index - 1]) {
                if lastFigure == index - 1, let last = sentenceFacts.last, last == found.count - 1 {
                    headStart = found[last].range.lowerBound
                    found.removeLast()
                    sentenceFacts.removeLast()
                } else {
                    headStart = context.clauseStart(before: figures[index - 1].range.lowerBound)
                    // …38个、千亩以上产业基地: not past the figure before it.
                    if index > 1 { headStart = max(headStart, figures[index - 2].range.upperBound) }
                }
            }
            let previous = sentenceFacts.last.map { found[$0].indicator }
            let lineStart = context.lineStart(before: figure.range.lowerBound)
            if lineStart != paragraphStart {
                paragraphStart = lineStart
                paragraphFirst = nil
            }
            defer { if paragraphFirst == nil, !found.isEmpty, found[found.count - 1].range.lowerBound >= lineStart { paragraphFirst = found.count - 1 } }
            // 分别: a list of figures shares the subjects before it.
            if context.contains(Keyword.respectively, in: headStart..<figure.range.lowerBound) {
                var run = [index]
                var next = index + 1
                while next < figures.count, isListSeparator(figures[run.last!].range.upperBound..<figures[next].range.lowerBound) {
                    run.append(next)
                    next += 1
                }
                let head = text.head(headStart..<figure.range.lowerBound, dates: dates, figure: figure, keepsList: true)
                // 比全国、全省平均水平分别高出0.8和0.4个百分点: comparisons pair nothing.
                var subjects = head.flatMap { text.names($0, figure) ? text.subjects($0.range, count: run.count) : nil } ?? []
                if let head, let split = context.find(Keyword.respectively, in: head.range), split > head.range.lowerBound + 1,
                    let measure = text.measureAfter(split + 2..<head.range.upperBound)
                {
                    // 白沙镇、柳塘镇分别实现税收收入1.36亿元、0.92亿元: the subjects share what follows 分别.
                    subjects = text.subjects(head.range.lowerBound..<split, count: run.count).map { $0 + [measure] }
                }
                if subjects.count == run.count {
                    for (subject, item) in zip(subjects, run) {
                        var fact = make(subject + (head!.verb.map { [.text($0)] } ?? []), figures[item], head!.range.lowerBound..<figures[item].range.upperBound, dates, yearOfText)
                        if let direction = head!.direction { fact.applyChange(direction, figures[item]) }
                        found.append(fact)
                        sentenceFacts.append(found.count - 1)
                        lastFigure = item
                    }
                } else if head == nil || head!.range.isEmpty, sentenceFacts.count >= run.count {
                    // A 512.6亿元、B 430.8亿元，分别增长9.1%、7.6%: the changes go to the last facts.
                    let targets = Array(sentenceFacts.suffix(run.count))
                    for (target, item) in zip(targets, run) where figures[item].change != nil || figures[item].isPercentage {
                        attach(figures[item], to: &found[target])
                    }
                }
                index = next
                continue
            }
            // 从2020年的3.68万亿元增长到…: the indicator ends before the start of the change.
            let changeStart = baselines.start(before: figure.range, from: headStart, dates)
            let head = text.head(headStart..<(changeStart?.mark ?? figure.range.lowerBound), dates: dates, figure: figure)
            // 每个服务点年度运营补助不超过5万元, 按每人1500元: a rate per item, not a total.
            if let head, Self.perItem.contains(where: { s.matches($0, at: head.range.lowerBound) }) {
                index += 1
                continue
            }
            // 其中, 分…看 or a label (主要工业产品产量：) opens parts that share their total's measure noun.
            let periodStart = context.periodStart(before: figure.range.lowerBound)
            if label?.scope != periodStart {
                label = nil
                insideTotal = false
            }
            // Under a label, 其中 holds to the end of its clause list (…汽车5.32万辆，其中新能源汽车…；粗钢…).
            let markScope = label == nil ? periodStart : context.sentenceStart(before: figure.range.lowerBound)
            if let mark = context.partsMark(in: markScope..<figure.range.lowerBound),
                let total = total(before: mark, in: found)
            {
                parent = found[total].indicator
                parentUnit = found[total].unit
                parentScope = periodStart
            } else if let total = context.inTotal(in: periodStart..<figure.range.lowerBound) {
                // 在限额以上单位商品零售额中，粮油食品类增长6.8%: each part inside its total's name.
                parent = [.text(total)]
                parentUnit = Self.anyUnit
                parentScope = periodStart
                label = (parent!, periodStart)
                insideTotal = true
            } else if label == nil, let opener = context.listOpener(in: periodStart..<figure.range.lowerBound),
                let first = found.firstIndex(where: { $0.range.lowerBound >= opener && $0.range.upperBound <= figure.range.lowerBound })
            {
                // 主要工业产品中，汽车产量86.4万辆…；粗钢1862.3万吨: the items share the first one's measure.
                parent = found[first].indicator
                parentUnit = Self.anyUnit
                parentScope = periodStart
                label = (parent!, periodStart)
            } else if clause > 0, s[clause - 1] == 0xFF1A || s[clause - 1] == 0x3A {
                parent = [.text(context.sentenceStart(before: clause - 1)..<(clause - 1))]
                parentUnit = Self.anyUnit  // a label's items are measured in their own units
                parentScope = periodStart
                label = (parent!, periodStart)
            } else if let label {
                parent = label.pieces
                parentUnit = Self.anyUnit
            } else if parentScope != periodStart {
                parent = nil
            }
            if let changeStart, let pieces = baselines.indicator(head, clause: clause, previous: previous, context: context, text: text, dates: dates, figure: figure) {
                // 研究与试验开发经费，从1997年的509亿元增加到…; 占…的比重从0.64%提高到1.13%.
                from = (pieces, clause, figure, changeStart.period)
                index += 1
                continue
            }
            if let head, head.isFrom {
                // 由45%提高到55%: the indicator waits for the figure it went to.
                from = (head.pieces, clause, figure, nil)
                index += 1
                continue
            }
            if let pending = from, pending.clause == clause,
                head?.range.isEmpty ?? true || baselines.reaches(pending.figure.range.upperBound..<figure.range.lowerBound, dates)
            {
                var fact = make(pending.pieces, figure, clause..<figure.range.upperBound, dates, yearOfText)
                rules.reached(&fact)
                fact.baseline = baselines.baseline(
                    pending.figure, written: pending.period, scope: rules.frame.scope(at: figure.range.lowerBound), factPeriod: fact.period)
                found.append(fact)
                sentenceFacts.append(found.count - 1)
                lastFigure = index
                from = nil
                index += 1
                continue
            }
            from = nil
            if head?.range.isEmpty ?? true, clause > 0, s[clause - 1] == 0xFF1A || s[clause - 1] == 0x3A,
                let label = text.label(endingAt: clause - 1, from: context.sentenceStart(before: clause - 1)), figure.value != nil
            {
                // 1.GDP：2836.5亿元，+6.2%: a list of indicators with their figures.
                var fact = make(label.pieces, figure, label.range.lowerBound..<figure.range.upperBound, dates, yearOfText)
                if figure.isPercentage, figure.change == nil, let direction = signDirection(figure) { fact.applyChange(direction, figure) }
                found.append(fact)
                sentenceFacts.append(found.count - 1)
                lastFigure = index
                index += 1
                continue
            }
            if figure.isPercentage, figure.change == nil, let budget = text.completion(headStart..<figure.range.lowerBound), let previous {
                // 一般公共预算收入512.63亿元，完成预算的101.8%: the revenue's completion ratio.
                var fact = make(previous + [.text(budget), .literal("完成率")], figure, headStart..<figure.range.upperBound, dates, yearOfText)
                fact.acceptsChange = false
                found.append(fact)
                sentenceFacts.append(found.count - 1)
                lastFigure = index
            } else if let head, case let term = text.accountTerm(head.range), term.isTerm,
                let subject = term.ofParagraph
                    ? paragraphFirst.map({ found[$0].indicator })
                    // …收入预计为421.50亿元，增长4.8%；支出安排398.20亿元: the sentence's account.
                    : previous ?? found.last.flatMap({ $0.range.lowerBound >= periodStart ? $0.indicator : nil })
            {
                // 收入总计823.65亿元, …基金收入186.42亿元、支出172.65亿元: the account's subject in front;
                // 当年 and 年末 name the balance (当年收支结余, 年末滚存结余).
                var pieces = head.pieces
                if s.matches("当年", at: head.range.lowerBound - 2) || s.matches("年末", at: head.range.lowerBound - 2) {
                    pieces = [.text((head.range.lowerBound - 2)..<head.range.upperBound)]
                }
                found.append(make(text.accountSubject(subject, forBalance: term.ofParagraph) + pieces, figure, head.range.lowerBound..<figure.range.upperBound, dates, yearOfText))
                sentenceFacts.append(found.count - 1)
                lastFigure = index
            } else if let head, head.takesObject, let previous {
                // 新建5G基站4200个，累计建成1.2万个: the verb takes the previous fact's object.
                found.append(make(head.pieces + text.carried(previous), figure, head.start..<figure.range.upperBound, dates, yearOfText))
                sentenceFacts.append(found.count - 1)
                lastFigure = index
            } else if let head, head.continues, let previous {
                // 占…比重, 净增, 总数: the previous fact's indicator names what is measured.
                var pieces = text.carried(previous) + head.pieces
                if let verb = head.verb ?? Optional(head.range), verb.count > 1, s[verb.upperBound - 1] == 0x7684 { pieces.append(.literal("比重")) }
                var fact = make(pieces, figure, head.range.lowerBound..<figure.range.upperBound, dates, yearOfText)
                if let direction = head.direction { fact.applyChange(direction, figure) }
                found.append(fact)
                sentenceFacts.append(found.count - 1)
                lastFigure = index
            } else if !figure.isPercentage, figure.value != nil, head?.verb == nil,
                let object = text.object(after: figure.range, isMoney: Self.isMoney(figure.unit)), namesObject(figure, head: head)
            {
                // 招聘150名工程师 → 招聘工程师; 办好10件民生实事 → 民生实事; 安排3640万元支持… → 支持….
                let verb = Self.isMoney(figure.unit) ? [] : head?.pieces ?? []
                found.append(make(verb + [.text(object)], figure, (head?.start ?? figure.range.lowerBound)..<object.upperBound, dates, yearOfText))
                sentenceFacts.append(found.count - 1)
                lastFigure = index
            } else if let head, head.range.count >= 2, figure.value != nil, text.names(head, figure) {
                var pieces = head.pieces
                // 发生生产安全事故12起…；死亡11人: the deaths are the accidents'.
                if head.range.count == 2, s.matches("死亡", at: head.range.lowerBound), figure.unit == "person",
                    let accident = found.last(where: { $0.range.lowerBound >= periodStart && text.text($0.indicator).hasSuffix("事故") })
                {
                    pieces = text.withoutKinds(accident.indicator) + [.literal("死亡人数")]
                }
                // 规模以上工业企业实现营业收入…；利润总额…: the measure is the same subject's.
                // (not after 、: 一般公共预算收入512.6亿元、税收收入430.8亿元 are peers).
                if let last = found.last, s[headStart] != 0x3001 || last.unit != figure.unit,
                    last.range.lowerBound >= context.periodStart(before: figure.range.lowerBound),
                    let subject = text.subject(of: last.indicator, for: head)
                {
                    pieces = subject + pieces
                }
                // 税收超亿元楼宇23幢…；超10亿元楼宇4幢: a class by threshold is the same measure's.
                // (not after 、: 总投资超百亿元项目1个、超十亿元项目12个 are peers).
                if s[head.range.lowerBound] == 0x8D85, s[headStart] != 0x3001, let last = found.last,  // 超
                    last.range.lowerBound >= context.periodStart(before: figure.range.lowerBound),
                    let subject = text.thresholdSubject(of: last.indicator)
                {
                    pieces = subject + pieces
                }
                // 新增三级甲等医院2家、社区卫生服务中心15个: the list's verb opens each item.
                if pieces.count == head.pieces.count, s[headStart] == 0x3001, !text.opensWithVerb(head.range), let previous,
                    let verb = text.resultVerb(previous)
                {
                    pieces.insert(verb, at: 0)
                }
                if let parent, s.matches("用于", at: head.range.lowerBound) {
                    // 其中用于产业发展的比例: the total's use.
                    pieces = text.carried(parent) + pieces
                } else if let parent, text.lacksMeasure(head.range), head.verb == nil, parentUnit == Self.anyUnit || parentUnit == (figure.isPercentage && figure.change != nil ? nil : figure.unit) {
                    pieces = insideTotal ? text.part(pieces, inside: parent) : text.part(pieces, of: parent)
                } else if let parent, head.verb == nil, parentUnit == figure.unit, text.sharesMeasure(head.range, with: parent) {
                    // 新增债务限额5.60亿元，其中一般债务限额1.20亿元: measured alike, the part is new too.
                    pieces = text.withScope(of: parent, text.withVerb(of: parent, pieces))
                }
                var fact = make(pieces, figure, head.range.lowerBound..<figure.range.upperBound, dates, yearOfText)
                fact.isPart = parent != nil
                if let direction = head.direction { fact.applyChange(direction, figure) }
                // 农民人均纯收入增加405元，增长9.1%: the growth is the income's, not the increase's.
                fact.acceptsChange = !text.endsWithChangeVerb(head)
                found.append(fact)
                sentenceFacts.append(found.count - 1)
                lastFigure = index
            } else if isReached(figure, after: headStart), lastFigure == index - 1, let last = sentenceFacts.last, found[last].value != nil,
                found[last].unit == figure.unit, let base = text.withoutChangeVerb(found[last].indicator)
            {
                // 总就业人数增加约7.3万人至367.2万人: the level it reached is a fact of its own.
                found.append(make(base, figure, found[last].range.lowerBound..<figure.range.upperBound, dates, yearOfText))
                sentenceFacts.append(found.count - 1)
                lastFigure = index
            } else if figure.value != nil, !figure.isPercentage || figure.change == nil && isReached(figure, after: headStart),
                head?.range.isEmpty ?? true || isReached(figure, after: headStart), let last = sentenceFacts.last,
                found[last].value == nil && found[last].change != nil
                    // 总数突破1100家，达到1136家: the threshold passed, then the level reached.
                    || found[last].unit == figure.unit && found[last].change == nil && isThresholdPassed(figures[index - 1])
                        && s.matches("达到", at: context.wordsEnd(before: figure.range) - 2),
                lastFigure == index - 1
            {
                // 上升0.5个百分点至5.8%: the level it went to.
                // 固定资产投资增长20%左右，达到428亿元: the figure it reached is the fact's value.
                found[last].value = figure.value
                found[last].unit = figure.unit
                found[last].range = found[last].range.lowerBound..<figure.range.upperBound
                lastFigure = index
            } else if head?.range.count ?? 0 < 2, figure.isPercentage, figure.change != nil,
                context.startsWithDate(headStart..<figure.range.lowerBound, dates) || context.contains("扣除价格因素", in: context.clauseStart(before: max(0, headStart - 1))..<figure.range.lowerBound),
                let previous = previous ?? found.last.flatMap({ $0.range.lowerBound >= lineStart ? $0.indicator : nil })
            {
                // 一季度增长5.2%，上半年增长5.5%: the same indicator for another period (in the
                // paragraph: …增长3.2%。按季度计算，第一季增长2.9%); 扣除价格因素实际增长9.5%: its real growth.
                found.append(make(previous, figure, (head?.start ?? headStart)..<figure.range.upperBound, dates, yearOfText))
                sentenceFacts.append(found.count - 1)
                lastFigure = index
            } else if figure.isPercentage, let direction = figure.change ?? head?.direction ?? signDirection(figure), head?.range.count ?? 0 < 2,
                let last = sentenceFacts.last(where: { found[$0].acceptsChange }), found[last].change == nil
            {
                // …，比上月上升1.3个百分点 / 扩大14.2%: the change of the fact before.
                attach(figure, direction: direction, to: &found[last])
            }
            index += 1
        }
        for row in rows {
            let period = context.year(before: row.range.lowerBound, dates).map(String.init) ?? yearOfText(row.range.lowerBound).map(String.init)
            let status = context.status(of: row.range, approximate: false, period: period, indicator: { text.text([.text(row.label)]) })
            found.append(Found(
                indicator: [.text(row.label)], value: row.value, unit: row.unit, change: row.change, period: period, status: status,
                range: row.range))
        }
        if !rows.isEmpty { found.sort { $0.range.lowerBound < $1.range.lowerBound } }
        rules.splitLevels(&found)
        return found
    }

    // MARK: Building facts

    private func make(
        _ indicator: [Indicator.Piece], _ figure: Figure, _ range: Range<Int>, _ dates: [DateMention], _ yearOfText: (Int) -> Int?
    ) -> Found {
        let written = context.period(before: range.lowerBound, sentence: context.periodStart(before: range.lowerBound), dates)
        let plannedYear = context.isUndatedPlan(at: range.lowerBound) ? 1 : 0
        // 目前，全区共有独角兽企业4家: a stock now, not the period the title names.
        let now = context.contains("目前", in: context.periodStart(before: range.lowerBound)..<range.lowerBound)
        // 星芯半导体股份有限公司投资105亿元…，项目计划用地约420亩: a company's project, described
        // by its size, not a figure of the quarter the title names.
        let isProject = context.titlePeriod != nil && context.contains("有限公司", in: context.lineStart(before: range.lowerBound)..<range.upperBound)
        let period = written ?? context.articlePeriod(at: range.lowerBound) ?? (now || isProject ? nil : context.titlePeriod)
            ?? yearOfText(range.lowerBound).map { String($0 + plannedYear) }
        // 东部地区生产总值 in a national bulletin: the region is the subject, not part of the indicator.
        let subject = subjects.split(indicator)
        let indicator = subject?.pieces ?? indicator
        var fact = Found(
            indicator: indicator, value: nil, unit: nil, change: nil, period: period,
            status: context.status(
                of: figure.range, approximate: figure.approximate, period: period, isWritten: written != nil, indicator: { Indicator(s: s).text(indicator) }),
            range: range)
        if let subject {
            fact.subject = subject.subject
            // The output estimated after 初步核算 is the document's own, not a region's.
            if fact.status == .estimate, !context.hasEstimateWord(in: context.sentenceStart(before: figure.range.lowerBound)..<figure.range.lowerBound) {
                fact.status = .actual
            }
        }
        rules.decide(
            &fact, figure: figure.range, clause: context.clauseStart(before: figure.range.lowerBound),
            sentence: context.sentenceStart(before: figure.range.lowerBound), written: written, dates: dates)
        if figure.isPercentage, let change = figure.change, let value = figure.value {
            fact.change = Fact.Change(direction: change, value: value, unit: Percentage.Unit(rawValue: figure.unit ?? "") ?? .percent)
        } else {
            fact.value = figure.value
            fact.unit = figure.unit
        }
        return fact
    }

    private func attach(_ figure: Figure, direction: ChangeDirection? = nil, to fact: inout Found) {
        guard let value = figure.value, figure.isPercentage else { return }
        fact.change = Fact.Change(direction: figure.change ?? direction, value: value, unit: Percentage.Unit(rawValue: figure.unit ?? "") ?? .percent)
        fact.range = fact.range.lowerBound..<max(fact.range.upperBound, figure.range.upperBound)
    }

    /// Whether a unit is a currency (CNY, USD, HKD…).
    private static func isMoney(_ unit: String?) -> Bool {
        unit.flatMap(MeasureUnit.init(rawValue:))?.isCurrency ?? false
    }

    /// Whether the figure's noun or purpose follows it, and the words before it leave it to
    /// them: an amount arranged for a purpose (安排3640万元支持…, 1.26亿元支持…), or a count after
    /// a verb (招聘150名工程师) or after a verb the head dropped (继续办好10件民生实事).
    private func namesObject(_ figure: Figure, head: Indicator.Head?) -> Bool {
        if Self.isMoney(figure.unit) { return head?.range.isEmpty ?? true || s.matches("安排", at: figure.range.lowerBound - 2) }
        guard let head else { return false }
        if head.range.isEmpty { return s.matches("办好", at: figure.range.lowerBound - 2) || s.matches("帮助", at: figure.range.lowerBound - 2) }
        return (2...4).contains(head.range.count) && ![0x7684, 0x6709].contains(s[head.range.upperBound - 1])  // not …的, …有
    }

    /// Whether only 至 or 到 stands between the figure before and `figure` (增加7.3万人至367.2万人).
    private func isReached(_ figure: Figure, after headStart: Int) -> Bool {
        figure.range.lowerBound - headStart == 1 && (s[headStart] == 0x81F3 || s[headStart] == 0x5230)
    }

    /// Whether the text at `position`, right after a figure, goes on naming something the figure
    /// qualifies (以上的, 以下, 的) rather than linking to the next figure.
    private func isEmbedding(at position: Int, after figure: Figure) -> Bool {
        // 税收超亿元楼宇: a threshold (超…) names a class of things.
        if s.scalar(at: figure.range.lowerBound - 1) == 0x8D85, (0x3400..<0xA000).contains(s[position]),
            ![0x7684, 0x3001].contains(s[position]), !Self.linkStarts.contains(s[position])
        {
            return true
        }
        if s.matches("及以上", at: position) || s.matches("及以下", at: position) { return true }  // 60周岁及以上人口
        if s.matches("以上", at: position) || s.matches("以下", at: position) {
            // 50万元以上的行政村, 3岁以下婴幼儿: a noun (or 的) follows; 以上，is the figure's own.
            return (0x3400..<0xA000).contains(s.scalar(at: position + 2))
        }
        return s[position] == 0x7684  // 的
    }

    /// The fact whose parts follow a mark (其中, 分…看): the last one before it in its paragraph that
    /// names a measure (分门类看 after the parts of 分经济类型看 goes back to their total's measure).
    private func total(before mark: Int, in found: [Found]) -> Int? {
        let lineStart = context.lineStart(before: mark)
        var first: Int?
        var index = found.count - 1
        while index >= 0, found[index].range.lowerBound >= lineStart {
            if found[index].range.upperBound <= mark {
                first = first ?? index
                if case .text(let range)? = found[index].indicator.last, Indicator(s: s).measure(range) != nil { return index }
                // Only parts of an earlier total are passed over.
                if !found[index].isPart { return first }
            }
            index -= 1
        }
        return first
    }

    /// Whether a figure converts the one before it (约合人民币1324亿元, 折合1271.5万吨).
    private func isConversion(_ figure: Figure) -> Bool {
        var position = figure.range.lowerBound
        if s.matches("人民币", at: position - 3) { position -= 3 }
        if s.scalar(at: position - 1) == 0x7EA6 { position -= 1 }  // 约
        return s.matches("约合", at: position - 2) || s.matches("折合", at: position - 2)
    }

    /// Whether a figure is a threshold the indicator passed (突破1100家, 超过800亿元), which a
    /// figure it reached may follow.
    private func isThresholdPassed(_ figure: Figure) -> Bool {
        let position = context.wordsEnd(before: figure.range)
        return s.matches("突破", at: position - 2) || s.matches("超过", at: position - 2)
    }

    /// Words that open a rate per item (每个, 每人, 按每人).
    private static let perItem: [Keyword] = ["每个", "每人", "每座", "每户", "每项", "每期", "按每"]

    /// Whether a figure is a threshold that defines a class (年主营业务收入2000万元及以上的工业法人单位,
    /// 覆盖全市85%以上的行政村): it names no fact of its own.
    private func isThreshold(_ figure: Figure) -> Bool {
        var position = figure.range.upperBound
        if s.matches("及", at: position) { position += 1 }
        guard s.matches("以上的", at: position) || s.matches("以下的", at: position) else { return false }
        return (0x3400..<0xA000).contains(s.scalar(at: position + 3))
    }

    /// Whether a figure counts the items of the list before it (犇牛港片区、碶头老街两个城市更新单元,
    /// 苏州、无锡、常州三市): a tally, not a result.
    private func isTally(_ figure: Figure) -> Bool {
        guard figure.unit == "count", let value = figure.value?.intValue, value <= 10,
            Numeral.chineseDigit(s[figure.range.lowerBound]) != nil || s[figure.range.lowerBound] == 0x4E24,  // 两
            (0x3400..<0xA000).contains(s.scalar(at: figure.range.upperBound)),
            ![0xFF0C, 0x3001, 0x3002, 0xFF1B].contains(s.scalar(at: figure.range.upperBound))
        else { return false }
        let clause = context.clauseStart(before: figure.range.lowerBound)
        return s[clause..<figure.range.lowerBound].contains(0x3001)
    }

    /// The direction a sign before a ratio gives (+6.2%), taken as growth either way (-2.1% is
    /// growth of -2.1, as a table's growth column reads).
    private func signDirection(_ figure: Figure) -> ChangeDirection? {
        let signs: [UInt32] = [0x2B, 0x2D, 0x2212]
        return signs.contains(s.scalar(at: figure.range.lowerBound - 1)) || signs.contains(s[figure.range.lowerBound]) ? .increase : nil
    }

    /// Whether only a list separator (、 or 和) lies between two figures.
    private func isListSeparator(_ range: Range<Int>) -> Bool {
        if range.count >= 1 && range.count <= 2 && range.allSatisfy({ s[$0] == 0x3001 || s[$0] == 0x548C || s[$0] == 0x20 }) { return true }
        // 每人每月760元和每人每年5960元: each figure keeps its own rate.
        guard range.count > 1, s[range.lowerBound] == 0x3001 || s[range.lowerBound] == 0x548C else { return false }
        let rate = (range.lowerBound + 1)..<range.upperBound
        return rate.count == 4 && s.matches("每人每", at: rate.lowerBound) || rate.count == 2 && s[rate.lowerBound] == 0x6BCF
    }
}

extension FactExtractor {
    /// First characters of words that link a figure to the next (增长, 比, 同比, 占, 达到…).
    static let linkStarts: Set<UInt32> = Set("增比同占达为较下提降减上年个多".unicodeScalars.map(\.value))

    /// The unit of a label's total: its parts may be measured in any unit.
    static let anyUnit = "*"
}

extension FactExtractor.Found {
    /// Reads a ratio written after a change noun or verb (涨幅为0.3%, 压减5%) as the fact's change.
    mutating func applyChange(_ direction: ChangeDirection, _ figure: FactExtractor.Figure) {
        guard figure.isPercentage, let value = figure.value, change == nil else { return }
        change = Fact.Change(direction: direction, value: value, unit: Percentage.Unit(rawValue: figure.unit ?? "") ?? .percent)
        self.value = nil
        unit = nil
    }
}

extension Keyword {
    static let respectively: Keyword = "分别"
}
