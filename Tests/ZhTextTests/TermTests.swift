import Testing
import ZhText

@Suite("Terms")
struct TermTests {
    @Test("Quoted policy terms, not quoted speech", arguments: [
        ("深化“放管服”改革，实现“两个率先”", ["放管服", "两个率先"]),
        ("「十四五」規劃與『一帶一路』", ["十四五", "一帶一路"]),
        ("推进“千村示范、万村整治”工程", ["千村示范、万村整治"]),
        ("他说：“今年的订单已经排满。”", []),
        ("呈现“规模大、科技含量高、产业链带动作用强”的特点", []),
        ("评为“差”等", []),
        ("符号“—”", []),
        ("未闭合“放管服", []),
        ("“5000亿元”是一个数字", []),
        ("澜湾高新技术产业开发区（以下简称“澜湾高新区”）", []),
    ])
    func terms(text: String, expected: [String]) {
        #expect(TermExtractor().terms(in: text).map(\.text) == expected)
    }

    @Test("Offsets exclude the quote marks")
    func offsets() throws {
        let text = "深化“放管服”改革"
        let term = try #require(TermExtractor().terms(in: text).first)
        #expect(term.scalarOffsets == 3..<6)
        #expect(text[term.range] == "放管服")
    }
}
