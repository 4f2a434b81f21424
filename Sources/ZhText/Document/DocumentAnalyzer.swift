/// Everything ZhText extracts from one document.
public struct DocumentAnalysis: Sendable, Hashable {
    public var quantities: [Quantity]
    public var percentages: [Percentage]
    public var dates: [DateMention]
    public var terms: [Term]
    public var entities: [Entity]
}

/// Analyses whole documents: figures (quantities, percentages, dates), named entities and quoted
/// policy terms.
///
/// Build one and share it: it is immutable and `Sendable`, and each call keeps its own state.
///
/// ```swift
/// let analysis = DocumentAnalyzer().analyze(text)
/// analysis.quantities.first?.value   // 51260000000
/// analysis.terms.map(\.text)          // ["放管服"]
/// ```
public struct DocumentAnalyzer: Sendable {
    public let figures: FigureExtractor
    public let terms: TermExtractor
    public let entities: EntityRecognizer

    public init(
        figures: FigureExtractor = FigureExtractor(), terms: TermExtractor = TermExtractor(),
        entities: EntityRecognizer = EntityRecognizer()
    ) {
        self.figures = figures
        self.terms = terms
        self.entities = entities
    }

    /// Analyses `text`; every range and offset is in `text`.
    ///
    /// The text is normalized and tokenized once, with the figure extractor's normalizer and
    /// tokenizer; the entity recognizer reads the same tokens.
    public func analyze(_ text: String) -> DocumentAnalysis {
        let normalized = figures.normalizer.normalize(text)
        let scalars = FigureExtractor.fold(normalized)
        // One tokenization feeds both the figure grammars and the entity rules.
        let (figureScanner, dateScanner, names) = scalars.withUnsafeBufferPointer { s in
            var session = EntityRecognizer.Session(recognizer: entities)
            let (figureScanner, dateScanner) = figures.scan(normalized, s) { session.consume($0, s) }
            return (figureScanner, dateScanner, session.finish(s))
        }
        let mapper = OffsetMapper(normalized)
        let found = figures.figures(figureScanner, dateScanner, mapper)
        return DocumentAnalysis(
            quantities: found.quantities, percentages: found.percentages, dates: found.dates,
            terms: terms.terms(in: text), entities: entities.entities(names, mapper))
    }
}
