/// Reads a value restated in another currency right after a fact: `…8263亿元，下降27.1%，折1162亿美元，
/// 下降28.8%` gives a second fact of the same indicator in US dollars (its change follows it).
///
/// Only a clause that opens with 折 (not 折合 or 约合 in brackets, which convert in passing and
/// make no fact) and a currency figure whose unit differs from the fact's restates it.
struct Restatement {
    let s: UnsafeBufferPointer<UInt32>

    /// The restated fact, made by `make` with the last fact's indicator, or nil.
    func restate(
        _ figure: FactExtractor.Figure, clause: Int, of last: FactExtractor.Found, make: () -> FactExtractor.Found
    ) -> FactExtractor.Found? {
        guard !figure.isPercentage, figure.isMoney, let lastUnit = last.unit, lastUnit != figure.unit,
            PairingWords.restate.contains(where: {
                figure.range.lowerBound - clause == $0.scalars.count && s.matches($0, at: clause)
            })
        else { return nil }
        return make()
    }
}
