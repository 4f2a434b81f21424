// The standard mode's single pass over UTF-8 bytes. This is the hot path: it reads bytes through
// unsafe pointers, looks character classes up in a table, and allocates nothing per token.

/// Decodes the scalar at `index` of valid UTF-8 and returns it with its length in bytes.
@inline(__always)
func decodeScalar(_ bytes: UnsafePointer<UInt8>, _ index: Int) -> (scalar: UInt32, length: Int) {
    let b0 = UInt32(bytes[index])
    if b0 < 0x80 { return (b0, 1) }
    if b0 < 0xE0 { return ((b0 & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F), 2) }
    if b0 < 0xF0 {
        return ((b0 & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F), 3)
    }
    return (
        (b0 & 0x07) << 18 | UInt32(bytes[index + 1] & 0x3F) << 12 | UInt32(bytes[index + 2] & 0x3F) << 6
            | UInt32(bytes[index + 3] & 0x3F), 4
    )
}

/// Chinese numeral characters: digits, 两, 〇/○/零, units up to 亿, and financial forms.
@inline(__always)
func isChineseNumeral(_ scalar: UInt32) -> Bool {
    switch scalar {
    case Scalar.ideographicNumberZero, Scalar.whiteCircle, Scalar.零,
        Scalar.一, Scalar.二, Scalar.三, Scalar.四, Scalar.五, Scalar.六, Scalar.七, Scalar.八, Scalar.九,
        Scalar.十, Scalar.百, Scalar.千, Scalar.万, Scalar.亿, Scalar.两,
        Scalar.壹, Scalar.贰, Scalar.叁, Scalar.肆, Scalar.伍, Scalar.陆, Scalar.柒, Scalar.捌, Scalar.玖,
        Scalar.拾, Scalar.佰, Scalar.仟:
        return true
    default:
        return false
    }
}

/// Chinese digits that can be followed by ○ used as a zero (二○○一).
@inline(__always)
private func isChineseDigit(_ scalar: UInt32) -> Bool {
    switch scalar {
    case Scalar.ideographicNumberZero, Scalar.whiteCircle, Scalar.零,
        Scalar.一, Scalar.二, Scalar.三, Scalar.四, Scalar.五, Scalar.六, Scalar.七, Scalar.八, Scalar.九:
        true
    default: false
    }
}

/// 年, 月, 日: kept with the number before them.
@inline(__always)
private func isDateSuffix(_ scalar: UInt32) -> Bool {
    scalar == Scalar.年 || scalar == Scalar.月 || scalar == Scalar.日
}

/// 万 and 亿, multipliers kept with Arabic numbers (3.5万, 126.06万亿).
@inline(__always)
private func isLargeMultiplier(_ scalar: UInt32) -> Bool {
    scalar == Scalar.万 || scalar == Scalar.亿
}

/// 十, 百, 千: multipliers kept with Arabic numbers only before 万 or 亿 (3千万), since 千克 and 千瓦 are units.
@inline(__always)
private func isSmallMultiplier(_ scalar: UInt32) -> Bool {
    scalar == Scalar.十 || scalar == Scalar.百 || scalar == Scalar.千
}

extension Tokenizer {
    /// Cursor state shared by the run scanners.
    struct Cursor {
        let bytes: UnsafePointer<UInt8>
        let count: Int
        let classes: UnsafePointer<UInt8>

        @inline(__always)
        func characterClass(_ scalar: UInt32) -> CharacterClass {
            scalar < Scalar.pastBMP ? CharacterClass(rawValue: classes[Int(scalar)])! : CharacterClass.of(scalar)
        }

        /// The scalar at `index`, or (0, 0) at the end.
        @inline(__always)
        func peek(_ index: Int) -> (scalar: UInt32, length: Int) {
            index < count ? decodeScalar(bytes, index) : (0, 0)
        }
    }

