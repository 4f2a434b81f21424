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
        case Scalar.零, Scalar.ideographicNumberZero, Scalar.whiteCircle: 0  // 零 〇 ○
        case Scalar.一, Scalar.壹: 1  // 一 壹
        case Scalar.二, Scalar.两, Scalar.贰: 2  // 二 两 贰
        case Scalar.三, Scalar.叁: 3  // 三 叁
        case Scalar.四, Scalar.肆: 4  // 四 肆
        case Scalar.五, Scalar.伍: 5  // 五 伍
        case Scalar.六, Scalar.陆: 6  // 六 陆
        case Scalar.七, Scalar.柒: 7  // 七 柒
        case Scalar.八, Scalar.捌: 8  // 八 捌
        case Scalar.九, Scalar.玖: 9  // 九 玖
        default: nil
        }
    }

    /// The value of 十 百 千 (拾 佰 仟), or nil.
    @inline(__always)
    static func chineseSmallUnit(_ scalar: UInt32) -> Int? {
        switch scalar {
        case Scalar.十, Scalar.拾: 10
        case Scalar.百, Scalar.佰: 100
        case Scalar.千, Scalar.仟: 1000
        default: nil
        }
    }

    /// The power of ten of 万 (4) and 亿 (8), or nil.
    @inline(__always)
    static func largeUnitPower(_ scalar: UInt32) -> Int? {
        scalar == Scalar.万 ? 4 : scalar == Scalar.亿 ? 8 : nil
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
        if index + 1 < s.count, s[index] == 0x2E {
            var resume = index + 1
            // 12.⏎5%: the digits resume after a line break.
            if !isASCIIDigit(s[resume]), let resumed = lineBreakInDecimal(s, start, index) { resume = resumed }
            if isASCIIDigit(s[resume]) {
                index = resume
                while index < s.count, isASCIIDigit(s[index]) {
                    digits.append(UInt8(s[index] - 0x30))
                    exponent -= 1
                    index += 1
                }
            }
        }
        guard digits.count <= ExactDecimal.maximumDigits,
            let value = ExactDecimal(digits: digits, exponent: exponent, negative: false)
        else { return nil }
        return (value, index)
    }

    /// Rule `line-break-in-number`: the digits resuming after a decimal point at `point` across a line
    /// break (and spaces around it), as PDF text breaks 12.⏎5%; nil when the number starts a line
    /// (a heading number such as 2.⏎) or no digit follows.
    static func lineBreakInDecimal(_ s: UnsafeBufferPointer<UInt32>, _ start: Int, _ point: Int) -> Int? {
        guard point >= 0, point < s.count, s[point] == 0x2E, start > 0, s[start - 1] != 0x0A, s[start - 1] != 0x20,
            s[start - 1] != Scalar.ideographicSpace
        else { return nil }
        var index = point + 1
        var sawBreak = false
        while index < s.count, index - point <= 3, s[index] == 0x0A || s[index] == 0x20 {
            sawBreak = sawBreak || s[index] == 0x0A
            index += 1
        }
        return sawBreak && index < s.count && isASCIIDigit(s[index]) ? index : nil
    }

    /// Rule `arabic-unit-chain`: Arabic integers used as the digits of the Chinese unit grammar
    /// (3万2千5百元 = 32500, 3千零50万元 = 30500000, 8千元 = 8000, 5万1千元 = 51000).
    ///
    /// A digit group must be followed by a unit (十 百 千 万 亿); a dangling last group (2万7) ends
    /// the chain before it. 千 that starts a unit word (千米, 千瓦, 千克) is that unit, not a multiplier.
    static func arabicChain(
        _ s: UnsafeBufferPointer<UInt32>, from start: Int
    ) -> (value: Int, end: Int, approximate: String?, hasLargeUnit: Bool)? {
        var approximate: String?
        var hasLargeUnit = false
        var index = start
        var total = 0
        var section = 0
        var pending: Int?
        var lastSmall = 10_000
        var lastLargePower = 99
        var validEnd = start
        var validValue = 0
        while index < s.count {
            let scalar = s[index]
            if isASCIIDigit(scalar) {
                guard pending == nil,
                    let group = chainGroup(
                        s, at: index, start: start, lastSmall: lastSmall, lastLargePower: lastLargePower)
                else { break }
                if group.isLast {
                    validEnd = group.end
                    validValue = total + section + group.value
                    break
                }
                pending = group.value
                index = group.end
                continue
            } else if chineseDigit(scalar) == 0, pending == nil, index > start {
                index += 1  // 3千零50万
                continue
            } else if let unit = chineseSmallUnit(scalar) {
                guard let digit = pending, digit < 10, unit < lastSmall, !UnitTable.startsUnitWord(s, at: index) else {
                    break
                }
                section += digit * unit
                pending = nil
                lastSmall = unit
            } else if let inner = Qualifiers.innerText(scalar), pending == nil, approximate == nil, index + 1 < s.count,
                largeUnitPower(s[index + 1]) != nil, section > 0
            {
                approximate = inner  // 1亿3千多万: 多 inside a group before its multiplier
                index += 1
                continue
            } else if let power = largeUnitPower(scalar) {
                let group = section + (pending ?? 0)
                guard group > 0, group < 10_000 || power == 8 else { break }
                hasLargeUnit = true
                if power == 4 {
                    guard lastLargePower > 4 else { break }
                    total += group * 10_000
                } else {
                    guard lastLargePower != 8, total + group < 100_000 else { break }
                    total = (total + group) * 100_000_000
                }
                section = 0
                pending = nil
                lastSmall = 10_000
                lastLargePower = power
            } else {
                break
            }
            index += 1
            validEnd = index
            validValue = total + section
        }
        guard validEnd > start, validValue > 0 else { return nil }
        // 多 was not inside the chain.
        if validEnd < s.count, Qualifiers.innerText(s[validEnd]) != nil { approximate = nil }
        return (validValue, validEnd, approximate, hasLargeUnit)
    }

    /// A group of Arabic digits in a unit chain at `index`: its value, where it ends, and whether it
    /// ends the chain; nil when the chain stops before it.
    ///
    /// A last group that fills the places below the unit before it (2百83, 5千300, 3万2000) ends the
    /// chain; a single digit there (2万7) could be an abbreviation and is left out.
    private static func chainGroup(
        _ s: UnsafeBufferPointer<UInt32>, at index: Int, start: Int, lastSmall: Int, lastLargePower: Int
    ) -> (value: Int, end: Int, isLast: Bool)? {
        guard index == start || !isASCIIDigit(s[index - 1]) else { return nil }
        var value = 0
        var position = index
        while position < s.count, isASCIIDigit(s[position]), position - index < 12 {
            value = value * 10 + Int(s[position] - 0x30)
            position += 1
        }
        guard position == s.count || (s[position] != 0x2E && s[position] != 0x2C && !isASCIIDigit(s[position]))
        else { return nil }
        let places =
            lastLargePower == 99 && lastSmall == 10_000
            ? 0 : lastSmall < 10_000 ? String(lastSmall).count - 1 : 4
        let isLast =
            places > 1 && position - index == places
            && (position == s.count || largeUnitPower(s[position]) == nil && chineseSmallUnit(s[position]) == nil)
        return (value, position, isLast)
    }

    /// Reads a Chinese numeral: positional digits (二〇二〇), or digits with units (一百零五,
    /// 两千三百, 十二万亿), with an optional decimal part (六点二).
    static func chinese(_ s: UnsafeBufferPointer<UInt32>, from start: Int) -> (value: ExactDecimal, end: Int)? {
        if let positional = positional(s, from: start) { return positional }
        var reader = UnitNumeral(s: s, start: start)
        reading: while reader.index < s.count {
            switch reader.step() {
            case .stop:
                break reading
            case .skipped:
                continue
            case .read:
                if reader.overflow || reader.total > 1_000_000_000_000_000 { return nil }
                reader.validEnd = reader.index
                reader.validValue = reader.total + reader.section + (reader.pending ?? 0)
            }
        }
        guard let value = reader.value else { return nil }
        return withFraction(s, ExactDecimal(value), reader.validEnd)
    }

    /// Positional digits (二〇二〇): two or more digits and no unit after them.
    ///
    /// Nil when the numeral is
    /// not positional; `.some(nil)` when it is no figure (too long to read, which keeps scanners linear).
    private static func positional(
        _ s: UnsafeBufferPointer<UInt32>, from start: Int
    ) -> (value: ExactDecimal, end: Int)?? {
        var index = start
        var positional: [UInt8] = []
        while index < s.count, let digit = chineseDigit(s[index]) {
            guard positional.count < ExactDecimal.maximumDigits else { return .some(nil) }
            positional.append(UInt8(digit))
            index += 1
        }
        guard positional.count >= 2,
            index == s.count || (chineseSmallUnit(s[index]) == nil && largeUnitPower(s[index]) == nil)
        else { return nil }
        guard let value = ExactDecimal(digits: positional, exponent: 0, negative: false) else { return .some(nil) }
        return .some(withFraction(s, value, index))
    }

    /// The state of reading a Chinese numeral with units: total (亿 and 万 groups) + section (below
    /// 万) + the pending digit, and how far it is valid.
    private struct UnitNumeral {
        let s: UnsafeBufferPointer<UInt32>
        let start: Int
        var index: Int
        var total = 0
        var section = 0
        var pending: Int?
        var lastSmall = 10_000
        var lastLargePower = 99
        var validEnd: Int
        var validValue = 0
        var overflow = false
        /// Rule `abbreviated-last-digit`: the unit a last digit follows directly (三万六 = 36000).
        var unitBeforePending: Int?
        var lastUnitRead: Int?

        init(s: UnsafeBufferPointer<UInt32>, start: Int) {
            self.s = s
            self.start = start
            index = start
            validEnd = start
        }

        /// What one character did: read, skipped (a zero), or stopped the numeral.
        enum Step {
            case read, skipped, stop
        }

        @inline(__always)
        mutating func step() -> Step {
            var scalar = s[index]
            // Rule `space-in-numeral`: 百分之六 十 (PDF text) reads as 六十: one space or line break
            // between a digit and the unit after it.
            if scalar == 0x20 || scalar == 0x0A, pending != nil, index + 1 < s.count,
                chineseSmallUnit(s[index + 1]) != nil
            {
                index += 1
                scalar = s[index]
            }
            if let digit = chineseDigit(scalar) { return readDigit(digit) }
            if let unit = chineseSmallUnit(scalar) { return readSmallUnit(unit) }
            if let power = largeUnitPower(scalar) { return readLargeUnit(power) }
            return .stop
        }

        @inline(__always)
        private mutating func readDigit(_ digit: Int) -> Step {
            guard pending == nil else { return .stop }
            if digit == 0 {
                index += 1
                if index == start + 1 { validEnd = index }  // a leading 零 is zero (零点八)
                return .skipped
            }
            pending = digit
            let followsZero =
                index > start && (s[index - 1] == Scalar.零 || s[index - 1] == Scalar.ideographicNumberZero)
            unitBeforePending = index > start && !followsZero ? lastUnitRead : nil
            index += 1
            return .read
        }

        @inline(__always)
        private mutating func readSmallUnit(_ unit: Int) -> Step {
            guard unit < lastSmall else { return .stop }
            var multiplier = pending
            // 十二 = 12; a leading 百 or 千 is one of itself (百项, 千亿元).
            if multiplier == nil, section == 0, unit == 10 || (index == start && total == 0) { multiplier = 1 }
            guard let multiplier else { return .stop }
            section += multiplier * unit
            pending = nil
            lastSmall = unit
            lastUnitRead = unit
            index += 1
            return .read
        }

        @inline(__always)
        private mutating func readLargeUnit(_ power: Int) -> Step {
            let group = section + (pending ?? 0)
            if power == 4 {
                guard group > 0, lastLargePower > 4 else { return .stop }
                let (scaled, overflowed) = group.multipliedReportingOverflow(by: 10_000)
                overflow = overflowed
                total += scaled
            } else {
                guard total + group > 0, lastLargePower != 8 else { return .stop }
                let (scaled, overflowed) = (total + group).multipliedReportingOverflow(by: 100_000_000)
                overflow = overflowed
                total = scaled
            }
            section = 0
            pending = nil
            lastSmall = 10_000
            lastLargePower = power
            lastUnitRead = power == 4 ? 10_000 : 100_000_000
            index += 1
            return .read
        }

        /// The value read, with an abbreviated last digit (三千七百八 = 3780, 六万二 = 62000); nil for none.
        var value: Int? {
            let first = s[start]
            guard validEnd > start, validValue > 0 || first == Scalar.零 || first == Scalar.ideographicNumberZero
            else { return nil }
            if let unit = unitBeforePending, unit >= 100, let digit = pending, validEnd == index,
                index >= s.count || (!isChineseNumeral(s[index]) && s[index] != Scalar.点)
            {
                return validValue + digit * (unit / 10) - digit
            }
            return validValue
        }
    }

    /// Adds a decimal part written 点 + digits (六点二) after an integer Chinese numeral.
    private static func withFraction(
        _ s: UnsafeBufferPointer<UInt32>, _ value: ExactDecimal, _ end: Int
    ) -> (value: ExactDecimal, end: Int) {
        guard end + 1 < s.count, s[end] == Scalar.点, chineseDigit(s[end + 1]) != nil,
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
        guard let result = ExactDecimal(digits: digits, exponent: exponent, negative: false) else {
            return (value, end)
        }
        return (result, index)
    }

    /// Reads a number in either script.
    static func number(_ s: UnsafeBufferPointer<UInt32>, from start: Int) -> (
        value: ExactDecimal, end: Int, arabic: Bool
    )? {
        guard start < s.count else { return nil }
        if isASCIIDigit(s[start]) {
            return arabic(s, from: start).map { ($0.value, $0.end, true) }
        }
        return chinese(s, from: start).map { ($0.value, $0.end, false) }
    }

    /// Reads multipliers after an Arabic number: 万, 亿, 万亿, and 十/百/千 before 万 or 亿 (3千万).
    ///
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
