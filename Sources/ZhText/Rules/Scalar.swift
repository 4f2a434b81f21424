/// Named code points for the characters the grammars test directly (structure, not vocabulary).
///
/// Han characters are named by themselves (`Scalar.万`), other characters by their Unicode name.
/// Vocabulary (word lists, trigger words, units, suffixes) belongs in the tables under
/// `Sources/ZhTextData/`, not here: a constant is for a character the code's structure depends on,
/// such as a numeral's multiplier or a sentence's end.
enum Scalar {
    /// NO-BREAK SPACE.
    static let noBreakSpace: UInt32 = 0xA0
    /// PLUS-MINUS SIGN (±).
    static let plusMinusSign: UInt32 = 0xB1
    /// MIDDLE DOT (·).
    static let middleDot: UInt32 = 0xB7
    /// EN QUAD ( ).
    static let enQuad: UInt32 = 0x2000
    /// HAIR SPACE ( ).
    static let hairSpace: UInt32 = 0x200A
    /// EN DASH (–).
    static let enDash: UInt32 = 0x2013
    /// EM DASH (—).
    static let emDash: UInt32 = 0x2014
    /// HORIZONTAL BAR (―).
    static let horizontalBar: UInt32 = 0x2015
    /// LEFT SINGLE QUOTATION MARK (‘).
    static let leftSingleQuotationMark: UInt32 = 0x2018
    /// RIGHT SINGLE QUOTATION MARK (’).
    static let rightSingleQuotationMark: UInt32 = 0x2019
    /// LEFT DOUBLE QUOTATION MARK (“).
    static let leftDoubleQuotationMark: UInt32 = 0x201C
    /// RIGHT DOUBLE QUOTATION MARK (”).
    static let rightDoubleQuotationMark: UInt32 = 0x201D
    /// HORIZONTAL ELLIPSIS (…).
    static let horizontalEllipsis: UInt32 = 0x2026
    /// NARROW NO-BREAK SPACE ( ).
    static let narrowNoBreakSpace: UInt32 = 0x202F
    /// PER MILLE SIGN (‰).
    static let perMilleSign: UInt32 = 0x2030
    /// MEDIUM MATHEMATICAL SPACE ( ).
    static let mediumMathematicalSpace: UInt32 = 0x205F
    /// MINUS SIGN (−).
    static let minusSign: UInt32 = 0x2212
    /// BOX DRAWINGS LIGHT HORIZONTAL (─).
    static let boxDrawingsLightHorizontal: UInt32 = 0x2500
    /// BOX DRAWINGS HEAVY HORIZONTAL (━).
    static let boxDrawingsHeavyHorizontal: UInt32 = 0x2501
    /// WHITE CIRCLE (○).
    static let whiteCircle: UInt32 = 0x25CB
    /// IDEOGRAPHIC SPACE (　).
    static let ideographicSpace: UInt32 = 0x3000
    /// IDEOGRAPHIC COMMA (、).
    static let ideographicComma: UInt32 = 0x3001
    /// IDEOGRAPHIC FULL STOP (。).
    static let ideographicFullStop: UInt32 = 0x3002
    /// IDEOGRAPHIC NUMBER ZERO.
    static let ideographicNumberZero: UInt32 = 0x3007
    /// LEFT DOUBLE ANGLE BRACKET (《).
    static let leftDoubleAngleBracket: UInt32 = 0x300A
    /// RIGHT DOUBLE ANGLE BRACKET (》).
    static let rightDoubleAngleBracket: UInt32 = 0x300B
    /// LEFT CORNER BRACKET (「).
    static let leftCornerBracket: UInt32 = 0x300C
    /// RIGHT CORNER BRACKET (」).
    static let rightCornerBracket: UInt32 = 0x300D
    /// LEFT WHITE CORNER BRACKET (『).
    static let leftWhiteCornerBracket: UInt32 = 0x300E
    /// RIGHT WHITE CORNER BRACKET (』).
    static let rightWhiteCornerBracket: UInt32 = 0x300F
    /// LEFT BLACK LENTICULAR BRACKET (【).
    static let leftBlackLenticularBracket: UInt32 = 0x3010
    /// IDEOGRAPHIC HALF FILL SPACE (〿).
    static let ideographicHalfFillSpace: UInt32 = 0x303F
    /// KATAKANA MIDDLE DOT (・).
    static let katakanaMiddleDot: UInt32 = 0x30FB
    /// CJK UNIFIED IDEOGRAPH-3400.
    static let cjkUnifiedIdeograph3400: UInt32 = 0x3400
    static let 一: UInt32 = 0x4E00
    static let 七: UInt32 = 0x4E03
    static let 万: UInt32 = 0x4E07
    static let 三: UInt32 = 0x4E09
    static let 上: UInt32 = 0x4E0A
    static let 与: UInt32 = 0x4E0E
    static let 两: UInt32 = 0x4E24
    static let 个: UInt32 = 0x4E2A
    static let 中: UInt32 = 0x4E2D
    static let 之: UInt32 = 0x4E4B
    static let 九: UInt32 = 0x4E5D
    static let 了: UInt32 = 0x4E86
    static let 二: UInt32 = 0x4E8C
    static let 五: UInt32 = 0x4E94
    static let 人: UInt32 = 0x4EBA
    static let 亿: UInt32 = 0x4EBF
    static let 从: UInt32 = 0x4ECE
    static let 仟: UInt32 = 0x4EDF
    static let 代: UInt32 = 0x4EE3
    static let 以: UInt32 = 0x4EE5
    static let 份: UInt32 = 0x4EFD
    static let 伍: UInt32 = 0x4F0D
    static let 位: UInt32 = 0x4F4D
    static let 佰: UInt32 = 0x4F70
    static let 值: UInt32 = 0x503C
    static let 元: UInt32 = 0x5143
    static let 兆: UInt32 = 0x5146
    static let 兑: UInt32 = 0x5151
    static let 八: UInt32 = 0x516B
    static let 六: UInt32 = 0x516D
    static let 内: UInt32 = 0x5185
    static let 几: UInt32 = 0x51E0
    static let 分: UInt32 = 0x5206
    static let 初: UInt32 = 0x521D
    static let 到: UInt32 = 0x5230
    static let 前: UInt32 = 0x524D
    static let 十: UInt32 = 0x5341
    static let 千: UInt32 = 0x5343
    static let 升: UInt32 = 0x5347
    static let 半: UInt32 = 0x534A
    static let 单: UInt32 = 0x5355
    static let 叁: UInt32 = 0x53C1
    static let 及: UInt32 = 0x53CA
    static let 口: UInt32 = 0x53E3
    static let 号: UInt32 = 0x53F7
    static let 名: UInt32 = 0x540D
    static let 后: UInt32 = 0x540E
    static let 吨: UInt32 = 0x5428
    static let 周: UInt32 = 0x5468
    static let 和: UInt32 = 0x548C
    static let 四: UInt32 = 0x56DB
    static let 国: UInt32 = 0x56FD
    static let 在: UInt32 = 0x5728
    static let 壹: UInt32 = 0x58F9
    static let 多: UInt32 = 0x591A
    static let 大: UInt32 = 0x5927
    static let 家: UInt32 = 0x5BB6
    static let 届: UInt32 = 0x5C4A
    static let 左: UInt32 = 0x5DE6
    static let 市: UInt32 = 0x5E02
    static let 年: UInt32 = 0x5E74
    static let 底: UInt32 = 0x5E95
    static let 度: UInt32 = 0x5EA6
    static let 式: UInt32 = 0x5F0F
    static let 成: UInt32 = 0x6210
    static let 截: UInt32 = 0x622A
    static let 拾: UInt32 = 0x62FE
    static let 捌: UInt32 = 0x634C
    static let 数: UInt32 = 0x6570
    static let 新: UInt32 = 0x65B0
    static let 方: UInt32 = 0x65B9
    static let 日: UInt32 = 0x65E5
    static let 时: UInt32 = 0x65F6
    static let 月: UInt32 = 0x6708
    static let 有: UInt32 = 0x6709
    static let 期: UInt32 = 0x671F
    static let 未: UInt32 = 0x672A
    static let 末: UInt32 = 0x672B
    static let 来: UInt32 = 0x6765
    static let 柒: UInt32 = 0x67D2
    static let 次: UInt32 = 0x6B21
    static let 每: UInt32 = 0x6BCF
    static let 比: UInt32 = 0x6BD4
    static let 点: UInt32 = 0x70B9
    static let 版: UInt32 = 0x7248
    static let 率: UInt32 = 0x7387
    static let 玖: UInt32 = 0x7396
    static let 由: UInt32 = 0x7531
    static let 电: UInt32 = 0x7535
    static let 百: UInt32 = 0x767E
    static let 的: UInt32 = 0x7684
    static let 看: UInt32 = 0x770B
    static let 禁: UInt32 = 0x7981
    static let 秒: UInt32 = 0x79D2
    static let 移: UInt32 = 0x79FB
    static let 第: UInt32 = 0x7B2C
    static let 等: UInt32 = 0x7B49
    static let 约: UInt32 = 0x7EA6
    static let 级: UInt32 = 0x7EA7
    static let 肆: UInt32 = 0x8086
    static let 至: UInt32 = 0x81F3
    static let 行: UInt32 = 0x884C
    static let 规: UInt32 = 0x89C4
    static let 计: UInt32 = 0x8BA1
    static let 负: UInt32 = 0x8D1F
    static let 贡: UInt32 = 0x8D21
    static let 贰: UInt32 = 0x8D30
    static let 超: UInt32 = 0x8D85
    static let 较: UInt32 = 0x8F83
    static let 过: UInt32 = 0x8FC7
    static let 进: UInt32 = 0x8FDB
    static let 退: UInt32 = 0x9000
    static let 陆: UInt32 = 0x9646
    static let 降: UInt32 = 0x964D
    static let 零: UInt32 = 0x96F6
    static let 鿿: UInt32 = 0x9FFF
    /// YI SYLLABLE IT.
    static let yiSyllableIt: UInt32 = 0xA000
    /// U+D800.
    static let ud800: UInt32 = 0xD800
    /// U+E000.
    static let ue000: UInt32 = 0xE000
    /// U+FF00.
    static let uff00: UInt32 = 0xFF00
    /// FULLWIDTH EXCLAMATION MARK (！).
    static let fullwidthExclamationMark: UInt32 = 0xFF01
    /// FULLWIDTH PERCENT SIGN (％).
    static let fullwidthPercentSign: UInt32 = 0xFF05
    /// FULLWIDTH LEFT PARENTHESIS (（).
    static let fullwidthLeftParenthesis: UInt32 = 0xFF08
    /// FULLWIDTH RIGHT PARENTHESIS (）).
    static let fullwidthRightParenthesis: UInt32 = 0xFF09
    /// FULLWIDTH COMMA (，).
    static let fullwidthComma: UInt32 = 0xFF0C
    /// FULLWIDTH HYPHEN-MINUS (－).
    static let fullwidthHyphenMinus: UInt32 = 0xFF0D
    /// FULLWIDTH FULL STOP (．).
    static let fullwidthFullStop: UInt32 = 0xFF0E
    /// FULLWIDTH COLON (：).
    static let fullwidthColon: UInt32 = 0xFF1A
    /// FULLWIDTH SEMICOLON (；).
    static let fullwidthSemicolon: UInt32 = 0xFF1B
    /// FULLWIDTH QUESTION MARK (？).
    static let fullwidthQuestionMark: UInt32 = 0xFF1F
    /// FULLWIDTH LATIN CAPITAL LETTER A.
    static let fullwidthLatinCapitalLetterA: UInt32 = 0xFF21
    /// FULLWIDTH LATIN SMALL LETTER Z.
    static let fullwidthLatinSmallLetterZ: UInt32 = 0xFF5A
    /// FULLWIDTH TILDE (～).
    static let fullwidthTilde: UInt32 = 0xFF5E
    /// U+FFEF.
    static let uffef: UInt32 = 0xFFEF
}
