import Testing
import ZhText

/// The canonical-indicator table: one case per alias, and the rules that match phrases around them.
@Suite("Canonical indicators")
struct CanonicalIndicatorTests {
    /// Every alias of canonical.tsv and the id it names (a new alias needs a case here).
    static let aliases: [(String, String)] = [
        ("国内生产总值", "gdp"),
        ("地区生产总值", "gdp"),
        ("生产总值", "gdp"),
        ("GDP", "gdp"),
        ("经济增长", "gdp"),
        ("经济增速", "gdp"),
        ("经济", "gdp"),
        ("国民经济", "gdp"),
        ("经济总量", "gdp"),
        ("国民生产总值", "gdp"),
        ("国内生产总值总量", "gdp"),
        ("人均国内生产总值", "gdp_per_capita"),
        ("人均地区生产总值", "gdp_per_capita"),
        ("人均生产总值", "gdp_per_capita"),
        ("人均GDP", "gdp_per_capita"),
        ("国民总收入", "gni"),
        ("第一产业增加值", "primary_industry_value_added"),
        ("一产增加值", "primary_industry_value_added"),
        ("第二产业增加值", "secondary_industry_value_added"),
        ("二产增加值", "secondary_industry_value_added"),
        ("第三产业增加值", "tertiary_industry_value_added"),
        ("三产增加值", "tertiary_industry_value_added"),
        ("服务业增加值", "tertiary_industry_value_added"),
        ("工业增加值", "industrial_value_added"),
        ("全部工业增加值", "industrial_value_added"),
        ("规模以上工业增加值", "industrial_value_added_above_scale"),
        ("规上工业增加值", "industrial_value_added_above_scale"),
        ("规模以上工业企业增加值", "industrial_value_added_above_scale"),
        ("高技术制造业增加值", "high_tech_manufacturing_value_added"),
        ("装备制造业增加值", "equipment_manufacturing_value_added"),
        ("全员劳动生产率", "labour_productivity"),
        ("居民消费价格", "cpi"),
        ("居民消费价格指数", "cpi"),
        ("居民消费价格总水平", "cpi"),
        ("消费价格", "cpi"),
        ("消费者物价指数", "cpi"),
        ("CPI", "cpi"),
        ("物价", "cpi"),
        ("物价总水平", "cpi"),
        ("工业生产者出厂价格", "ppi"),
        ("工业品出厂价格", "ppi"),
        ("工业生产者出厂价格指数", "ppi"),
        ("PPI", "ppi"),
        ("城镇新增就业", "urban_new_jobs"),
        ("城镇新增就业人数", "urban_new_jobs"),
        ("新增城镇就业", "urban_new_jobs"),
        ("城镇新增就业岗位", "urban_new_jobs"),
        ("城镇调查失业率", "surveyed_unemployment_rate"),
        ("调查失业率", "surveyed_unemployment_rate"),
        ("城镇调查失业率平均值", "surveyed_unemployment_rate"),
        ("城镇登记失业率", "registered_unemployment_rate"),
        ("登记失业率", "registered_unemployment_rate"),
        ("财政收入", "fiscal_revenue"),
        ("财政总收入", "fiscal_revenue"),
        ("全国财政收入", "fiscal_revenue"),
        ("地方财政收入", "fiscal_revenue"),
        ("一般公共预算收入", "general_budget_revenue"),
        ("地方一般公共预算收入", "general_budget_revenue"),
        ("全国一般公共预算收入", "general_budget_revenue"),
        ("公共财政预算收入", "general_budget_revenue"),
        ("一般预算收入", "general_budget_revenue"),
        ("地方级一般公共预算收入", "general_budget_revenue"),
        ("一般公共预算支出", "general_budget_expenditure"),
        ("地方一般公共预算支出", "general_budget_expenditure"),
        ("全国一般公共预算支出", "general_budget_expenditure"),
        ("公共财政预算支出", "general_budget_expenditure"),
        ("财政支出", "general_budget_expenditure"),
        ("税收收入", "tax_revenue"),
        ("税收", "tax_revenue"),
        ("财政赤字", "fiscal_deficit"),
        ("赤字", "fiscal_deficit"),
        ("赤字规模", "fiscal_deficit"),
        ("赤字率", "deficit_ratio"),
        ("财政赤字率", "deficit_ratio"),
        ("固定资产投资", "fixed_asset_investment"),
        ("全社会固定资产投资", "fixed_asset_investment"),
        ("固定资产投资（不含农户）", "fixed_asset_investment"),
        ("城镇固定资产投资", "fixed_asset_investment"),
        ("固投", "fixed_asset_investment"),
        ("房地产开发投资", "real_estate_investment"),
        ("房地产投资", "real_estate_investment"),
        ("民间投资", "private_investment"),
        ("民间固定资产投资", "private_investment"),
        ("制造业投资", "manufacturing_investment"),
        ("基础设施投资", "infrastructure_investment"),
        ("基础设施建设投资", "infrastructure_investment"),
        ("社会消费品零售总额", "retail_sales"),
        ("全社会消费品零售总额", "retail_sales"),
        ("社会消费品零售额", "retail_sales"),
        ("社零额", "retail_sales"),
        ("网上零售额", "online_retail_sales"),
        ("全国网上零售额", "online_retail_sales"),
        ("进出口总额", "total_trade"),
        ("外贸进出口总额", "total_trade"),
        ("货物进出口总额", "total_trade"),
        ("进出口", "total_trade"),
        ("外贸进出口", "total_trade"),
        ("对外贸易总额", "total_trade"),
        ("货物贸易进出口", "total_trade"),
        ("货物贸易进出口总额", "total_trade"),
        ("外贸进出口总值", "total_trade"),
        ("进出口总值", "total_trade"),
        ("外贸", "total_trade"),
        ("出口", "exports"),
        ("出口总额", "exports"),
        ("货物出口", "exports"),
        ("出口额", "exports"),
        ("出口总值", "exports"),
        ("货物贸易出口", "exports"),
        ("进口", "imports"),
        ("进口总额", "imports"),
        ("货物进口", "imports"),
        ("进口额", "imports"),
        ("进口总值", "imports"),
        ("货物贸易进口", "imports"),
        ("实际使用外资", "foreign_direct_investment"),
        ("实际利用外资", "foreign_direct_investment"),
        ("实际使用外资金额", "foreign_direct_investment"),
        ("实际利用外商直接投资", "foreign_direct_investment"),
        ("实际使用外商直接投资", "foreign_direct_investment"),
        ("外商直接投资", "foreign_direct_investment"),
        ("国家外汇储备", "foreign_exchange_reserves"),
        ("外汇储备", "foreign_exchange_reserves"),
        ("居民人均可支配收入", "disposable_income"),
        ("全体居民人均可支配收入", "disposable_income"),
        ("全国居民人均可支配收入", "disposable_income"),
        ("全省居民人均可支配收入", "disposable_income"),
        ("城镇居民人均可支配收入", "urban_disposable_income"),
        ("城镇居民家庭人均可支配收入", "urban_disposable_income"),
        ("城镇常住居民人均可支配收入", "urban_disposable_income"),
        ("城市居民人均可支配收入", "urban_disposable_income"),
        ("农村居民人均可支配收入", "rural_disposable_income"),
        ("农村常住居民人均可支配收入", "rural_disposable_income"),
        ("农民人均可支配收入", "rural_disposable_income"),
        ("农村居民家庭人均可支配收入", "rural_disposable_income"),
        ("农村居民人均纯收入", "rural_net_income"),
        ("农村居民家庭人均纯收入", "rural_net_income"),
        ("农民人均纯收入", "rural_net_income"),
        ("居民人均消费支出", "consumption_per_capita"),
        ("全国居民人均消费支出", "consumption_per_capita"),
        ("全体居民人均消费支出", "consumption_per_capita"),
        ("居民恩格尔系数", "engel_coefficient"),
        ("恩格尔系数", "engel_coefficient"),
        ("粮食产量", "grain_output"),
        ("粮食总产量", "grain_output"),
        ("粮食总产", "grain_output"),
        ("粮食生产", "grain_output"),
        ("粮食", "grain_output"),
        ("粮食播种面积", "grain_sown_area"),
        ("粮食种植面积", "grain_sown_area"),
        ("单位国内生产总值能耗", "energy_intensity"),
        ("单位生产总值能耗", "energy_intensity"),
        ("单位地区生产总值能耗", "energy_intensity"),
        ("单位GDP能耗", "energy_intensity"),
        ("万元国内生产总值能耗", "energy_intensity"),
        ("万元生产总值能耗", "energy_intensity"),
        ("万元地区生产总值能耗", "energy_intensity"),
        ("能耗强度", "energy_intensity"),
        ("单位国内生产总值能源消耗", "energy_intensity"),
        ("单位生产总值能源消耗", "energy_intensity"),
        ("单位国内生产总值二氧化碳排放", "carbon_intensity"),
        ("单位生产总值二氧化碳排放", "carbon_intensity"),
        ("单位地区生产总值二氧化碳排放", "carbon_intensity"),
        ("万元国内生产总值二氧化碳排放", "carbon_intensity"),
        ("碳排放强度", "carbon_intensity"),
        ("单位GDP二氧化碳排放", "carbon_intensity"),
        ("能源消费总量", "energy_consumption"),
        ("广义货币", "m2"),
        ("广义货币M2", "m2"),
        ("广义货币供应量", "m2"),
        ("广义货币供应量余额", "m2"),
        ("广义货币余额", "m2"),
        ("M2", "m2"),
        ("M2余额", "m2"),
        ("广义货币(M2)余额", "m2"),
        ("狭义货币", "m1"),
        ("狭义货币供应量", "m1"),
        ("狭义货币供应量余额", "m1"),
        ("M1", "m1"),
        ("M1余额", "m1"),
        ("社会融资规模存量", "social_financing_stock"),
        ("社会融资规模增量", "social_financing_flow"),
        ("人民币各项贷款余额", "rmb_loans"),
        ("人民币贷款余额", "rmb_loans"),
        ("人民币各项存款余额", "rmb_deposits"),
        ("人民币存款余额", "rmb_deposits"),
        ("常住人口城镇化率", "urbanization_rate"),
        ("城镇化率", "urbanization_rate"),
        ("户籍人口城镇化率", "urbanization_rate"),
        ("常住人口", "resident_population"),
        ("年末常住人口", "resident_population"),
        ("全国人口", "resident_population"),
        ("年末全国人口", "resident_population"),
        ("总人口", "resident_population"),
        ("人口", "resident_population"),
        ("出生率", "birth_rate"),
        ("人口出生率", "birth_rate"),
        ("死亡率", "death_rate"),
        ("人口死亡率", "death_rate"),
        ("自然增长率", "natural_growth_rate"),
        ("人口自然增长率", "natural_growth_rate"),
        ("人均预期寿命", "life_expectancy"),
        ("人均期望寿命", "life_expectancy"),
        ("平均预期寿命", "life_expectancy"),
        ("研究与试验发展经费支出", "rd_expenditure"),
        ("研究与试验发展经费", "rd_expenditure"),
        ("研究与试验开发经费", "rd_expenditure"),
        ("全社会研发经费投入", "rd_expenditure"),
        ("研发经费投入", "rd_expenditure"),
        ("全社会研发投入", "rd_expenditure"),
        ("研发投入", "rd_expenditure"),
        ("R&D经费", "rd_expenditure"),
        ("研发经费", "rd_expenditure"),
        ("全社会研发经费支出", "rd_expenditure"),
        ("研发经费支出", "rd_expenditure"),
        ("研究与试验发展经费支出与国内生产总值之比", "rd_intensity"),
        ("研究与试验开发经费占国内生产总值的比重", "rd_intensity"),
        ("研发经费投入强度", "rd_intensity"),
        ("研发投入强度", "rd_intensity"),
        ("全社会研发经费投入强度", "rd_intensity"),
        ("研究与试验发展经费投入强度", "rd_intensity"),
        ("全社会研发经费支出与国内生产总值之比", "rd_intensity"),
        ("研究与试验发展经费支出占国内生产总值比重", "rd_intensity"),
        ("全社会研发支出占国内生产总值比重", "rd_intensity"),
        ("全社会研发投入强度", "rd_intensity"),
        ("森林覆盖率", "forest_coverage"),
        ("细颗粒物年平均浓度", "pm25"),
        ("细颗粒物平均浓度", "pm25"),
        ("细颗粒物浓度", "pm25"),
        ("PM2.5平均浓度", "pm25"),
        ("PM2.5浓度", "pm25"),
        ("细颗粒物（PM2.5）平均浓度", "pm25"),
        ("空气质量优良天数比率", "good_air_days_ratio"),
        ("空气质量优良天数比例", "good_air_days_ratio"),
        ("优良天数比例", "good_air_days_ratio"),
        ("优良天数比率", "good_air_days_ratio"),
        ("空气优良天数比例", "good_air_days_ratio"),
        ("农村贫困人口脱贫", "rural_poverty_reduction"),
        ("贫困人口脱贫", "rural_poverty_reduction"),
        ("减少农村贫困人口", "rural_poverty_reduction"),
        ("农村贫困人口减少", "rural_poverty_reduction"),
        ("现行标准下农村贫困人口脱贫", "rural_poverty_reduction"),
        ("新能源汽车产量", "new_energy_vehicle_output"),
        ("规模以上工业企业利润", "industrial_profits_above_scale"),
        ("规上工业企业利润", "industrial_profits_above_scale"),
        ("规模以上工业企业利润总额", "industrial_profits_above_scale"),
        ("规上工业企业利润总额", "industrial_profits_above_scale"),
        ("全社会用电量", "electricity_consumption"),
        ("用电量", "electricity_consumption"),
        ("数字经济核心产业增加值", "digital_economy_core_value_added"),
        ("民营经济增加值", "private_economy_value_added"),
        ("非公有制经济增加值", "private_economy_value_added"),
        ("工业投资", "industrial_investment"),
        ("技术合同成交额", "technology_contract_turnover"),
        ("技术合同成交金额", "technology_contract_turnover"),
        ("技术合同交易额", "technology_contract_turnover"),
        ("造林", "afforestation"),
        ("营造林", "afforestation"),
        ("造林面积", "afforestation"),
        ("完成造林", "afforestation"),
        ("生产安全事故死亡人数", "work_safety_deaths"),
        ("二氧化硫排放量", "so2_emissions"),
        ("二氧化硫排放总量", "so2_emissions"),
        ("接待游客", "tourist_arrivals"),
        ("接待游客人次", "tourist_arrivals"),
        ("接待国内外游客", "tourist_arrivals"),
        ("旅游接待人次", "tourist_arrivals"),
        ("入境游客", "inbound_tourists"),
        ("接待入境游客", "inbound_tourists"),
        ("高中阶段毛入学率", "high_school_gross_enrollment_rate"),
        ("高中阶段教育毛入学率", "high_school_gross_enrollment_rate"),
        ("农村自来水普及率", "rural_tap_water_coverage"),
    ]

