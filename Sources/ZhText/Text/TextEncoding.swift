/// A text encoding that ZhText reads.
///
/// `auto` detects: a byte order mark first, then strict UTF-8, then UTF-16 without a mark when
/// one byte order reads as text, then ICU's charset detector choosing between GB18030 (which
/// covers GBK and GB2312) and Big5.
public enum TextEncoding: String, Sendable, Hashable, CaseIterable, Codable {
    /// Detect the encoding (the default).
    case auto
    /// UTF-8, with or without a byte order mark.
    case utf8 = "utf-8"
    /// GB18030, which also reads GBK and GB2312.
    case gb18030
    /// Big5, read as Big5-HKSCS.
    case big5
    /// UTF-16: the byte order mark's order, else the order that reads as text.
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
