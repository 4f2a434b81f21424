import Testing
import ZhText

@Suite("Entities")
struct EntityTests {
    static let recognizer = EntityRecognizer()

    static func entities(_ text: String) -> [String] {
        recognizer.entities(in: text).map { "\($0.text)/\($0.kind.rawValue)" }
    }

    @Test(
        "Places: gazetteer, short forms, composites, suffix patterns",
        arguments: [
            ("宁波市鄞州区加快发展", ["宁波市鄞州区/LOC"]),
            ("鄞州经济稳步增长", ["鄞州/LOC"]),
            ("余姚和温州的企业", ["余姚/LOC", "温州/LOC"]),
            ("王家桥街道和张堰镇", ["王家桥街道/LOC", "张堰镇/LOC"]),
            ("江澜市全年增长。江澜的工业", ["江澜市/LOC", "江澜/LOC"]),
            ("推进粤港澳大湾区建设", ["粤港澳大湾区/LOC"]),
            ("石门镇桃源村修缮古桥", ["石门镇桃源村/LOC"]),
            ("亚太地区合作", ["亚太/LOC"]),
            ("来自日韩和东南亚的游客", ["日韩/LOC", "东南亚/LOC"]),
            ("中美两国关系", ["中美/LOC"]),
            ("代表团抵达波士顿访问", ["波士顿/LOC"]),
            ("资源整合与同心协力", []),
        ])
    func places(text: String, expected: [String]) {
        #expect(Self.entities(text) == expected)
    }

    @Test(
        "Organisations: lexicon bodies and suffix patterns; generic bodies are not names",
        arguments: [
            ("国务院常务会议", ["国务院/ORG"]),
            ("市统计局发布数据", ["市统计局/ORG"]),
            ("清澜区人民政府印发", ["清澜区人民政府/ORG"]),
            ("星芯半导体股份有限公司宣布", ["星芯半导体股份有限公司/ORG"]),
            ("市政府召开会议", []),
            ("社区卫生服务中心覆盖全市", []),
            ("企业开办时间压缩", []),
            ("请市政协委员提出意见", ["市政协/ORG"]),
            ("县十八届人大三次会议", ["县十八届人大/ORG"]),
            // The government giving the report, named by its level (guideline: a report's own bodies).
            ("受市人民政府委托", ["市人民政府/ORG"]),
            ("市人民政府负责组织实施", []),
            ("深化数字政府建设", []),
            ("江澜产业投资集团有限公司与江澜工业技术研究院签约", ["江澜产业投资集团有限公司/ORG", "江澜工业技术研究院/ORG"]),
            ("东陵大学经济与管理学院教授", ["东陵大学经济与管理学院/ORG"]),
            ("第十四届全国人民代表大会", ["第十四届全国人民代表大会/ORG"]),
            ("依法接受人大监督", ["人大/ORG"]),
            ("主动适应ＷＴＯ规则", ["ＷＴＯ/ORG"]),
        ])
    func organizations(text: String, expected: [String]) {
        #expect(Self.entities(text) == expected)
    }

    @Test(
        "People: after titles, before verbs, in bylines; never place names",
        arguments: [
            ("市长邵闻达表示", ["邵闻达/PER"]),
            ("（记者 王思远 通讯员 李慧敏）", ["王思远/PER", "李慧敏/PER"]),
            ("编辑：吴晓雯", ["吴晓雯/PER"]),
            ("陈立新说，经济回升", ["陈立新/PER"]),
            ("李克强总理指出", ["李克强/PER"]),
            ("余姚市场繁荣", ["余姚/LOC"]),
            ("联系人：林佳慧", ["林佳慧/PER"]),
            ("財政司司長鄭啟明表示", ["鄭啟明/PER"]),
            ("歌星迈克尔·杰克逊演唱", ["迈克尔·杰克逊/PER"]),
            ("高水平建设", []),
            ("市民陈女士说", []),
        ])
    func people(text: String, expected: [String]) {
        #expect(Self.entities(text) == expected)
    }

    @Test("A document's people and places are found again without their title or suffix")
    func memory() {
        #expect(Self.entities("新闻发言人钱晓峰通报了情况。\n钱晓峰：今年目标明确。") == ["钱晓峰/PER", "钱晓峰/PER"])
        #expect(Self.entities("岚溪县第十八届人民代表大会。岚溪的工业") == ["岚溪县第十八届人民代表大会/ORG", "岚溪/LOC"])
    }

    @Test("Offsets point into the original text")
    func offsets() throws {
        let text = "　　市长邵闻达表示"
        let entity = try #require(Self.recognizer.entities(in: text).first)
        #expect(entity.scalarOffsets == 4..<7)
        #expect(text[entity.range] == "邵闻达")
    }
}
