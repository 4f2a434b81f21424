/// An exact decimal number: digits and a power of ten, never a binary float.
///
/// Figures in official documents are decimal (512.6亿元 is exactly 51,260,000,000 yuan), and
/// every operation the extractor needs is exact: reading digits, scaling by powers of ten
/// (万, 亿, 兆瓦 → kW), and small integer arithmetic for Chinese numerals. Money never passes
/// through `Double`.
///
/// ```swift
/// let value = ExactDecimal("512.6")!.scaled(byPowerOfTen: 8)
/// value.description   // "51260000000"
/// ```
public struct ExactDecimal: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// Up to 18 significant digits live inline in a `UInt64` (no allocation: a document may hold
    /// millions of values); longer numbers keep their digits in an array.
    private enum Storage: Hashable {
        case small(mantissa: UInt64, exponent: Int16, negative: Bool)
        case large(digits: [UInt8], exponent: Int, negative: Bool)
    }

    private let storage: Storage

    /// The significant digits, most significant first, without leading or trailing zeros ("0" for zero).
    private var digits: [UInt8] {
        switch storage {
        case .small(let mantissa, _, _): String(mantissa).utf8.map { $0 - UInt8(ascii: "0") }
        case .large(let digits, _, _): digits
        }
    }

    /// The power of ten the digits are multiplied by.
    private var exponent: Int {
        switch storage {
        case .small(_, let exponent, _): Int(exponent)
        case .large(_, let exponent, _): exponent
        }
    }

    private var isNegative: Bool {
        switch storage {
        case .small(_, _, let negative), .large(_, _, let negative): negative
        }
    }

    /// The most significant digits a value may have; longer numbers are not figures.
    public static let maximumDigits = 40

    /// Reads a plain decimal string: an optional `-`, digits, an optional `.` and digits.
    public init?(_ text: String) {
        var digits: [UInt8] = []
        var exponent = 0
        var negative = false
        var seenPoint = false
        var seenDigit = false
        for (index, byte) in text.utf8.enumerated() {
            switch byte {
            case UInt8(ascii: "-") where index == 0:
                negative = true
            case UInt8(ascii: "."):
                guard !seenPoint else { return nil }
                seenPoint = true
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                digits.append(byte - UInt8(ascii: "0"))
                seenDigit = true
                if seenPoint { exponent -= 1 }
            default:
                return nil
            }
        }
        guard seenDigit else { return nil }
        self.init(digits: digits, exponent: exponent, negative: negative)
    }

    /// An integer value.
    public init(_ value: Int) {
        let magnitude = value.magnitude
        self.init(digits: String(magnitude).utf8.map { $0 - UInt8(ascii: "0") }, exponent: 0, negative: value < 0)!
    }

    init?(digits: [UInt8], exponent: Int, negative: Bool) {
        var start = 0
        while start < digits.count - 1, digits[start] == 0 { start += 1 }
        var end = digits.count
        var exponent = exponent
        while end - 1 > start, digits[end - 1] == 0 {
            end -= 1
            exponent += 1
        }
        let significant = digits[start..<end]
        guard significant.count <= Self.maximumDigits, abs(exponent) <= 60 else { return nil }
        let isZero = significant.count == 1 && significant.first == 0
        if isZero {
            storage = .small(mantissa: 0, exponent: 0, negative: false)
        } else if significant.count <= 18 {
            var mantissa: UInt64 = 0
            for digit in significant { mantissa = mantissa * 10 + UInt64(digit) }
            storage = .small(mantissa: mantissa, exponent: Int16(exponent), negative: negative)
        } else {
            storage = .large(digits: Array(significant), exponent: exponent, negative: negative)
        }
    }

    /// Zero.
    public static let zero = ExactDecimal(0)

    /// This value times 10^`power`, or nil when it would be out of range.
    public func scaled(byPowerOfTen power: Int) -> ExactDecimal? {
        if case .small(let mantissa, let exponent, let negative) = storage {
            let scaled = Int(exponent) + power
            guard abs(scaled) <= 60 else { return nil }
            return ExactDecimal(
                storage: .small(mantissa: mantissa, exponent: Int16(mantissa == 0 ? 0 : scaled), negative: negative))
        }
        return ExactDecimal(digits: digits, exponent: exponent + power, negative: isNegative)
    }

    private init(storage: Storage) {
        self.storage = storage
    }

    /// The negated value.
    public var negated: ExactDecimal {
        switch storage {
        case .small(let mantissa, let exponent, let negative):
            ExactDecimal(
                storage: .small(mantissa: mantissa, exponent: exponent, negative: mantissa == 0 ? false : !negative))
        case .large(let digits, let exponent, let negative):
            ExactDecimal(storage: .large(digits: digits, exponent: exponent, negative: !negative))
        }
    }

    /// Whether this is a whole number.
    public var isInteger: Bool { exponent >= 0 }

    /// Whether this is 1, 10, 100 and so on (no allocation: read from the inline mantissa).
    var isPowerOfTen: Bool {
        if case .small(let mantissa, let exponent, let negative) = storage {
            return mantissa == 1 && exponent >= 0 && !negative
        }
        return false  // more than 18 significant digits
    }

    /// The value as an `Int` when it is a whole number that fits.
    public var intValue: Int? {
        let digits = self.digits
        let exponent = self.exponent
        guard exponent >= 0, digits.count + exponent <= 18 else { return nil }
        var result = 0
        for digit in digits { result = result * 10 + Int(digit) }
        for _ in 0..<exponent { result *= 10 }
        return isNegative ? -result : result
    }

    /// The plain decimal string: no exponent, no thousands separators, no trailing zeros.
    public var description: String {
        let digits = self.digits
        let exponent = self.exponent
        var bytes: [UInt8] = []
        bytes.reserveCapacity(digits.count + abs(exponent) + 3)
        if isNegative { bytes.append(UInt8(ascii: "-")) }
        let zero = UInt8(ascii: "0")
        if exponent >= 0 {
            for digit in digits { bytes.append(digit + zero) }
            if digits != [0] { bytes.append(contentsOf: repeatElement(zero, count: exponent)) }
        } else {
            let integerCount = digits.count + exponent
            if integerCount > 0 {
                for digit in digits[..<integerCount] { bytes.append(digit + zero) }
                bytes.append(UInt8(ascii: "."))
                for digit in digits[integerCount...] { bytes.append(digit + zero) }
            } else {
                bytes.append(zero)
                bytes.append(UInt8(ascii: "."))
                bytes.append(contentsOf: repeatElement(zero, count: -integerCount))
                for digit in digits { bytes.append(digit + zero) }
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Numeric order (0.5 < 2 < 10), not the order of the texts.
    public static func < (lhs: ExactDecimal, rhs: ExactDecimal) -> Bool {
        if lhs.isNegative != rhs.isNegative { return lhs.isNegative }
        let magnitudeLess = lhs.magnitudeLess(than: rhs)
        return lhs.isNegative ? rhs.magnitudeLess(than: lhs) : magnitudeLess
    }

    private func magnitudeLess(than other: ExactDecimal) -> Bool {
        let digits = self.digits
        let exponent = self.exponent
        if digits == [0] { return other.digits != [0] }
        if other.digits == [0] { return false }
        let order = digits.count + exponent
        let otherOrder = other.digits.count + other.exponent
        if order != otherOrder { return order < otherOrder }
        for index in 0..<max(digits.count, other.digits.count) {
            let a = index < digits.count ? digits[index] : 0
            let b = index < other.digits.count ? other.digits[index] : 0
            if a != b { return a < b }
        }
        return false
    }
}
