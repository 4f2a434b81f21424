import Foundation
import Testing
import ZhText

/// The document frame: the head of a document (title, dateline, region, kind, year) and its
/// sections, on documents of our own and against the real development gold's `document` line.
@Suite("Document frame")
struct DocumentFrameTests {
    static func frame(_ text: String) -> DocumentFrame { DocumentAnalyzer(entities: nil).analyze(text).document }

    @Test(
        "Head: title, dateline, region, kind, year",
        arguments: [
            (
                "下载\n打印\n【字号：\n2026年东岭省政府工作报告\n——2026年1月20日在东岭省第十四届人民代表大会第四次会议上\n来源：东岭日报\n时间：2026-01-28\n",
                "2026年东岭省政府工作报告", "东岭省", "2026-01-20", DocumentFrame.Kind.workReport, 2025
            ),
            (
                "政府工作报告\n——2019年3月5日在第十三届全国人民代表大会第二次会议上\n国务院总理 某某\n",
                "2019年国务院政府工作报告", "中国", "2019-03-05", .workReport, 2018
            ),
            (
                "中华人民共和国2025年国民经济和社会发展统计公报\n国家统计局\n2026年2月28日\n",
                "中华人民共和国2025年国民经济和社会发展统计公报", "中国", "2026-02-28", .bulletin, 2025
            ),
            (
                "东岭省2026年政府工作报告\n2026年02月08日 07时41分\n来源:\n东岭日报\n2026年1月29日在东岭省第十四届人民代表大会第五次会议上\n",
                "东岭省2026年政府工作报告", "东岭省", "2026-01-29", .workReport, 2025
            ),
            (
                "政府工作报告\n――2026年1月22日在南屏自治区第十二届人民代表大会第四次会议上\n",
                "2026年南屏自治区政府工作报告", "南屏自治区", "2026-01-22", .workReport, 2025
            ),
            (
                "政府工作报告\n第十二届全国人大三次会议，2015年3月5日\n国务院总理 某某\n",
                "2015年国务院政府工作报告", "中国", "2015-03-05", .workReport, 2014
            ),
            (
                "关于2024年全市推进乡村全面振兴工作情况的报告\n——2024年12月24日在云岭市第五届人民代表大会常务委员会第二十三次会议上\n",
                "关于2024年全市推进乡村全面振兴工作情况的报告", "云岭市", "2024-12-24", .workReport, 2024
            ),
            (
                // A page's channel name (东岭要闻, twice) above the title names no kind of document: not the title.
                "您的位置:\n首页\n>\n东岭要闻\n东岭要闻\n2026年政府工作报告\n来源：东岭日报\n"
                    + "——2026年1月21日在东岭省第十四届人民代表大会第三次会议上\n",
                "2026年东岭省政府工作报告", "东岭省", "2026-01-21", .workReport, 2025
            ),
        ])
    func head(text: String, title: String, region: String, date: String, kind: DocumentFrame.Kind, year: Int) {
        let frame = Self.frame(text)
        #expect(frame.title == title)
        #expect(frame.region == region)
        #expect(frame.date == date)
        #expect(frame.kind == kind)
        #expect(frame.year == year)
    }

    @Test("A page's publication time is no dateline, and a text without a head has none")
    func noDateline() {
        #expect(Self.frame("东岭新闻\n时间：2026-02-02\n").date == nil)
        let bare = Self.frame("全市粮食产量增长2%。")
        #expect(bare.title == nil)
        #expect(bare.date == nil)
        #expect(bare.sections.isEmpty)
    }

    @Test("Sections: what each is and the period it is about")
    func sections() {
        let text =
            "2026年东岭省政府工作报告\n——2026年1月20日在东岭省第十四届人民代表大会第四次会议上\n"
            + "一、“十四五”时期工作回顾\n这五年，全省经济稳步增长。\n二、“十五五”时期主要目标任务\n到2030年，基本实现现代化。\n"
            + "三、2026年重点工作\n办好民生实事。\n四、加强政府自身建设\n依法行政。\n"
        let sections = Self.frame(text).sections
        #expect(sections.map(\.role) == [.reviewOfYears, .targets, .tasks, .other])
        #expect(sections.map(\.period) == ["2021/2025", "2026/2030", "2026", nil])
        #expect(sections.map(\.heading) == ["“十四五”时期工作回顾", "“十五五”时期主要目标任务", "2026年重点工作", "加强政府自身建设"])
        let scalars = Array(text.unicodeScalars)
        #expect(String(String.UnicodeScalarView(scalars[sections[2].scalarOffsets])).hasPrefix("三、2026年重点工作"))
        #expect(sections[0].scalarOffsets.upperBound == sections[1].scalarOffsets.lowerBound)
    }

    @Test("Headings on a line of their own without a number, when no numbered heading exists")
    func bareHeadings() {
        let text =
            "2026年东岭省政府工作报告\n——2026年1月20日在东岭省第十四届人民代表大会第四次会议上\n"
            + "“十四五”时期工作回顾\n这五年，全省经济稳步增长。\n“十五五”时期的主要目标任务\n到2030年，基本实现现代化。\n2026年重点工作\n办好民生实事。\n"
        #expect(Self.frame(text).sections.map(\.role) == [.reviewOfYears, .targets, .tasks])
    }

    @Test(
        "Sections: a review of one year, of several years, and a plan's words",
        arguments: [
            ("一、2025年工作回顾", DocumentFrame.Section.Role.review, String?.some("2025")),
            ("一、过去五年工作回顾", .reviewOfYears, "2021/2025"),
            ("二、对今年政府工作的建议", .tasks, "2026"),
            ("二、2026年经济社会发展主要预期目标", .targets, "2026"),
            ("五、统计处新闻公报", .pressRelease, nil),
            ("二、“十五五”时期发展的主要考虑", .targets, "2026/2030"),
            ("三、关于2026年工作", .tasks, "2026"),
            ("四、加强政府自身建设", .other, nil),
        ])
    func roles(heading: String, role: DocumentFrame.Section.Role, period: String?) {
        let text = "2026年东岭省政府工作报告\n——2026年1月20日在东岭省第十四届人民代表大会第四次会议上\n\(heading)\n正文。\n"
        let section = Self.frame(text).sections.first
        #expect(section?.role == role)
        #expect(section?.period == period)
    }

    @Test("The real development documents' frames match their gold `document` line")
    func realGold() throws {
        let gold = Fixtures.realCorpus.appendingPathComponent("gold")
        let split = try String(contentsOf: gold.appendingPathComponent("split.tsv"), encoding: .utf8)
        let names = split.split(separator: "\n").map { $0.split(separator: "\t").map(String.init) }.filter {
            $0.count == 2 && $0[1] == "dev"
        }.map { $0[0] }
        try #require(!names.isEmpty)
        for name in names {
            let record =
                try JSONSerialization.jsonObject(with: Data(contentsOf: gold.appendingPathComponent(name + ".json")))
                as! [String: Any]
            guard let expected = record["document"] as? [String: Any] else { continue }
            let text = try TextDecoder().decode(contentsOf: Fixtures.realCorpus.appendingPathComponent(name + ".txt"))
                .text
            let frame = Self.frame(text)
            #expect(frame.title == expected["title"] as? String, "\(name) title")
            #expect(frame.region == expected["region"] as? String, "\(name) region")
            #expect(frame.date == expected["date"] as? String, "\(name) date")
            #expect(frame.kind?.rawValue == expected["kind"] as? String, "\(name) kind")
            #expect(frame.year == expected["year"] as? Int, "\(name) year")
        }
    }
}
