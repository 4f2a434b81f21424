internal import CICU

extension ICU {
    /// ICU's best guess of the charset of `bytes` (such as "GB18030" or "Big5") and its confidence.
    static func detectCharset(_ bytes: UnsafeBufferPointer<UInt8>) -> (name: String, confidence: Int)? {
        var name = [CChar](repeating: 0, count: 64)
        var status: Int32 = 0
        let sample = min(bytes.count, 1 << 16)  // 64 KiB tell GB18030 from Big5 reliably
        let confidence = bytes.baseAddress!.withMemoryRebound(to: CChar.self, capacity: sample) {
            cicu_detect_charset($0, Int32(sample), &name, Int32(name.count), &status)
        }
        guard status <= 0, confidence >= 0 else { return nil }
        let text = String(decoding: name.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        return (text, Int(confidence))
    }

    /// The result of a strict conversion: the UTF-16 text, or the offset of the first bad byte.
    enum Conversion {
        case converted([UInt16])
        case invalid(byteOffset: Int)
    }

    /// Converts `bytes` in the ICU charset `charset` to UTF-16, stopping at the first invalid byte.
    static func convertToUTF16(_ bytes: UnsafeBufferPointer<UInt8>, charset: String) throws(ICUError) -> Conversion {
        guard let base = bytes.baseAddress, !bytes.isEmpty else { return .converted([]) }
        var errorOffset: Int32 = -1
        var invalid = false
        let units: [UInt16]
        do {
            units = try withResizingBuffer(initialCapacity: bytes.count + 1) { buffer, capacity, status in
                base.withMemoryRebound(to: CChar.self, capacity: bytes.count) {
                    let written = cicu_convert_to_utf16(
                        charset, $0, Int32(bytes.count), buffer, capacity, &errorOffset, &status)
                    if errorOffset >= 0 {
                        invalid = true
                        status = 0
                    }
                    return written
                }
            }
        }
        return invalid ? .invalid(byteOffset: Int(errorOffset)) : .converted(units)
    }
}
