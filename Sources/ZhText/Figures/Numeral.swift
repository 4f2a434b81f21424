/// The one numeral grammar: Arabic numbers, Chinese and financial numerals, multipliers.
///
/// Everything reads a buffer of Unicode scalars that has been NFKC-normalized (full-width
/// digits are ASCII) and folded (Traditional 萬 億 點 兩 read as 万 亿 点 两), and returns the
/// value with the index just past what it read. Malformed numerals read as their longest valid
/// prefix (一千千 reads 一千), and numbers too long to be figures read as nothing.
enum Numeral {
    /// The value of a Chinese digit (零〇○ 一…九 两, 壹…玖), or nil.
    @inline(__always)
    static func chineseDigit(_ scalar: UInt32) -> Int? {
        switch scalar {
        case 0x96F6, 0x3007, 0x25CB: 0  // 零 〇 ○
        case 0x4E00, 0x58F9: 1  // 一 壹
        case 0x4E8C, 0x4E24, 0x8D30: 2  // 二 两 贰
        case 0x4E09, 0x53C1: 3  // 三 叁
        case 0x56DB, 0x8086: 4  // 四 肆
        case 0x4E94, 0x4F0D: 5  // 五 伍
        case 0x516D, 0x9646: 6  // 六 陆
        case 0x4E03, 0x67D2: 7  // 七 柒
        case 0x516B, 0x634C: 8  // 八 捌
        case 0x4E5D, 0x7396: 9  // 九 玖
        default: nil
        }
    }

    /// The value of 十 百 千 (拾 佰 仟), or nil.
    @inline(__always)
    static func chineseSmallUnit(_ scalar: UInt32) -> Int? {
        switch scalar {
        case 0x5341, 0x62FE: 10
        case 0x767E, 0x4F70: 100
        case 0x5343, 0x4EDF: 1000
        default: nil
        }
    }

    /// The power of ten of 万 (4) and 亿 (8), or nil.
    @inline(__always)
    static func largeUnitPower(_ scalar: UInt32) -> Int? {
        scalar == 0x4E07 ? 4 : scalar == 0x4EBF ? 8 : nil
    }

    @inline(__always)
    static func isASCIIDigit(_ scalar: UInt32) -> Bool { scalar &- 0x30 < 10 }

    /// Whether a scalar can start or continue a Chinese numeral.
    @inline(__always)
    static func isChineseNumeral(_ scalar: UInt32) -> Bool {
        chineseDigit(scalar) != nil || chineseSmallUnit(scalar) != nil || largeUnitPower(scalar) != nil
    }

    /// Reads an Arabic number: digits, thousands separators (a comma before exactly three
    /// digits), and a decimal point followed by digits.
    static func arabic(_ s: UnsafeBufferPointer<UInt32>, from start: Int) -> (value: ExactDecimal, end: Int)? {
        var index = start
        var digits: [UInt8] = []
        var exponent = 0
        while index < s.count, isASCIIDigit(s[index]) {
            // A run longer than any exact decimal is no figure: stop reading it, so that a scanner
            // trying each position of a long run stays linear.
            guard digits.count < ExactDecimal.maximumDigits else { return nil }
            digits.append(UInt8(s[index] - 0x30))
            index += 1
        }
        guard !digits.isEmpty else { return nil }
        while index < s.count, s[index] == 0x2C {
            let group = index + 1
            guard group + 3 <= s.count, (group..<(group + 3)).allSatisfy({ isASCIIDigit(s[$0]) }),
                group + 3 == s.count || !isASCIIDigit(s[group + 3])
            else { break }
            for position in group..<(group + 3) { digits.append(UInt8(s[position] - 0x30)) }
            index = group + 3
        }
        if index + 1 < s.count, s[index] == 0x2E, isASCIIDigit(s[index + 1]) {
            index += 1
            while index < s.count, isASCIIDigit(s[index]) {
                digits.append(UInt8(s[index] - 0x30))
                exponent -= 1
                index += 1
            }
        }
        guard digits.count <= ExactDecimal.maximumDigits,
            let value = ExactDecimal(digits: digits, exponent: exponent, negative: false)
        else { return nil }
        return (value, index)
    }

