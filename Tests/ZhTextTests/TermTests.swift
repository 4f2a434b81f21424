import Testing
import ZhText

@Suite("Terms")
struct TermTests {
    @Test(
        "Quoted policy terms, not quoted speech",
        arguments: [
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

    @Test(
        "Brands, products and events are names, not terms",
        arguments: [
            ("骑着“永久”牌自行车", []),
            ("“雪龙”号科考船返航", []),
            ("“神州十号”顺利对接", []),
            ("“青山云雾”“溪口土鸡”等区域公用品牌价值提升", []),
            ("“山泉毛尖”茶叶品牌价值达到5亿元", []),
            ("“星河智算”3.0版上线", []),
            ("发布“星河智算”行业大模型", []),
            ("举办“南湖夜市”“江畔音乐季”等促消费活动", []),
            ("举办“金秋消费节”系列活动", ["金秋消费节"]),
            ("实施“人才新政”2.0版", ["人才新政"]),
            ("以“互联网+”赋能农产品品牌", ["互联网+"]),
        ])
    func names(text: String, expected: [String]) {
        #expect(TermExtractor().terms(in: text).map(\.text) == expected)
    }

    @Test(
        "Indicators, states, metaphors and the ends of a change are not terms",
        arguments: [
            ("研究院发布“长江经济带景气指数”", []),
            ("“营商便利度”“政务透明度”两项指标得分", []),
            ("“两大支柱”合计占全县经济的六成", []),
            ("产业仍处于“小而散”状态", []),
            ("集镇“空壳化”趋势明显", []),
            ("旅游是县域经济的“顶梁柱”。", []),
            ("坚决反对沽名钓誉的“政绩工程”，", ["政绩工程"]),
            ("发挥“桥头堡”作用", []),
            ("发挥“双核驱动”作用", ["双核驱动"]),
            ("增长方式从“速度优先”向“效益优先”转变", []),
            ("他表示：“稳增长”", []),
            ("这里被誉为“天下粮仓”", []),
        ])
    func context(text: String, expected: [String]) {
        #expect(TermExtractor().terms(in: text).map(\.text) == expected)
    }

    @Test(
        "Numerals, formulas and Latin phrases",
        arguments: [
            ("“十一”黄金周接待游客", []),
            ("民营经济占“三分之一”", []),
            ("“九五”以来增幅最高", ["九五"]),
            ("完成“八七”扶贫攻坚计划", ["八七"]),
            ("构建“1+N”政策体系", ["1+N"]),
            ("整合为“1+3”格局", []),
            ("对标“Made in China 2025”战略", ["Made in China 2025"]),
            ("“Invest in Qinglan”主题推介", ["Invest in Qinglan"]),
            ("“Smart Port V2.0”试验网", []),
            ("他说：“We will open wider.”", []),
        ])
    func shapes(text: String, expected: [String]) {
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
