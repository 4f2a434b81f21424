import Foundation
import Testing
import ZhText

@Suite("Tokenizer")
struct TokenizerTests {
    static let tokenizer = Tokenizer()

    @Test(
        "ICU's mistakes are fixed by the lexicon",
        arguments: [
            ("李克强总理主持会议", ["李克强", "总理", "主持会议"]),
            ("人均可支配收入达到三万元", ["人均可支配收入", "达到", "三万元"]),
            ("人均可支配收入增长", ["人均可支配收入", "增长"]),
            ("人民币升值", ["人民币", "升值"]),
            ("粤港澳大湾区建设提速", ["粤港澳大湾区", "建设", "提速"]),
            ("推进供给侧结构性改革", ["推进", "供给侧", "结构性改革"]),
            ("二○○一年春天", ["二○○一年", "春天"]),
            ("南京市长江大桥", ["南京市", "长江大桥"]),
        ])
    func lexiconFixes(input: String, expected: [String]) {
        #expect(Self.tokenizer.words(input) == expected)
    }

    @Test(
        "Numbers stay whole with decimals, separators, multipliers and percent signs",
        arguments: [
            ("总量达到126.06万亿元", ["总量", "达到", "126.06万亿", "元"]),
            ("产量1,234.5吨", ["产量", "1,234.5", "吨"]),
            ("新增3.5万人", ["新增", "3.5万", "人"]),
            ("增长9.1%，下降0.3‰", ["增长", "9.1%", "，", "下降", "0.3‰"]),
            ("投资3千万元", ["投资", "3千万", "元"]),
            ("装机30万千瓦，重5千克", ["装机", "30万", "千瓦", "，", "重", "5", "千克"]),
            ("2024年3月5日", ["2024年", "3月", "5日"]),
            ("二〇二〇年十二月三十一日", ["二〇二〇年", "十二月", "三十一日"]),
            ("一百零五个项目", ["一百零五", "个", "项目"]),
            ("百分之六点二", ["百分之六点二"]),
            ("第3.5期", ["第", "3.5", "期"]),
            ("结尾是3.", ["结尾", "是", "3", "."]),
            ("1,23与1,2345", ["1", ",", "23", "与", "1", ",", "2345"]),
        ])
    func numbers(input: String, expected: [String]) {
        #expect(Self.tokenizer.words(input) == expected)
    }

    @Test(
        "Full-width text and Latin runs",
        arguments: [
            ("增长１２３．５％", ["增长", "１２３．５％"]),
            ("ＧＤＰ增长", ["ＧＤＰ", "增长"]),
            ("COVID-19疫情", ["COVID-19", "疫情"]),
            ("5G基站和PM2.5浓度", ["5G", "基站", "和", "PM2.5", "浓度"]),
            ("R&D投入", ["R&D", "投入"]),
            ("访问www.gov.cn查询", ["访问", "www.gov.cn", "查询"]),
            ("3D打印", ["3D", "打印"]),
        ])
    func latinAndFullWidth(input: String, expected: [String]) {
        #expect(Self.tokenizer.words(input) == expected)
    }

    @Test("Punctuation: repeated dashes and ellipses are one token")
    func punctuation() {
        #expect(Self.tokenizer.words("发展——创新……完成。") == ["发展", "——", "创新", "……", "完成", "。"])
        #expect(Self.tokenizer.words("（一）“放管服”") == ["（", "一", "）", "“", "放管服", "”"])
    }

    @Test("Kinds and offsets are exact")
    func kindsAndOffsets() {
        let text = "GDP增长9.1%，　达到126.06万亿元\n"
        let tokens = Self.tokenizer.tokens(in: text)
        let summary = tokens.map {
            "\($0.text(in: text))|\($0.kind)|\($0.scalarOffsets.lowerBound)-\($0.scalarOffsets.upperBound)"
        }
        #expect(
            summary == [
                "GDP|latin|0-3", "增长|word|3-5", "9.1%|number|5-9", "，|punctuation|9-10", "　|whitespace|10-11",
                "达到|word|11-13", "126.06万亿|number|13-21", "元|word|21-22", "\n|whitespace|22-23",
            ])
        #expect(tokens[1].utf8Offsets == 3..<9)
        #expect(tokens[1].range(in: text) == text.range(of: "增长"))
    }

    @Test("Chinese numerals are numbers unless the lexicon says otherwise")
    func numeralKinds() {
        let text = "二〇二〇年是十四五的前一年"
        let kinds = Self.tokenizer.tokens(in: text).map { "\($0.text(in: text)):\($0.kind)" }
        #expect(kinds.contains("二〇二〇年:number"))
        #expect(kinds.contains("十四五:word"))
    }

    @Test("Other scripts go to ICU's break iterator")
    func otherScripts() {
        let text = "서울특별시 ソニーの製品"
        let tokens = Self.tokenizer.tokens(in: text)
        #expect(tokens.map { String($0.text(in: text)) }.joined() == text)
        #expect(tokens.first.map { String($0.text(in: text)) } == "서울특별시")
        #expect(tokens.first?.kind == .word)
    }

    @Test("Tokens tile every Corpus document")
    func tilesCorpus() throws {
        try #require(!Fixtures.corpusTexts.isEmpty, "Corpus/ has no documents")
        for (name, text) in Fixtures.corpusTexts {
            for mode in Tokenizer.Mode.allCases {
                checkTiling(text, Tokenizer(mode: mode), name)
            }
        }
    }

    @Test("Tokens tile random mixed text")
    func tilesRandomText() {
        let pool = Array("中国经济增长率百分之六点二〇○一二三万亿元年月日１２．５％ＧＤＰabcXYZ0123456789.,-%‰—…　 \n\r\tソニー서울é\u{301}🇨🇳😀，。、“”（）")
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<300 {
            let length = Int.random(in: 0..<60, using: &generator)
            let text = String((0..<length).map { _ in pool.randomElement(using: &generator)! })
            checkTiling(text, Self.tokenizer, text)
            checkTiling(text, Tokenizer(mode: .icu), text)
        }
    }

    @Test("A very long run of Han characters is cut safely")
    func longRun() {
        let text = String(repeating: "经济发展", count: 5000)
        checkTiling(text, Self.tokenizer, "long run")
    }

    @Test("The ICU mode segments with ICU alone")
    func icuMode() {
        #expect(Tokenizer(mode: .icu).words("GDP增长") == ["GDP", "增长"])
        #expect(Tokenizer(mode: .icu).tokens(in: "123").map(\.kind) == [.number])
    }

    private func checkTiling(_ text: String, _ tokenizer: Tokenizer, _ name: String) {
        let tokens = tokenizer.tokens(in: text)
        var utf8 = 0
        var scalars = 0
        var rebuilt = ""
        for token in tokens {
            #expect(token.utf8Offsets.lowerBound == utf8, "gap in \(name)")
            #expect(token.scalarOffsets.lowerBound == scalars, "scalar gap in \(name)")
            #expect(!token.utf8Offsets.isEmpty)
            let slice = token.text(in: text)
            #expect(slice.unicodeScalars.count == token.scalarOffsets.count)
            rebuilt += slice
            utf8 = token.utf8Offsets.upperBound
            scalars = token.scalarOffsets.upperBound
        }
        #expect(rebuilt == text, "tokens do not tile \(name)")
        #expect(utf8 == text.utf8.count)
    }
}