    /// Reads a Chinese numeral: positional digits (二〇二〇), or digits with units (一百零五,
    /// 两千三百, 十二万亿), with an optional decimal part (六点二).
    static func chinese(_ s: UnsafeBufferPointer<UInt32>, from start: Int) -> (value: ExactDecimal, end: Int)? {
        // Positional: two or more digits and no unit after them.
        var index = start
        var positional: [UInt8] = []
        while index < s.count, let digit = chineseDigit(s[index]) {
            guard positional.count < ExactDecimal.maximumDigits else { return nil }  // no figure; stays linear
            positional.append(UInt8(digit))
            index += 1
        }
        if positional.count >= 2,
            index == s.count || (chineseSmallUnit(s[index]) == nil && largeUnitPower(s[index]) == nil)
        {
            guard let value = ExactDecimal(digits: positional, exponent: 0, negative: false) else { return nil }
            return withFraction(s, value, index)
        }
        // With units: total (亿 and 万 groups) + section (below 万) + the pending digit.
        index = start
        var total = 0
        var section = 0
        var pending: Int?
        var lastSmall = 10_000
        var lastLargePower = 99
        var validEnd = start
        var validValue = 0
        var overflow = false
        while index < s.count, !overflow {
            let scalar = s[index]
            if let digit = chineseDigit(scalar) {
                if digit == 0 {
                    guard pending == nil else { break }
                    index += 1
                    if index == start + 1 { validEnd = index }  // a leading 零 is zero (零点八)
                    continue
                }
                guard pending == nil else { break }
                pending = digit
                index += 1
            } else if let unit = chineseSmallUnit(scalar) {
                guard unit < lastSmall else { break }
                var multiplier = pending
                // 十二 = 12; a leading 百 or 千 is one of itself (百项, 千亿元).
                if multiplier == nil, section == 0, unit == 10 || (index == start && total == 0) { multiplier = 1 }
                guard let multiplier else { break }
                section += multiplier * unit
                pending = nil
                lastSmall = unit
                index += 1
            } else if let power = largeUnitPower(scalar) {
                let group = section + (pending ?? 0)
                if power == 4 {
                    guard group > 0, lastLargePower > 4 else { break }
                    let (scaled, overflowed) = group.multipliedReportingOverflow(by: 10_000)
                    overflow = overflowed
                    total += scaled
                } else {
                    guard total + group > 0, lastLargePower != 8 else { break }
                    let (scaled, overflowed) = (total + group).multipliedReportingOverflow(by: 100_000_000)
                    overflow = overflowed
                    total = scaled
                }
                section = 0
                pending = nil
                lastSmall = 10_000
                lastLargePower = power
                index += 1
            } else {
                break
            }
            if overflow || total > 1_000_000_000_000_000 { return nil }
            validEnd = index
            validValue = total + section + (pending ?? 0)
        }
        guard validEnd > start, validValue > 0 || s[start] == 0x96F6 || s[start] == 0x3007 else { return nil }
        return withFraction(s, ExactDecimal(validValue), validEnd)
    }

    /// Adds a decimal part written 点 + digits (六点二) after an integer Chinese numeral.
    private static func withFraction(
        _ s: UnsafeBufferPointer<UInt32>, _ value: ExactDecimal, _ end: Int
    ) -> (value: ExactDecimal, end: Int) {
        guard end + 1 < s.count, s[end] == 0x70B9, chineseDigit(s[end + 1]) != nil,
            let integer = value.intValue
        else { return (value, end) }
        var index = end + 1
        var digits = String(integer).utf8.map { $0 - UInt8(ascii: "0") }
        var exponent = 0
        while index < s.count, let digit = chineseDigit(s[index]), digits.count <= ExactDecimal.maximumDigits {
            digits.append(UInt8(digit))
            exponent -= 1
            index += 1
        }
        guard let result = ExactDecimal(digits: digits, exponent: exponent, negative: false) else { return (value, end) }
        return (result, index)
    }

    /// Reads a number in either script.
    static func number(_ s: UnsafeBufferPointer<UInt32>, from start: Int) -> (value: ExactDecimal, end: Int, arabic: Bool)? {
        guard start < s.count else { return nil }
        if isASCIIDigit(s[start]) {
            return arabic(s, from: start).map { ($0.value, $0.end, true) }
        }
        return chinese(s, from: start).map { ($0.value, $0.end, false) }
    }

    /// Reads multipliers after an Arabic number: 万, 亿, 万亿, and 十/百/千 before 万 or 亿 (3千万).
    /// Returns the power of ten (0 when there is none) and the index past them.
    static func multiplier(_ s: UnsafeBufferPointer<UInt32>, from start: Int) -> (power: Int, end: Int) {
        var index = start
        var power = 0
        while index < s.count {
            if let large = largeUnitPower(s[index]) {
                power += large
                index += 1
            } else if let small = chineseSmallUnit(s[index]), index + 1 < s.count, largeUnitPower(s[index + 1]) != nil {
                power += small == 10 ? 1 : small == 100 ? 2 : 3
                index += 1
            } else {
                break
            }
        }
        return (power, index)
    }
}
