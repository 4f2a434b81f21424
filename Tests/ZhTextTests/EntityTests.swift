import Testing
import ZhText

@Suite("Entities")
struct EntityTests {
    static let recognizer = EntityRecognizer()

    static func entities(_ text: String) -> [String] {
        recognizer.entities(in: text).map { "\($0.text)/\($0.kind.rawValue)" }
    }

    @Test("Places: gazetteer, short forms, composites, suffix patterns", arguments: [
        ("宁波市鄞州区加快发展", ["宁波市鄞州区/LOC"]),
        ("鄞州经济稳步增长", ["鄞州/LOC"]),
        ("余姚和温州的企业", ["余姚/LOC", "温州/LOC"]),
        ("王家桥街道和张堰镇", ["王家桥街道/LOC", "张堰镇/LOC"]),
        ("江澜市全年增长。江澜的工业", ["江澜市/LOC", "江澜/LOC"]),
        ("推进粤港澳大湾区建设", ["粤港澳大湾区/LOC"]),
    ])
    func places(text: String, expected: [String]) {
        #expect(Self.entities(text) == expected)
    }

    @Test("Organisations: lexicon bodies and suffix patterns; generic bodies are not names", arguments: [
        ("国务院常务会议", ["国务院/ORG"]),
        ("市统计局发布数据", ["市统计局/ORG"]),
        ("清澜区人民政府印发", ["清澜区人民政府/ORG"]),
        ("星芯半导体股份有限公司宣布", ["星芯半导体股份有限公司/ORG"]),
        ("市政府召开会议", []),
        ("社区卫生服务中心覆盖全市", []),
        ("企业开办时间压缩", []),
    ])
    func organizations(text: String, expected: [String]) {
        #expect(Self.entities(text) == expected)
    }

    @Test("People: after titles, before verbs, in bylines; never place names", arguments: [
        ("市长邵闻达表示", ["邵闻达/PER"]),
        ("（记者 王思远 通讯员 李慧敏）", ["王思远/PER", "李慧敏/PER"]),
        ("编辑：吴晓雯", ["吴晓雯/PER"]),
        ("陈立新说，经济回升", ["陈立新/PER"]),
        ("李克强总理指出", ["李克强/PER"]),
        ("余姚市场繁荣", ["余姚/LOC"]),
    ])
    func people(text: String, expected: [String]) {
        #expect(Self.entities(text) == expected)
    }

    @Test("Offsets point into the original text")
    func offsets() throws {
        let text = "　　市长邵闻达表示"
        let entity = try #require(Self.recognizer.entities(in: text).first)
        #expect(entity.scalarOffsets == 4..<7)
        #expect(text[entity.range] == "邵闻达")
    }
}