    @Test("each alias names its id", arguments: aliases)
    func alias(_ phrase: String, _ id: String) {
        #expect(CanonicalIndicator.matching(phrase)?.id == id)
    }

    @Test("the specs cover every alias of the table, and the table has at least 40 measures")
    func coverage() {
        let table = Set(CanonicalIndicator.all.flatMap { indicator in indicator.aliases.map { "\($0) \(indicator.id)" } })
        let specs = Set(Self.aliases.map { "\($0.0) \($0.1)" })
        #expect(table == specs)
        #expect(CanonicalIndicator.all.count >= 40)
    }

    /// Phrases of our own that are not aliases, and what the rules make of them (nil: no entry fits).
    static let rules: [(String, String?)] = [
        // scope dropped
        ("全省地区生产总值", "gdp"), ("全市城镇新增就业", "urban_new_jobs"), ("全国一般公共预算支出", "general_budget_expenditure"),
        ("我市社会消费品零售总额", "retail_sales"), ("年末常住人口城镇化率", "urbanization_rate"),
        // change dropped
        ("地区生产总值增速", "gdp"), ("居民消费价格涨幅", "cpi"), ("全省固定资产投资增长", "fixed_asset_investment"),
        ("单位地区生产总值能耗下降", "energy_intensity"), ("进出口总额增长率", "total_trade"),
        // folded
        ("ＧＤＰ", "gdp"), ("ｃｐｉ", "cpi"), ("人均ｇｄｐ", "gdp_per_capita"), ("固定资产投资(不含农户)", "fixed_asset_investment"),
        // must not match: other measures, parts and shares
        ("城镇新增就业多增", nil), ("生产总值比重", nil), ("第一产业增加值比重", nil), ("人口减少", nil),
        ("占地区生产总值比重", nil), ("新能源汽车保有量", nil), ("全部", nil), ("增长", nil), ("", nil),
        ("粮食播种面积增加", nil), ("全体", nil), ("规模以上工业企业营业收入", nil),
    ]

