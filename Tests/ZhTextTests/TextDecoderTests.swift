import Foundation
import Testing
import ZhText

@Suite("TextDecoder")
struct TextDecoderTests {
    static let sentence = "全市地区生产总值增长百分之六，一般公共预算收入达到五百亿元。"
    /// `sentence` in GB18030 bytes.
    static let gb18030: [UInt8] = [
        200, 171, 202, 208, 181, 216, 199, 248, 201, 250, 178, 250, 215, 220, 214, 181, 212, 246, 179, 164, 176, 217,
        183, 214, 214, 174, 193, 249, 163, 172, 210, 187, 176, 227, 185, 171, 185, 178, 212, 164, 203, 227, 202, 213,
        200, 235, 180, 239, 181, 189, 206, 229, 176, 217, 210, 218, 212, 170, 161, 163,
    ]
    static let traditional = "全年經濟增長百分之三點五，政府收入達到五百億元。"
    /// `traditional` in Big5 bytes.
    static let big5: [UInt8] = [
        165, 254, 166, 126, 184, 103, 192, 217, 188, 87, 170, 248, 166, 202, 164, 192, 164, 167, 164, 84, 194, 73, 164,
        173, 161, 65, 172, 70, 169, 178, 166, 172, 164, 74, 185, 70, 168, 236, 164, 173, 166, 202, 187, 245, 164, 184,
        161, 67,
    ]

    @Test("UTF-8, with and without a byte order mark")
    func utf8() throws {
        let bytes = Array(Self.sentence.utf8)
        let plain = try TextDecoder().decode(bytes, source: "a.txt")
        #expect(plain.text == Self.sentence && plain.encoding == .utf8 && plain.byteCount == 90)
        let bom = try TextDecoder().decode([0xEF, 0xBB, 0xBF] + bytes, source: "b.txt")
        #expect(bom.text == Self.sentence && bom.encoding == .utf8)
        #expect(try TextDecoder(encoding: .utf8).decode([0xEF, 0xBB, 0xBF] + bytes, source: "c").text == Self.sentence)
    }

    @Test("UTF-16 with either byte order mark, and little-endian without one")
    func utf16() throws {
        let units = Array(Self.sentence.utf16)
        let little: [UInt8] =
            [0xFF, 0xFE] + units.flatMap { unit -> [UInt8] in [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        let big: [UInt8] = [0xFE, 0xFF] + units.flatMap { unit -> [UInt8] in [UInt8(unit >> 8), UInt8(unit & 0xFF)] }
        for bytes in [little, big] {
            let decoded = try TextDecoder().decode(bytes, source: "u.txt")
            #expect(decoded.text == Self.sentence && decoded.encoding == .utf16)
        }
        #expect(try TextDecoder(encoding: .utf16).decode(Array(little.dropFirst(2)), source: "u").text == Self.sentence)
    }

    @Test("GB18030 and Big5, detected and explicit")
    func legacyEncodings() throws {
        let gb = try TextDecoder().decode(Self.gb18030, source: "gb.txt")
        #expect(gb.text == Self.sentence && gb.encoding == .gb18030)
        #expect(try TextDecoder(encoding: .gb18030).decode(Self.gb18030, source: "gb").text == Self.sentence)
        let big5 = try TextDecoder(encoding: .big5).decode(Self.big5, source: "b5.txt")
        #expect(big5.text == Self.traditional)
        let repeated = Array([[UInt8]](repeating: Self.big5, count: 4).joined())
        let detected = try TextDecoder().decode(repeated, source: "b5.txt")
        #expect(detected.encoding == .big5)
        #expect(detected.text == String(repeating: Self.traditional, count: 4))
    }

    @Test("The Corpus GB18030 document decodes")
    func corpusGB18030() throws {
        let url = Fixtures.corpus.appendingPathComponent("11_gb18030-county-report-2023.txt")
        let bytes = [UInt8](try Data(contentsOf: url))
        #expect(String(validating: bytes, as: UTF8.self) == nil, "the file should be GB18030 bytes")
        let decoded = try TextDecoder().decode(contentsOf: url)
        #expect(decoded.encoding == .gb18030)
        #expect(decoded.text.contains("政府工作报告"))
    }

    @Test("The real corpus' GBK files decode to exactly their UTF-8 twins")
    func realCorpusTwins() throws {
        let gbk = Fixtures.textFiles(in: Fixtures.realCorpus).filter { $0.lastPathComponent.hasSuffix(".gbk.txt") }
        try #require(!gbk.isEmpty)
        for file in gbk {
            let twin = file.deletingLastPathComponent()
                .appendingPathComponent(file.lastPathComponent.replacingOccurrences(of: ".gbk.txt", with: ".txt"))
            let decoded = try TextDecoder().decode(contentsOf: file)
            #expect(decoded.encoding == .gb18030)
            #expect(
                decoded.text == (try TextDecoder(encoding: .utf8).decode(contentsOf: twin)).text,
                "\(file.lastPathComponent)")
        }
    }

    @Test("Bad bytes are an error naming the input and the offset")
    func badBytes() {
        let bytes: [UInt8] = Array("abc".utf8) + [0xFF] + Array("def".utf8)
        #expect(
            throws: TextInputError(
                code: .undecodable, source: "x.txt", message: "not valid UTF-8 (bad byte at offset 3)", byteOffset: 3)
        ) {
            try TextDecoder(encoding: .utf8).decode(bytes, source: "x.txt")
        }
        #expect(
            throws: TextInputError(
                code: .undecodable, source: "x.txt", message: "not valid UTF-8, GB18030 or Big5 text", byteOffset: 3)
        ) {
            try TextDecoder().decode(bytes, source: "x.txt")
        }
        let gbError = #expect(throws: TextInputError.self) {
            try TextDecoder(encoding: .gb18030).decode(Array(Self.gb18030.prefix(10)) + [0xFF, 0x20], source: "g.txt")
        }
        #expect(gbError?.byteOffset == 10)
        #expect(gbError?.description == "g.txt: not valid GB18030 (bad byte at offset 10)")
        let oddError = #expect(throws: TextInputError.self) {
            try TextDecoder().decode([0xFF, 0xFE, 0x41], source: "odd.txt")
        }
        #expect(oddError?.code == .undecodable)
    }

    @Test(
        "Binary data is not text",
        arguments: [
            [UInt8]([0x61, 0x00, 0x62]),
            [UInt8]([0x01, 0x02, 0x03, 0x04, 0x61]),
        ])
    func binary(bytes: [UInt8]) {
        let error = #expect(throws: TextInputError.self) { try TextDecoder().decode(bytes, source: "bin") }
        #expect(error?.code == .undecodable)
    }

    @Test("Files: missing, a directory, too large")
    func files() throws {
        let missing = #expect(throws: TextInputError.self) {
            try TextDecoder().decode(contentsOf: URL(fileURLWithPath: "/nonexistent/report.txt"))
        }
        #expect(missing?.code == .unreadable && missing?.source == "/nonexistent/report.txt")
        let directory = #expect(throws: TextInputError.self) { try TextDecoder().decode(contentsOf: Fixtures.corpus) }
        #expect(directory?.code == .unreadable)
        let url = Fixtures.corpus.appendingPathComponent("01_city-work-report-2024.txt")
        let large = #expect(throws: TextInputError.self) { try TextDecoder().decode(contentsOf: url, maxBytes: 100) }
        #expect(large?.code == .tooLarge)
    }
}
