import Testing
import ZhText

@Suite("Normalizer")
struct NormalizerTests {
    @Test(
        "NFKC, whitespace folding and Traditional to Simplified",
        arguments: [
            ("１２３．５％", "123.5%", false),
            ("ＧＤＰ增长", "GDP增长", false),
            ("　　第一段", " 第一段", false),
            ("a\r\nb\rc", "a\nb\nc", false),
            ("面积10㎡", "面积10m2", false),
            ("全年經濟增長百分之三點五，億元", "全年经济增长百分之三点五,亿元", true),
        ])
    func normalizes(input: String, expected: String, simplified: Bool) {
        #expect(Normalizer(traditionalToSimplified: simplified).normalize(input).text == expected)
    }

    @Test("Spans map back to the original text")
    func offsetMap() {
        let normalized = Normalizer().normalize("　　增长１２．５％，面积10㎡。\r\n")
        #expect(normalized.text == " 增长12.5%,面积10m2。\n")
        #expect(normalized.scalarCount == 17)
        #expect(normalized.originalScalarRange(of: 0..<1) == 0..<2)  // folded spaces
        #expect(normalized.originalScalarRange(of: 3..<8) == 4..<9)  // 12.5%
        #expect(normalized.originalScalarRange(of: 13..<14) == 14..<15)  // "m" of ㎡ → all of ㎡
        #expect(normalized.originalScalarRange(of: 12..<15) == 13..<15)  // 0m2 → 0㎡
        #expect(normalized.originalScalarRange(of: 16..<17) == 16..<18)  // \n ← \r\n
        #expect(normalized.originalScalarRange(of: 17..<17) == 18..<18)
    }

    @Test("Token offsets survive normalization")
    func tokensSurviveNormalization() throws {
        let original = "全年增长１２．５％，ＧＤＰ达到１２６．０６万亿元"
        let normalized = Normalizer().normalize(original)
        let tokens = Tokenizer().tokens(in: normalized.text)
        let figures = tokens.filter { $0.kind == .number || $0.kind == .latin }.map { token in
            let range = normalized.originalScalarRange(of: token.scalarOffsets)
            let scalars = Array(original.unicodeScalars)[range]
            return String(String.UnicodeScalarView(scalars))
        }
        #expect(figures == ["１２．５％", "ＧＤＰ", "１２６．０６万亿"])
        let gdp = try #require(tokens.first { $0.kind == .latin })
        #expect(original[normalized.originalRange(of: gdp.range(in: normalized.text))] == "ＧＤＰ")
    }

    @Test("Options can be turned off")
    func options() {
        let text = "１２　 ３"
        #expect(Normalizer(compatibilityForms: false, foldWhitespace: false).normalize(text).text == text)
        #expect(Normalizer(compatibilityForms: false).normalize(text).text == "１２ ３")
    }
}