    func scan(_ buffer: UnsafeBufferPointer<UInt8>, scratch: Scratch, emit: (Token) -> Void) {
        CharacterClass.table.withUnsafeBufferPointer { table in
            let cursor = Cursor(bytes: buffer.baseAddress!, count: buffer.count, classes: table.baseAddress!)
            var index = 0
            var scalarIndex = 0
            while index < cursor.count {
                let (scalar, length) = decodeScalar(cursor.bytes, index)
                let start = index
                let scalarStart = scalarIndex
                var kind = TokenKind.symbol
                switch cursor.characterClass(scalar) {
                case .han:
                    scanHan(cursor, from: &index, scalarIndex: &scalarIndex, scratch: scratch, emit: emit)
                    continue
                case .otherLetter:
                    scanOtherScript(cursor, from: &index, scalarIndex: &scalarIndex, scratch: scratch, emit: emit)
                    continue
                case .digit:
                    kind = scanNumber(cursor, from: &index, scalarIndex: &scalarIndex)
                case .latin:
                    scanLatin(cursor, from: &index, scalarIndex: &scalarIndex)
                    kind = .latin
                case .whitespace:
                    index += length
                    scalarIndex += 1
                    while index < cursor.count {
                        let (next, nextLength) = decodeScalar(cursor.bytes, index)
                        guard cursor.characterClass(next) == .whitespace else { break }
                        index += nextLength
                        scalarIndex += 1
                    }
                    kind = .whitespace
                case .punctuation:
                    index += length
                    scalarIndex += 1
                    // —— ……  ── ... --: a repeated dash, ellipsis or dot is one token.
                    if scalar == Scalar.emDash || scalar == Scalar.horizontalEllipsis
                        || scalar == Scalar.boxDrawingsLightHorizontal || scalar == 0x2E || scalar == 0x2D
                    {
                        while index < cursor.count, decodeScalar(cursor.bytes, index).scalar == scalar {
                            index += length
                            scalarIndex += 1
                        }
                    }
                    kind = .punctuation
                case .symbol, .mark:
                    index += length
                    scalarIndex += 1
                    kind = .symbol
                }
                emit(
                    Token(
                        kind: kind, utf8Start: start, utf8End: index, scalarStart: scalarStart, scalarEnd: scalarIndex))
            }
        }
    }

    // MARK: Numbers and Latin runs

    /// Scans a number starting with a digit; returns `.latin` when letters follow (5G, 3D).
    @inline(__always)
    private func scanNumber(_ cursor: Cursor, from index: inout Int, scalarIndex: inout Int) -> TokenKind {
        var digits = 0
        func consumeDigits() -> Int {
            var count = 0
            while index < cursor.count {
                let (next, length) = decodeScalar(cursor.bytes, index)
                guard cursor.characterClass(next) == .digit else { break }
                index += length
                scalarIndex += 1
                count += 1
            }
            return count
        }
        digits = consumeDigits()
        // Thousands separators: a comma followed by exactly three digits.
        while true {
            let (comma, commaLength) = cursor.peek(index)
            guard comma == 0x2C || comma == Scalar.fullwidthComma else { break }
            var probe = index + commaLength
            var groupDigits = 0
            while groupDigits < 4, probe < cursor.count {
                let (next, length) = decodeScalar(cursor.bytes, probe)
                guard cursor.characterClass(next) == .digit else { break }
                probe += length
                groupDigits += 1
            }
            guard groupDigits == 3 else { break }
            index = probe
            scalarIndex += 4
            digits += 3
        }
        var isInteger = true
        let (point, pointLength) = cursor.peek(index)
        if point == 0x2E || point == Scalar.fullwidthFullStop {
            let (after, _) = cursor.peek(index + pointLength)
            if after != 0, cursor.characterClass(after) == .digit {
                index += pointLength
                scalarIndex += 1
                _ = consumeDigits()
                isInteger = false
            }
        }
        let (next, nextLength) = cursor.peek(index)
        if next != 0, cursor.characterClass(next) == .latin {
            scanLatin(cursor, from: &index, scalarIndex: &scalarIndex)
            return .latin
        }
        // Multipliers: 万 亿, and 十 百 千 before them (3千万, 1万亿).
        var hasMultiplier = false
        while true {
            let (multiplier, length) = cursor.peek(index)
            if isLargeMultiplier(multiplier) {
                index += length
                scalarIndex += 1
                hasMultiplier = true
            } else if isSmallMultiplier(multiplier), isLargeMultiplier(cursor.peek(index + length).scalar) {
                index += length
                scalarIndex += 1
            } else {
                break
            }
        }
        if next == 0x25 || next == Scalar.fullwidthPercentSign || next == Scalar.perMilleSign {  // % ％ ‰
            if !hasMultiplier {
                index += nextLength
                scalarIndex += 1
            }
        } else if isInteger, !hasMultiplier, isDateSuffix(next), next == Scalar.年 || digits <= 2 {
            index += nextLength
            scalarIndex += 1
        }
        return .number
    }

