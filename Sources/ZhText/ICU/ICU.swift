internal import CICU

/// A namespace for the thin Swift owners of ICU handles.
///
/// Every call into ICU goes through the `CICU` C target, whose header names no ICU type (see
/// DESIGN.md): Swift sees plain integers and opaque pointers, never ICU's own declarations.
enum ICU {}

/// An ICU status code that signals failure.
struct ICUError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The raw `UErrorCode` value (positive: an error).
    let code: Int32

    /// ICU's `U_BUFFER_OVERFLOW_ERROR`: the output did not fit; the returned length is the need.
    static let bufferOverflow: Int32 = 15

    var description: String { "ICU error \(code)" }

    /// Throws when `status` is an ICU failure (a positive code).
    static func check(_ status: Int32) throws(ICUError) {
        if status > 0 { throw ICUError(code: status) }
    }
}

extension ICU {
    /// The version of the system ICU the library is linked against, such as "72.1".
    static var version: String {
        var buffer = [CChar](repeating: 0, count: 32)
        cicu_version(&buffer, Int32(buffer.count))
        return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// Calls `body` with a UTF-16 buffer, growing it once when ICU reports the size it needs.
    ///
    /// `body` receives the buffer and its capacity and returns the length written (or needed);
    /// the status it sets tells whether the buffer was too small.
    static func withResizingBuffer(
        initialCapacity: Int,
        _ body: (UnsafeMutablePointer<UInt16>, Int32, inout Int32) -> Int32
    ) throws(ICUError) -> [UInt16] {
        var capacity = max(initialCapacity, 16)
        for _ in 0..<2 {
            var status: Int32 = 0
            var length: Int32 = 0
            let result = [UInt16](unsafeUninitializedCapacity: capacity) { buffer, count in
                length = body(buffer.baseAddress!, Int32(capacity), &status)
                count = status > 0 ? 0 : Int(length)
            }
            if status == ICUError.bufferOverflow {
                capacity = Int(length) + 1
                continue
            }
            try ICUError.check(status)
            return result
        }
        throw ICUError(code: ICUError.bufferOverflow)
    }
}
