/// Reads statistical tables laid out as text: a header row that names 指标 and 单位, then one
/// row per indicator with its unit, its value and (when the header has one) its growth column.
///
/// ```
/// 指标                单位   绝对数  比上年增长(%)
/// 地区生产总值        亿元  5,286.4            5.7
/// 　其中：稻谷        万吨     97.4            2.2
/// 固定资产投资        亿元        —            4.1
/// ```
///
/// A row's value takes its unit column (亿元 → ×10^8 CNY; % → a ratio; 上年=100 → an index
/// without unit); the growth column is a change in percent (in percentage points for a row in
/// %), with its sign as written. Dashes are missing values. A blank line ends the table.
struct TableReader {
    let s: UnsafeBufferPointer<UInt32>

    /// One row of a table: normalized offsets and what it says.
    struct Row {
        var label: Range<Int>
        var value: ExactDecimal?
        var unit: Fact.Unit?
        var change: Fact.Change?
        var range: Range<Int>
    }

    func rows() -> [Row] {
        var rows: [Row] = []
        var hasGrowth: Bool?  // nil outside a table
        var lineStart = 0
        while lineStart < s.count {
            var lineEnd = lineStart
            while lineEnd < s.count, s[lineEnd] != 0x0A { lineEnd += 1 }
            let line = lineStart..<lineEnd
            // Cells are read only in a table: a long line of prose costs one scan.
            if line.allSatisfy({ s[$0] == 0x20 || s[$0] == Scalar.ideographicSpace || s[$0] == 0x09 || s[$0] == 0x0D })
            {
                hasGrowth = nil
            } else if line.count <= 200, isHeader(line) {
                hasGrowth = s.containsAny(TableWords.growth, in: line)
            } else if let growth = hasGrowth, line.count <= 200, !isRule(line) {
                if let row = row(cells(in: line), hasGrowth: growth) { rows.append(row) }
            }
            lineStart = lineEnd + 1
        }
        return rows
    }

    /// A row from its cells: label, unit, value and maybe growth; nil when the line is not a row.
    private func row(_ cells: [Range<Int>], hasGrowth: Bool) -> Row? {
        guard cells.count >= 3, cells.count <= 4 else { return nil }
        var label = cells[0]
        // 其中：稻谷 — the part's own name.
        if let parts = s.matching(PairingWords.parts, at: label.lowerBound), label.count > parts.scalars.count + 1,
            FactExtractor.colons.contains(s[label.lowerBound + parts.scalars.count])
        {
            label = (label.lowerBound + parts.scalars.count + 1)..<label.upperBound
        }
        guard label.contains(where: { (Scalar.cjkUnifiedIdeograph3400..<Scalar.yiSyllableIt).contains(s[$0]) }),
            label.allSatisfy({
                (Scalar.cjkUnifiedIdeograph3400..<Scalar.yiSyllableIt).contains(s[$0]) || Numeral.isASCIIDigit(s[$0])
                    || (0x41...0x5A).contains(s[$0]) || s[$0] == Scalar.fullwidthLeftParenthesis
                    || s[$0] == Scalar.fullwidthRightParenthesis
            })
        else { return nil }
        let unitCell = cells[1]
        let (rawValue, valueValid) = number(in: cells[2])
        guard valueValid else { return nil }
        var change: Fact.Change?
        let isRatio =
            unitCell.count == 1
            && (s[unitCell.lowerBound] == 0x25 || s[unitCell.lowerBound] == Scalar.fullwidthPercentSign)
        if cells.count == 4, hasGrowth {
            let (growth, growthValid) = number(in: cells[3])
            guard growthValid else { return nil }
            change = growth.map {
                Fact.Change(direction: .increase, value: $0, unit: isRatio ? .percentagePoint : .percent)
            }
        }
        var value = rawValue
        var unit: Fact.Unit?
        if isRatio {
            unit = .ratio(.percent)
        } else if let measured = self.unit(unitCell) {
            value = rawValue.flatMap { $0.scaled(byPowerOfTen: measured.power) }
            unit = .measure(measured.unit)
        }
        return Row(
            label: label, value: value, unit: unit, change: change,
            range: cells[0].lowerBound..<cells[cells.count - 1].upperBound)
    }

    /// The unit a unit cell names, with the power of ten its multiplier adds (万吨 → t, 4).
    private func unit(_ cell: Range<Int>) -> (unit: MeasureUnit, power: Int)? {
        if let match = UnitTable.match(s, from: cell.lowerBound), match.end == cell.upperBound {
            return (match.entry.unit, match.entry.power)
        }
        for (word, power) in TableWords.multipliers where s.matches(word, at: cell.lowerBound) {
            if let match = UnitTable.match(s, from: cell.lowerBound + word.scalars.count), match.end == cell.upperBound
            {
                return (match.entry.unit, match.entry.power + power)
            }
        }
        return nil
    }

    /// A signed decimal with thousands separators, or nil for a dash; `valid` is false for
    /// anything else.
    private func number(in cell: Range<Int>) -> (ExactDecimal?, valid: Bool) {
        var cell = cell
        // [-0.1]: a change in brackets (tables mark percentage points so).
        if cell.count > 2, s[cell.lowerBound] == 0x5B, s[cell.upperBound - 1] == 0x5D {
            cell = (cell.lowerBound + 1)..<(cell.upperBound - 1)
        }
        if cell.allSatisfy({
            [Scalar.emDash, Scalar.enDash, 0x2D, Scalar.minusSign, Scalar.fullwidthHyphenMinus].contains(s[$0])
        }) {
            return (nil, true)
        }
        var text = ""
        for index in cell {
            let scalar = s[index]
            if scalar == 0x2C { continue }
            guard
                Numeral.isASCIIDigit(scalar) || scalar == 0x2E
                    || (scalar == 0x2D || scalar == Scalar.minusSign) && index == cell.lowerBound
            else {
                return (nil, false)
            }
            text.unicodeScalars.append(Unicode.Scalar(scalar == Scalar.minusSign ? 0x2D : scalar)!)
        }
        guard let value = ExactDecimal(text) else { return (nil, false) }
        return (value, true)
    }

    /// The cells of a line: runs of text between runs of two or more spaces (or a full-width one).
    private func cells(in line: Range<Int>) -> [Range<Int>] {
        var cells: [Range<Int>] = []
        var index = line.lowerBound
        while index < line.upperBound {
            while index < line.upperBound, s[index] == 0x20 || s[index] == Scalar.ideographicSpace || s[index] == 0x09 {
                index += 1
            }
            guard index < line.upperBound else { break }
            let start = index
            while index < line.upperBound {
                let scalar = s[index]
                if scalar == Scalar.ideographicSpace || scalar == 0x09 { break }
                if scalar == 0x20, index + 1 < line.upperBound,
                    s[index + 1] == 0x20 || s[index + 1] == Scalar.ideographicSpace
                {
                    break
                }
                if scalar == 0x20, index + 1 == line.upperBound { break }
                index += 1
            }
            cells.append(start..<index)
        }
        return cells
    }

    private func isHeader(_ line: Range<Int>) -> Bool {
        TableWords.header.allSatisfy { s.contains($0, in: line) }
    }

    /// A rule of dashes or box-drawing characters.
    private func isRule(_ line: Range<Int>) -> Bool {
        line.allSatisfy {
            [
                0x2D, Scalar.emDash, Scalar.boxDrawingsLightHorizontal, Scalar.boxDrawingsHeavyHorizontal, 0x3D, 0x20,
                Scalar.ideographicSpace,
            ].contains(s[$0])
        }
    }
}
