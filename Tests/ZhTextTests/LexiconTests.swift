import Foundation
import Testing
import ZhText

@Suite("Lexicon")
struct LexiconTests {
    @Test("An added word is kept whole")
    func addWord() {
        let text = "东陵市召开会议"
        #expect(Tokenizer().words(text) == ["东陵", "市", "召开", "会议"])
        var lexicon = Lexicon.default
        lexicon.addWord("东陵市", tag: "ns")
        #expect(Tokenizer(lexicon: lexicon).words(text) == ["东陵市", "召开", "会议"])
        #expect(lexicon.tag(of: "东陵市") == "ns")
        #expect(lexicon.frequency(of: "东陵市")! >= lexicon.suggestFrequency("东陵市"))
    }

    @Test("The suggested frequency beats the word's best split, and no more")
    func suggestFrequency() {
        let lexicon = Lexicon.default
        let suggested = lexicon.suggestFrequency("东陵市")
        // 东陵 and 市 are words: the suggestion is their frequencies' product over the total, plus one.
        let parts = Double(lexicon.frequency(of: "东陵")!) * Double(lexicon.frequency(of: "市")!) / 60_101_967
        #expect(abs(suggested - (Int(parts) + 1)) <= 1)
        // A word that is cut into frequent pieces needs a higher frequency.
        let common = lexicon.suggestFrequency("经济人口")
        let commonParts = Double(lexicon.frequency(of: "经济")!) * Double(lexicon.frequency(of: "人口")!) / 60_101_967
        #expect(common > 1 && abs(common - (Int(commonParts) + 1)) <= 1)
    }

    @Test("Base words carry jieba's frequencies and tags")
    func baseWords() {
        #expect(Lexicon.base.frequency(of: "人民币") == 2968)
        #expect(Lexicon.base.tag(of: "人民币") == "n")
        #expect(Lexicon.base.frequency(of: "人民") != nil)
        #expect(Lexicon.base.frequency(of: "不是一个词语的组合") == nil)
        #expect(Lexicon.base.count == 349_045)
        #expect(Lexicon.default.count > Lexicon.base.count)
    }

    @Test("Without words every Han character is a token")
    func emptyLexicon() {
        #expect(Tokenizer(lexicon: .empty).words("经济发展") == ["经", "济", "发", "展"])
    }

    @Test("User words load from jieba's format")
    func loadUserWords() throws {
        var lexicon = Lexicon.empty
        try lexicon.loadUserWords(from: "# comment\n经济发展 500 n\n\n高质量 nz\n云计算\n", source: "user.txt")
        #expect(lexicon.frequency(of: "经济发展") == 500)
        #expect(lexicon.tag(of: "经济发展") == "n")
        #expect(lexicon.tag(of: "高质量") == "nz")
        #expect(lexicon.frequency(of: "云计算") != nil)
        #expect(Tokenizer(lexicon: lexicon).words("高质量经济发展") == ["高质量", "经济发展"])
    }

    @Test(
        "A bad entry names the file and line",
        arguments: [
            ("好词 12\n坏词 abc n\n", 2, "invalid frequency abc"),
            ("甲 1 n extra\n", 1, "expected `word [frequency] [tag]`, found 4 fields"),
            ("\n\n负数 -3\n", 3, "negative frequency -3"),
        ])
    func badEntry(text: String, line: Int, message: String) {
        var lexicon = Lexicon.empty
        #expect(throws: LexiconError(source: "words.txt", line: line, message: message)) {
            try lexicon.loadUserWords(from: text, source: "words.txt")
        }
    }

    @Test("A missing user lexicon file is an error naming it")
    func missingFile() {
        var lexicon = Lexicon.empty
        let error = #expect(throws: LexiconError.self) {
            try lexicon.loadUserWords(contentsOf: URL(fileURLWithPath: "/nonexistent/words.txt"))
        }
        #expect(error?.description == "/nonexistent/words.txt: cannot read the file")
    }
}
