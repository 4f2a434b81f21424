public import Foundation

extension ExactDecimal {
    /// The value as Foundation's `Decimal`, exactly; nil when it has more significant digits than
    /// `Decimal` holds (38).
    ///
    /// `Decimal` is exact for these values, unlike `Double`: `ExactDecimal("512.6")!.decimal`
    /// is 512.6 to the last digit.
    public var decimal: Decimal? {
        let significant = description.filter(\.isNumber).drop { $0 == "0" }
        guard significant.count <= 38 else { return nil }
        return Decimal(string: description, locale: Locale(identifier: "en_US_POSIX"))
    }

    /// The value of a `Decimal`, or nil for NaN or a value out of `ExactDecimal`'s range.
    public init?(_ decimal: Decimal) {
        guard !decimal.isNaN else { return nil }
        var value = decimal
        var text = NSDecimalString(&value, Locale(identifier: "en_US_POSIX"))
        if text.hasPrefix(".") { text = "0" + text }
        if text.hasPrefix("-.") { text = "-0" + text.dropFirst() }
        self.init(text)
    }
}
