internal import CICU

extension ICU {
    /// ICU's NFKC normalizer (a process-wide instance owned by ICU, safe to share).
    struct NFKC: @unchecked Sendable {
        private let handle: OpaquePointer

        /// The shared instance.
        static let shared: NFKC = {
            var status: Int32 = 0
            let handle = cicu_nfkc(&status)
            precondition(status <= 0 && handle != nil, "ICU has no NFKC data (status \(status))")
            return NFKC(handle: handle!)
        }()

        private init(handle: OpaquePointer) { self.handle = handle }

        /// Whether NFKC never joins `scalar` with what precedes it.
        @inline(__always)
        func hasBoundaryBefore(_ scalar: UInt32) -> Bool {
            cicu_normalizer_has_boundary_before(handle, scalar) != 0
        }

        /// Whether `scalar` is left alone by NFKC and never interacts with its neighbours.
        @inline(__always)
        func isInert(_ scalar: UInt32) -> Bool {
            cicu_normalizer_is_inert(handle, scalar) != 0
        }

        /// The NFKC form of a UTF-16 chunk.
        func normalize(_ units: [UInt16]) throws(ICUError) -> [UInt16] {
            try units.withUnsafeBufferPointer { source throws(ICUError) in
                try withResizingBuffer(initialCapacity: source.count * 2 + 4) { buffer, capacity, status in
                    cicu_normalize(handle, source.baseAddress, Int32(source.count), buffer, capacity, &status)
                }
            }
        }
    }

    /// An owned ICU transliterator, such as "Hant-Hans" (Traditional to Simplified Chinese).
    final class Transliterator {
        private let handle: OpaquePointer

        /// Opens the transliterator with ICU identifier `identifier`.
        init(_ identifier: String) throws(ICUError) {
            var status: Int32 = 0
            let handle = cicu_transliterator_open(identifier, &status)
            try ICUError.check(status)
            guard let handle else { throw ICUError(code: 1) }
            self.handle = handle
        }

        deinit { cicu_transliterator_close(handle) }

        /// Transliterates UTF-16 text.
        func apply(_ units: [UInt16]) throws(ICUError) -> [UInt16] {
            var capacity = units.count * 2 + 16
            for _ in 0..<2 {
                var buffer = units
                buffer.append(contentsOf: repeatElement(0, count: capacity - units.count))
                var status: Int32 = 0
                let length = buffer.withUnsafeMutableBufferPointer {
                    cicu_transliterate(handle, $0.baseAddress, Int32(units.count), Int32(capacity), &status)
                }
                if status == ICUError.bufferOverflow {
                    capacity = Int(length) + 16
                    continue
                }
                try ICUError.check(status)
                buffer.removeSubrange(Int(length)...)
                return buffer
            }
            throw ICUError(code: ICUError.bufferOverflow)
        }
    }
}