    @Test("scope words before and change words after an alias are dropped; nothing else is guessed", arguments: rules)
    func rule(_ phrase: String, _ id: String?) {
        #expect(CanonicalIndicator.matching(phrase)?.id == id)
    }

    @Test("kinds and names come from the table")
    func kinds() throws {
        let gdp = try #require(CanonicalIndicator.withID("gdp"))
        #expect(gdp.kind == .level && gdp.name == "Gross domestic product")
        #expect(CanonicalIndicator.withID("surveyed_unemployment_rate")?.kind == .ratio)
        #expect(CanonicalIndicator.withID("cpi")?.kind == .growth)
        #expect(CanonicalIndicator.withID("urban_new_jobs")?.kind == .count)
    }

    @Test("a malformed table is refused with its line")
    func malformed() throws {
        #expect(throws: CanonicalIndicatorTable.FormatError.self) { try CanonicalIndicatorTable(tsv: "a\tlevel\tA\n") }
        #expect(throws: CanonicalIndicatorTable.FormatError.self) { try CanonicalIndicatorTable(tsv: "a\tsize\tA\tx\n") }
        #expect(throws: CanonicalIndicatorTable.FormatError.self) { try CanonicalIndicatorTable(tsv: "a\tlevel\tA\tx\nb\tlevel\tB\tx\n") }
        let table = try CanonicalIndicatorTable(tsv: "# c\nid\tkind\tname\taliases\nx\tcount\tX\t甲 乙\n")
        #expect(table.matching("全省乙")?.id == "x")
    }

