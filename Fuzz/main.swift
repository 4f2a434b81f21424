// libFuzzer entry point: decode → normalize → tokenize → extract (figures, entities, terms) on arbitrary bytes.
// Build and run with Fuzz/run.sh (see README: `swift build` alone cannot link a fuzzer).
import ZhText

let analyzer = DocumentAnalyzer()
let extractor = analyzer.figures
let simplified = Normalizer(traditionalToSimplified: true)
let icu = Tokenizer(mode: .icu)

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    guard let decoded = try? TextDecoder().decode(bytes, source: "fuzz") else { return 0 }
    let text = decoded.text
    // Tokens tile the text in both modes.
    for tokenizer in [extractor.tokenizer, icu] {
        var end = 0
        tokenizer.enumerateTokens(in: text) { token in
            precondition(token.utf8Offsets.lowerBound == end && !token.utf8Offsets.isEmpty, "tokens do not tile")
            end = token.utf8Offsets.upperBound
        }
        precondition(end == text.utf8.count, "tokens do not cover the text")
    }
    // Normalized spans map back inside the original.
    let normalized = simplified.normalize(text)
    let count = text.unicodeScalars.count
    for start in stride(from: 0, to: normalized.scalarCount, by: 7) {
        let range = normalized.originalScalarRange(of: start..<min(start + 3, normalized.scalarCount))
        precondition(range.lowerBound >= 0 && range.upperBound <= count && range.lowerBound <= range.upperBound)
    }
    // Every figure's text is the original at its offsets, and values are plain decimals.
    let figures = extractor.figures(in: text)
    let scalars = Array(text.unicodeScalars)
    for quantity in figures.quantities {
        precondition(String(String.UnicodeScalarView(scalars[quantity.scalarOffsets])) == quantity.text)
        if let value = quantity.value { precondition(ExactDecimal(value.description) == value) }
    }
    for percentage in figures.percentages {
        precondition(String(String.UnicodeScalarView(scalars[percentage.scalarOffsets])) == percentage.text)
    }
    for date in figures.dates {
        precondition(String(String.UnicodeScalarView(scalars[date.scalarOffsets])) == date.text)
    }
    // The whole analysis (entities and terms too) points into the text as well.
    let analysis = analyzer.analyze(text)
    precondition(analysis.quantities == figures.quantities && analysis.dates == figures.dates)
    for entity in analysis.entities {
        precondition(String(String.UnicodeScalarView(scalars[entity.scalarOffsets])) == entity.text && !entity.text.isEmpty)
    }
    for term in analysis.terms {
        precondition(String(String.UnicodeScalarView(scalars[term.scalarOffsets])) == term.text)
    }
    return 0
}
