/// A text encoding that ZhText reads.
///
/// `auto` detects: a byte order mark first, then strict UTF-8, then ICU's charset detector
/// choosing between GB18030 (which covers GBK and GB2312) and Big5.
public enum TextEncoding: String, Sendable, Hashable, CaseIterable, Codable {
    case auto
    case utf8 = "utf-8"
    case gb18030
    case big5
    case utf16 = "utf-16"

    /// ICU's converter name for a concrete encoding.
    var icuName: String? {
        switch self {
        case .auto, .utf8: nil
        case .gb18030: "GB18030"
        case .big5: "big5-hkscs"
        case .utf16: "UTF-16LE"
        }
    }
}
