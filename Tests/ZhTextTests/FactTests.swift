import Testing
import ZhText

@Suite("Facts")
struct FactTests {
    static func facts(_ text: String) -> [String] {
        DocumentAnalyzer().analyze(text).facts.map { fact in
            let value = [fact.value?.description, fact.unit?.rawValue].compactMap { $0 }.joined(separator: " ")
            let change = fact.change.map { "\($0.direction?.rawValue ?? "-") \($0.value) \($0.unit.rawValue)" } ?? "-"
            return
                "\(fact.indicator)|\(value.isEmpty ? "-" : value)|\(change)|\(fact.period ?? "-")|\(fact.status.rawValue)"
        }
    }

    @Test("分别 lists pair in order: exactly two facts")
    func respectively() {
        #expect(
            Self.facts("2024年，一般公共预算收入512.6亿元、税收收入430.8亿元，分别增长9.1%、7.6%。") == [
                "一般公共预算收入|51260000000 CNY|increase 9.1 percent|2024|actual",
                "税收收入|43080000000 CNY|increase 7.6 percent|2024|actual",
            ])
    }

    @Test(
        "Pairings, periods and statuses",
        arguments: [
            ("2024年，城镇新增就业2.7万人。", ["城镇新增就业|27000 person|-|2024|actual"]),
            ("2024年，完成固定资产投资5000亿元，比上年增长6.2%。", ["固定资产投资|500000000000 CNY|increase 6.2 percent|2024|actual"]),
            ("2025年，地区生产总值增长6%左右。", ["地区生产总值|-|increase 6 percent|2025|target"]),
            (
                "2024年，常住人口城镇化率为58.6%，比上年末提高0.8个百分点。",
                ["常住人口城镇化率|58.6 percent|increase 0.8 percentage-point|2024|actual"]
            ),
            (
                "2024年，规模以上工业增加值、固定资产投资分别增长7.2%、5.1%。",
                [
                    "规模以上工业增加值|-|increase 7.2 percent|2024|actual", "固定资产投资|-|increase 5.1 percent|2024|actual",
                ]
            ),
            ("2024年，预计全年地区生产总值增长5.5%。", ["地区生产总值|-|increase 5.5 percent|2024|estimate"]),
            ("2024年，甲、乙、丙分别增长1%、2%。", []),
        ])
    func pairings(text: String, expected: [String]) {
        #expect(Self.facts(text) == expected)
    }

    @Test(
        "Constructions: shared heads, continuations, parts, changes",
        arguments: [
            (
                "2024年，城镇和农村居民人均可支配收入分别达到52300元、31600元。",
                [
                    "城镇居民人均可支配收入|52300 CNY|-|2024|actual", "农村居民人均可支配收入|31600 CNY|-|2024|actual",
                ]
            ),
            (
                "2024年，第一、二、三产业增加值分别为10亿元、20亿元和30亿元，分别增长3.2%、6.5%和5.9%。",
                [
                    "第一产业增加值|1000000000 CNY|increase 3.2 percent|2024|actual",
                    "第二产业增加值|2000000000 CNY|increase 6.5 percent|2024|actual",
                    "第三产业增加值|3000000000 CNY|increase 5.9 percent|2024|actual",
                ]
            ),
            (
                "2024年，汽油、柴油价格分别下降3.2%、3.5%。",
                [
                    "汽油价格|-|decrease 3.2 percent|2024|actual", "柴油价格|-|decrease 3.5 percent|2024|actual",
                ]
            ),
            (
                "2024年，数字经济核心产业增加值582.6亿元，占地区生产总值的比重为11.5%。",
                [
                    "数字经济核心产业增加值|58260000000 CNY|-|2024|actual", "数字经济核心产业增加值占地区生产总值比重|11.5 percent|-|2024|actual",
                ]
            ),
            (
                "2024年末，常住人口68.35万人，比上年末减少0.21万人。",
                ["常住人口|683500 person|-|2024|actual", "常住人口减少|2100 person|-|2024|actual"]
            ),
            (
                "2024年，粮食总产量22.86万吨，其中稻谷15.42万吨、小麦4.36万吨。",
                [
                    "粮食总产量|228600 t|-|2024|actual", "稻谷产量|154200 t|-|2024|actual", "小麦产量|43600 t|-|2024|actual",
                ]
            ),
            (
                "2024年，一般公共预算收入512.63亿元，完成预算的101.8%，比上年增长5.2%。",
                [
                    "一般公共预算收入|51263000000 CNY|increase 5.2 percent|2024|actual",
                    "一般公共预算收入预算完成率|101.8 percent|-|2024|actual",
                ]
            ),
            ("2024年，城市污水集中处理率由45%提高到55%。", ["城市污水集中处理率|55 percent|-|2024|actual"]),
            (
                "2024年，一季度地区生产总值增长5.0%，上半年增长5.2%。",
                [
                    "地区生产总值|-|increase 5 percent|2024-Q1|actual", "地区生产总值|-|increase 5.2 percent|2024-H1|actual",
                ]
            ),
            (
                "2024年，全区实际使用外资USD 1.35 billion（约合人民币96.1亿元），同比增长8.9%。",
                ["实际使用外资|1350000000 USD|increase 8.9 percent|2024|actual"]
            ),
            ("2024年，新增三级甲等医院2家、社区卫生服务中心15个。", ["新增三级甲等医院|2 count|-|2024|actual", "新增社区卫生服务中心|15 count|-|2024|actual"]),
            (
                "2024年，居民消费价格涨幅为0.3%，一般性支出压减5%。",
                ["居民消费价格|-|increase 0.3 percent|2024|actual", "一般性支出|-|decrease 5 percent|2024|actual"]
            ),
        ])
    func constructions(text: String, expected: [String]) {
        #expect(Self.facts(text) == expected)
    }

    @Test(
        "Indicators as written, tables, sections and estimates",
        arguments: [
            ("二〇二三年本地生產總值實質增長百分之三點二。", ["本地生產總值|-|increase 3.2 percent|2023|actual"]),
            (
                "表1　2024年主要指标\n指标            单位    绝对数  比上年增长(%)\n地区生产总值    亿元    5,286.4     5.7\n城镇调查失业率  %       5.2      [-0.1]\n",
                [
                    "地区生产总值|528640000000 CNY|increase 5.7 percent|2024|actual",
                    "城镇调查失业率|5.2 percent|increase -0.1 percentage-point|2024|actual",
                ]
            ),
            ("二、2025年主要目标\n　　新增城镇就业12万人以上。\n", ["新增城镇就业|120000 person|-|2025|target"]),
            ("初步核算，2024年全市地区生产总值5286.4亿元，比上年增长5.7%。", ["地区生产总值|528640000000 CNY|increase 5.7 percent|2024|estimate"]),
        ])
    func contexts(text: String, expected: [String]) {
        #expect(Self.facts(text) == expected)
    }

    @Test(
        "Traditional text, notes, releases, budgets and spans of years",
        arguments: [
            ("二〇二三年失業率則維持在百分之三點一。", ["失業率|3.1 percent|-|2023|actual"]),
            ("二〇二四年四月至六月失業率為百分之三點一。", ["失業率|3.1 percent|-|2024-Q2|actual"]),
            (
                "一、經濟概況\n\n　　二〇二三年本地生產總值增長百分之三點二。\n\n附註：\n\n1.二〇二三年全年數字為初步數字。\n",
                [
                    "本地生產總值|-|increase 3.2 percent|2023|estimate"
                ]
            ),
            (
                "六、統計處新聞公報\n\n　　統計處今日發表二〇二四年第一季預先估計數字。第一季本地生產總值增長百分之二點七。\n\n　　私人消費開支上升百分之一點二。\n",
                [
                    "本地生產總值|-|increase 2.7 percent|2024-Q1|estimate", "私人消費開支|-|increase 1.2 percent|2024-Q1|estimate",
                ]
            ),
            ("2025年政府总开支预算为7769亿元。", ["政府总开支|776900000000 CNY|-|2025|target"]),
            ("三、2025年重点工作\n\n　　1.拨款30亿元设立基金。\n", ["拨款|3000000000 CNY|-|2025|target"]),
            (
                "三、2025年预算草案\n\n　　全市社会保险基金预算收入预计为421.5亿元，增长4.8%；支出安排398.2亿元。\n",
                [
                    "社会保险基金预算收入|42150000000 CNY|increase 4.8 percent|2025|estimate",
                    "社会保险基金预算支出|39820000000 CNY|-|2025|target",
                ]
            ),
            (
                "2024年，全市国有资本经营预算收入18.6亿元，支出11.3亿元；调入一般公共预算7.3亿元。",
                [
                    "国有资本经营预算收入|1860000000 CNY|-|2024|actual", "国有资本经营预算支出|1130000000 CNY|-|2024|actual",
                    "国有资本经营预算调入一般公共预算|730000000 CNY|-|2024|actual",
                ]
            ),
            ("2025年1月15日\n\n　　四年来，全省地区生产总值年均增长5.8%。\n", ["地区生产总值|-|increase 5.8 percent|2021/2024|actual"]),
            ("2025年1月15日\n2024年全市经济运行情况\n\n　　计划全年举办促消费活动300场以上。\n", ["举办促消费活动|300 count|-|2025|target"]),
            (
                "2025年，市级一般公共预算支出安排256.9亿元。其中：教育支出48.3亿元，增长4.2%。",
                [
                    "市级一般公共预算支出|25690000000 CNY|-|2025|actual",
                    "市级教育支出|4830000000 CNY|increase 4.2 percent|2025|actual",
                ]
            ),
        ])
    func documents(text: String, expected: [String]) {
        #expect(Self.facts(text) == expected)
    }

    @Test(
        "Objects after figures, levels reached, shared subjects, and what is no fact",
        arguments: [
            ("2024年，计划再招聘150名工程师。", ["招聘工程师|150 person|-|2024|target"]),
            ("2024年，安排3640万元支持县人民医院更新医疗设备。", ["支持县人民医院更新医疗设备|36400000 CNY|-|2024|actual"]),
            (
                "2024年，总就业人数增加7.3万人至367.2万人。",
                ["总就业人数增加|73000 person|-|2024|actual", "总就业人数|3672000 person|-|2024|actual"]
            ),
            ("2024年，建造业失业率上升0.5个百分点至5.8%。", ["建造业失业率|5.8 percent|increase 0.5 percentage-point|2024|actual"]),
            (
                "2024年，普通本专科招生48.6万人，在校生152.3万人。",
                ["普通本专科招生|486000 person|-|2024|actual", "普通本专科在校生|1523000 person|-|2024|actual"]
            ),
            (
                "2024年，年末金融机构本外币各项存款余额7.26万亿元，比年初增加5368.2亿元；各项贷款余额6.48万亿元。",
                [
                    "金融机构本外币各项存款余额|7260000000000 CNY|-|2024|actual", "金融机构本外币各项存款余额增加|536820000000 CNY|-|2024|actual",
                    "金融机构本外币各项贷款余额|6480000000000 CNY|-|2024|actual",
                ]
            ),
            ("2024年，全市发生生产安全事故12起，死亡11人。", ["生产安全事故|12 count|-|2024|actual", "生产安全事故死亡人数|11 person|-|2024|actual"]),
            (
                "2024年，生产安全事故起数和死亡人数分别下降12.5%和9.8%。",
                [
                    "生产安全事故起数|-|decrease 12.5 percent|2024|actual", "生产安全事故死亡人数|-|decrease 9.8 percent|2024|actual",
                ]
            ),
            (
                "2024年，一年期、五年期以上贷款市场报价利率分别下降0.35个、0.6个百分点。",
                [
                    "一年期贷款市场报价利率|-|decrease 0.35 percentage-point|2024|actual",
                    "五年期以上贷款市场报价利率|-|decrease 0.6 percentage-point|2024|actual",
                ]
            ),
            (
                "2024年，城乡低保平均标准分别提高到每人每月760元和每人每年5960元。",
                [
                    "城市低保平均标准|760 CNY|-|2024|actual", "农村低保平均标准|5960 CNY|-|2024|actual",
                ]
            ),
            (
                "2024年，单体投资超10亿元的项目40个，超50亿元的项目6个。",
                [
                    "单体投资超10亿元的项目|40 count|-|2024|actual", "单体投资超50亿元的项目|6 count|-|2024|actual",
                ]
            ),
            (
                "2024年，全市村级集体经济收入全部超过20万元，超80万元的村达到35个，超百万元的村达到12个。",
                [
                    "村级集体经济收入全部|200000 CNY|-|2024|actual", "村级集体经济收入超80万元的村|35 count|-|2024|actual",
                    "村级集体经济收入超百万元的村|12 count|-|2024|actual",
                ]
            ),
            ("2024年，高新技术企业总数突破900家，达到936家。", ["高新技术企业总数|936 count|-|2024|actual"]),
            ("规模以上工业统计范围为年主营业务收入2000万元及以上的工业法人单位。", []),
            ("2024年，启动甲片区、乙街区两个更新单元。", []),
            ("2024年，每个服务点年度运营补助不超过5万元。", []),
        ])
    func objects(text: String, expected: [String]) {
        #expect(Self.facts(text) == expected)
    }
}
