/// The words the frame reader looks for, one table per question, each word in one place.
///
/// Tables are searched in order, first match wins, so a longer or more specific word comes
/// before a shorter one that it contains.
enum FrameWords {
    /// Menu words of a scraped web page that open the text (下载 打印 字号 …): never a title.
    static let furniture: [Keyword] = ["下载", "打印", "全屏", "收藏", "【字号", "字号", "加大", "还原", "减小", "】", "分享", "解读", "来源", "时间", "责任编辑", "【"]

    /// Kinds of document by the words of their title (first match wins: 预算执行情况…的报告 is a
    /// budget report, not a work report).
    static let kinds: [(Keyword, DocumentFrame.Kind)] = [
        ("统计公报", .bulletin), ("公报", .bulletin), ("预算执行情况", .budgetReport), ("预算草案", .budgetReport),
        ("决算", .budgetReport), ("政府工作报告", .workReport), ("工作报告", .workReport),
    ]

    /// Titles that name the year the document is given in, not the year it reports on
    /// (2026年河北省政府工作报告 reviews 2025; 关于2024年…工作情况的报告 reports on 2024).
    static let givingYearTitles: [Keyword] = ["政府工作报告"]

    /// Words of a title or speech line that make a document national: its region is 中国.
    static let national: [Keyword] = ["中华人民共和国", "国务院", "全国人民代表大会", "全国人大"]
    /// The conventional issuer of a national work report, for a title that names none.
    static let nationalIssuer = "国务院"

    /// The words of a title that name its kind (stripped to leave the region: 2026年河北省政府工作报告 → 河北省).
    static let titleKinds: [Keyword] = [
        "国民经济和社会发展统计公报", "统计公报", "人民政府工作报告", "政府工作报告", "工作报告",
    ]
    /// Endings of a region's name (河北省, 广西壮族自治区, 成都市, 鄞州区).
    static let regionEnds: [Keyword] = ["自治区", "特别行政区", "省", "市", "区", "县", "州", "盟", "旗"]

    /// Section roles by the words of a heading, in order: the first table that has a word of the
    /// heading decides (回顾 before 目标: 一、“十三五”时期发展成就和“十四五”时期主要目标任务 reviews
    /// first; the plan part is opened by its own paragraph).
    static let pressRelease: [Keyword] = ["新闻公报", "公报", "新闻"]
    static let budgetTable: [Keyword] = ["预算表", "附表"]
    static let review: [Keyword] = ["回顾", "执行情况", "工作情况", "完成情况", "发展成就", "成就", "成效", "进展", "概况"]
    static let targets: [Keyword] = ["目标"]
    static let tasks: [Keyword] = ["重点工作", "主要工作", "工作安排", "安排", "建议", "任务", "部署", "打算", "计划", "草案", "展望", "思路", "下一步"]

    /// Words that count several years back from the reviewed year, after a numeral (五年来, 过去五年,
    /// 这五年, 近五年, 五年间): the text reviews that many years.
    static let spanBefore: [Keyword] = ["过去的", "过去", "这", "近", "回顾过去的", "回顾"]
    static let spanAfter: [Keyword] = ["年来", "年间", "年里", "年，", "年,", "年中"]

    /// Words that make the opening of a paragraph in a review about the reviewed year alone
    /// (过去一年, 一年来, 这一年, 刚刚过去的2025年 is read from its date).
    static let oneYear: [Keyword] = ["过去一年", "一年来", "这一年", "刚刚过去的一年", "去年"]

    /// Characters that open a speech line before its date: —— (and ―― in some copies), （.
    static let speechOpeners: Set<UInt32> = [0x2014, 0x2015, 0xFF08, 0x28]
    /// Words of a speech line that name the session (…在…人民代表大会第四次会议上, 全国人大二次会议).
    static let sessionWords: [Keyword] = ["会议上", "会议，", "会议"]
    /// The longest heading without a number (“十四五”时期工作回顾).
    static let longestBareHeading = 20
    /// Marks that a heading does not hold: it is no sentence.
    static let sentenceMarks: Set<UInt32> = Set("。，；：！？,;:".unicodeScalars.map(\.value))

    /// How many characters of a paragraph's opening are read for a period marker.
    static let openingLength = 16
}