    /// Scans a Latin run: letters, digits, marks, and inner connectors (COVID-19, PM2.5, R&D).
    @inline(__always)
    private func scanLatin(_ cursor: Cursor, from index: inout Int, scalarIndex: inout Int) {
        while index < cursor.count {
            let (next, length) = decodeScalar(cursor.bytes, index)
            switch cursor.characterClass(next) {
            case .latin, .digit, .mark:
                index += length
                scalarIndex += 1
                continue
            default:
                break
            }
            // A connector joins only when a letter or digit follows it.
            guard next == 0x2D || next == 0x2E || next == 0x26 || next == 0x27 || next == 0x5F else { return }
            let (after, _) = cursor.peek(index + length)
            guard after != 0 else { return }
            let afterClass = cursor.characterClass(after)
            guard afterClass == .latin || afterClass == .digit else { return }
            index += length
            scalarIndex += 1
        }
    }

    // MARK: Other scripts

    /// Segments a run of letters of other scripts (kana, hangul, Thai…) with ICU's break iterator.
    private func scanOtherScript(
        _ cursor: Cursor, from index: inout Int, scalarIndex: inout Int, scratch: Scratch, emit: (Token) -> Void
    ) {
        let start = index
        while index < cursor.count {
            let (next, length) = decodeScalar(cursor.bytes, index)
            let nextClass = cursor.characterClass(next)
            guard nextClass == .otherLetter || nextClass == .mark else { break }
            index += length
        }
        if scratch.breaker == nil { scratch.breaker = try? ICU.WordBreaker(locale: "") }
        var boundaries: [Int] = []
        if let breaker = scratch.breaker, (try? breaker.setText(cursor.bytes + start, count: index - start)) != nil {
            while let boundary = breaker.next() { boundaries.append(start + boundary) }
        }
        if boundaries.last != index { boundaries.append(index) }
        var previous = start
        for boundary in boundaries where boundary > previous {
            let scalarStart = scalarIndex
            for offset in previous..<boundary where cursor.bytes[offset] & 0xC0 != 0x80 { scalarIndex += 1 }
            emit(
                Token(
                    kind: .word, utf8Start: previous, utf8End: boundary, scalarStart: scalarStart,
                    scalarEnd: scalarIndex))
            previous = boundary
        }
    }

    // MARK: Han runs

    /// Collects a run of Han characters and segments it with the lexicon.
    private func scanHan(
        _ cursor: Cursor, from index: inout Int, scalarIndex: inout Int, scratch: Scratch, emit: (Token) -> Void
    ) {
        let scalars = scratch.scalars
        let offsets = scratch.offsets
        var count = 0
        while index < cursor.count, count < Scratch.maximumRun {
            let (next, length) = decodeScalar(cursor.bytes, index)
            if cursor.characterClass(next) != .han {
                // ○ (a circle) stands for zero after a Chinese digit: 二○○一年.
                guard next == Scalar.whiteCircle, count > 0, isChineseDigit(scalars[count - 1]) else { break }
            }
            scalars[count] = next
            offsets[count] = index
            count += 1
            index += length
        }
        offsets[count] = index
        segmentHan(count: count, scratch: scratch)
        var position = 0
        let next = scratch.next
        while position < count {
            let end = Int(next[position])
            emit(
                Token(
                    kind: hanKind(scalars, position, end),
                    utf8Start: offsets[position], utf8End: offsets[end],
                    scalarStart: scalarIndex + position, scalarEnd: scalarIndex + end))
            position = end
        }
        scalarIndex += count
    }

