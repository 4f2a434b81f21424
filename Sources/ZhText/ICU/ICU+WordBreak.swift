internal import CICU

extension ICU {
    /// An owned ICU word break iterator over UTF-8 text (ICU's UText, no UTF-16 copy).
    ///
    /// Not thread-safe: each task keeps its own. The text passed to ``setText(_:count:)`` must stay
    /// alive and unmoved while boundaries are read.
    final class WordBreaker {
        private let handle: OpaquePointer

        /// The rule status classes ICU assigns to the segment before a boundary (`UWordBreak`).
        enum Status {
            case none, number, letter, kana, ideographic
        }

        /// Opens a word break iterator for `locale` ("zh" uses ICU's Chinese/Japanese dictionary).
        init(locale: String = "zh") throws(ICUError) {
            var status: Int32 = 0
            let handle = cicu_word_break_open(locale, &status)
            try ICUError.check(status)
            guard let handle else { throw ICUError(code: 7) }
            self.handle = handle
        }

        deinit { cicu_word_break_close(handle) }

        /// Points the iterator at `count` UTF-8 bytes starting at `bytes`.
        func setText(_ bytes: UnsafePointer<UInt8>, count: Int) throws(ICUError) {
            var status: Int32 = 0
            bytes.withMemoryRebound(to: CChar.self, capacity: count) {
                cicu_word_break_set_utf8(handle, $0, Int64(count), &status)
            }
            try ICUError.check(status)
        }

        /// The next boundary as a UTF-8 offset into the text, or nil at the end.
        @inline(__always)
        func next() -> Int? {
            let offset = cicu_word_break_next(handle)
            return offset < 0 ? nil : Int(offset)
        }

        /// The status of the segment that ends at the current boundary.
        var status: Status {
            switch cicu_word_break_rule_status(handle) {
            case 100..<200: .number
            case 200..<300: .letter
            case 300..<400: .kana
            case 400..<500: .ideographic
            default: .none
            }
        }
    }
}