    /// Sentences of our own: the change figures of a target, and what FactFigures reads of them.
    static let targets: [(String, String?, String?, String?)] = [
        ("今年地区生产总值增长6%－6.5%。", "6", "6.5", nil),
        ("今年地区生产总值增长5.5%至6%。", "5.5", "6", nil),
        ("今年地区生产总值增长6%以上。", nil, nil, "以上"),
        ("今年地区生产总值增长5%左右。", nil, nil, "左右"),
        ("今年地区生产总值增长5%，城镇调查失业率5.5%以内。", nil, nil, nil),
    ]

    @Test("a target's change range and qualifier come from its own figures", arguments: targets)
    func targetFigures(_ text: String, _ low: String?, _ high: String?, _ qualifier: String?) throws {
        let analysis = DocumentAnalyzer().analyze(text)
        let fact = try #require(analysis.facts.first { $0.canonical?.id == "gdp" })
        let figures = FactFigures(of: fact, in: analysis, text: text)
        #expect(figures.changeLow?.description == low && figures.changeHigh?.description == high)
        #expect(figures.qualifier == qualifier)
    }

    @Test("facts carry the canonical id, in the library and in the record")
    func facts() throws {
        let text = "全年地区生产总值增长5.2%，城镇新增就业12万人，新能源汽车保有量达到3万辆。"
        let analysis = DocumentAnalyzer().analyze(text)
        let ids: [String?] = analysis.facts.map { $0.canonical?.id }
        #expect(ids.contains("gdp"))
        #expect(analysis.facts.contains { $0.indicator == "新能源汽车保有量" && $0.canonical == nil })
        let decoded = DecodedText(text: text, encoding: .utf8, byteCount: text.utf8.count)
        let line = DocumentRecord.json(source: .name("t"), decoded: decoded, analysis: analysis)
        #expect(line.contains(#""canonical": "gdp""#))
    }
}