    /// Fills `scratch.next` with the best path through the run (the highest product of word
    /// probabilities; ties go to the longer word, as in jieba).
    @inline(__always)
    private func segmentHan(count: Int, scratch: Scratch) {
        let scalars = scratch.scalars
        let route = scratch.route
        let next = scratch.next
        route[count] = 0
        var position = count - 1
        while position >= 0 {
            let first = scalars[position]
            var best = unknownLogProb + route[position + 1]
            var bestEnd = position + 1
            if let base {
                walk(base, from: position, count: count, scalars: scalars, route: route, best: &best, bestEnd: &bestEnd)
            }
            if let overlay {
                walk(
                    overlay, from: position, count: count, scalars: scalars, route: route, best: &best,
                    bestEnd: &bestEnd)
            }
            if isChineseNumeral(first) {
                let end = numeralRunEnd(scalars, from: position, count: count)
                if end - position >= 2 {
                    let score = numeralLogProb + route[end]
                    if score >= best { best = score; bestEnd = end }
                    if end < count, isDateSuffix(scalars[end]) {
                        let withSuffix = numeralLogProb + route[end + 1]
                        if withSuffix >= best { best = withSuffix; bestEnd = end + 1 }
                    }
                }
            }
            route[position] = best
            next[position] = Int32(truncatingIfNeeded: bestEnd)
            position -= 1
        }
    }

    /// The end of the Chinese numeral run starting at `position`, with its decimal point (六点二)
    /// and fraction (三分之一, 百分之六) written in characters.
    @inline(__always)
    private func numeralRunEnd(_ scalars: UnsafeMutablePointer<UInt32>, from position: Int, count: Int) -> Int {
        var end = position + 1
        while end < count {
            let scalar = scalars[end]
            if isChineseNumeral(scalar) {
                end += 1
            } else if scalar == Scalar.点, end + 1 < count, isChineseDigit(scalars[end + 1]) {  // 点
                end += 2
            } else if scalar == Scalar.分, end + 2 < count, scalars[end + 1] == Scalar.之,
                isChineseNumeral(scalars[end + 2])
            {  // 分之
                end += 3
            } else {
                break
            }
        }
        return end
    }

    /// Offers every word of `trie` that starts at `position` as a candidate.
    @inline(__always)
    private func walk(
        _ trie: FlatTrie, from position: Int, count: Int, scalars: UnsafeMutablePointer<UInt32>,
        route: UnsafeMutablePointer<Double>, best: inout Double, bestEnd: inout Int
    ) {
        var node = trie.child(0, scalars[position])
        var end = position + 1
        while node != 0 {
            let logProb = trie.logProb[Int(node)]
            if logProb <= 0 {
                let score = Double(logProb) + route[end]
                if score >= best {
                    best = score
                    bestEnd = end
                }
            }
            if end == count { break }
            node = trie.child(node, scalars[end])
            end += 1
        }
    }

    /// A Han token is a number when it is made of Chinese numerals (with 年/月/日 after them) and
    /// the lexicon does not know it as another kind of word (十四五 is a plan, 万一 a conjunction).
    @inline(__always)
    private func hanKind(_ scalars: UnsafeMutablePointer<UInt32>, _ start: Int, _ end: Int) -> TokenKind {
        guard isChineseNumeral(scalars[start]) else { return .word }
        var last = end
        if end - start >= 2, isDateSuffix(scalars[end - 1]) { last = end - 1 }
        if numeralRunEnd(scalars, from: start, count: last) != last { return .word }
        if end - start == 1 { return scalars[start] == Scalar.whiteCircle ? .symbol : .number }
        for (trie, numeralTags) in [(overlay, overlayNumeralTags), (base, baseNumeralTags)] {
            guard let trie else { continue }
            var node: UInt32 = 0
            for position in start..<end {
                node = trie.child(node, scalars[position])
                if node == 0 { break }
            }
            if node != 0, trie.isWord(node) {
                return numeralTags[Int(trie.tag[Int(node)])] ? .number : .word
            }
        }
        return .number
    }
}
