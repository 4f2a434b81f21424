/// Everything ZhText extracts from one document.
public struct DocumentAnalysis: Sendable, Hashable {
    /// Numbers with a unit or measure word, and bare cardinals, in text order.
    public var quantities: [Quantity]
    /// Percentages, permille and percentage points, with the change they describe.
    public var percentages: [Percentage]
    /// Dates, periods and relative year words, resolved where the text allows.
    public var dates: [DateMention]
    /// Policy terms and slogans quoted in “…”, 「…」 or 『…』.
    public var terms: [Term]
    /// Names of people, places and organisations.
    public var entities: [Entity]
    /// Indicators paired with their values, changes, periods and statuses.
    public var facts: [Fact]
    /// The document's frame: title, dateline, region, kind, the year it reports on, its sections.
    public var document: DocumentFrame = DocumentFrame()
}

/// Analyses whole documents: figures (quantities, percentages, dates), named entities, quoted
/// policy terms, and indicator facts pairing them.
///
/// Build one and share it: it is immutable and `Sendable`, and each call keeps its own state.
///
/// ```swift
/// let analysis = DocumentAnalyzer().analyze(text)
/// analysis.quantities.first?.value   // 51260000000
/// analysis.terms.map(\.text)          // ["放管服"]
/// ```
public struct DocumentAnalyzer: Sendable {
    /// The figure grammars (and the normalizer and tokenizer the whole analysis shares).
    public let figures: FigureExtractor
    /// The quoted-term reader.
    public let terms: TermExtractor
    /// The entity recognizer, or nil to leave entities out (the analysis is then that much faster, and a fact's
    /// subject is then never a place only the entity rules know: 泸州经济总量 keeps 泸州 in its indicator).
    public let entities: EntityRecognizer?

    /// An analyzer from its parts; the defaults are what `zhtext extract` uses.
    public init(
        figures: FigureExtractor = FigureExtractor(), terms: TermExtractor = TermExtractor(),
        entities: EntityRecognizer? = EntityRecognizer()
    ) {
        self.figures = figures
        self.terms = terms
        self.entities = entities
    }

    /// Analyses `text`; every range and offset is in `text`.
    ///
    /// The text is normalized, simplified in place (a Traditional text is read in its Simplified
    /// characters, offset for offset) and tokenized once, with the figure extractor's normalizer
    /// and tokenizer; the figure grammars, the entity rules and the fact rules read that one text,
    /// and every text reported is read from the original (a Traditional name reads as written).
    public func analyze(_ text: String) -> DocumentAnalysis {
        // Terms first: their scan of the original text is done (and its buffers freed) before the
        // normalized text and its maps exist, so a large document does not hold both at once.
        let quoted = terms.terms(in: text)
        let normalized = figures.normalizer.normalize(text).simplifiedTraditional()
        let read = normalized.scalarValues.withUnsafeBufferPointer { s in scan(normalized, s) }
        let mapper = OffsetMapper(normalized)
        let found = figures.figures(read.figures, read.dates, mapper)
        var analysis = DocumentAnalysis(
            quantities: found.quantities, percentages: found.percentages, dates: found.dates, terms: quoted,
            entities: read.names.flatMap { names in entities?.entities(names, mapper) } ?? [],
            facts: read.facts.map { Self.fact($0, mapper) })
        analysis.document = Self.frame(read.frame, mapper)
        return analysis
    }

    /// What one pass over the scalars `s` finds, in normalized offsets.
    private struct Reading {
        let figures: FigureScanner
        let dates: DateScanner
        let names: [EntityRules.Candidate]?
        let facts: [FactExtractor.Found]
        let frame: FrameReader.Frame
    }

    /// Tokenizes the text once: the tokens feed both the figure grammars and the entity rules.
    private func scan(_ normalized: NormalizedText, _ s: UnsafeBufferPointer<UInt32>) -> Reading {
        var session = entities.map { EntityRecognizer.Session(recognizer: $0) }
        let (figureScanner, dateScanner) = figures.scan(normalized, s) { session?.consume($0, s) }
        let frame = FrameReader(s: s, dates: dateScanner.dates).read()
        let names = session?.finish(s)
        // The places found, for the facts whose indicator opens with one (泸州经济总量: a subject).
        let places = names?.filter { $0.kind == .location }.map(\.range) ?? []
        return Reading(
            figures: figureScanner, dates: dateScanner, names: names,
            facts: Self.facts(s, figureScanner, dateScanner, frame, places), frame: frame)
    }

    /// A fact found, with its evidence and indicator read from the original text.
    private static func fact(_ fact: FactExtractor.Found, _ mapper: OffsetMapper) -> Fact {
        let (evidence, range, offsets) = mapper.original(fact.range)
        // The indicator as written: its pieces read from the original text.
        let indicator = fact.indicator.map { piece in
            switch piece {
            case .text(let range): mapper.original(range).0
            case .literal(let text): text
            }
        }.joined()
        var made = Fact(
            indicator: indicator, value: fact.value, unit: fact.unit,
            change: fact.change, period: fact.period, status: fact.status, text: evidence, range: range,
            scalarOffsets: offsets)
        made.baseline = fact.baseline
        made.subject = fact.subject
        return made
    }

    /// The document's frame, its sections' headings and ranges read from the original text.
    private static func frame(_ frame: FrameReader.Frame, _ mapper: OffsetMapper) -> DocumentFrame {
        DocumentFrame(
            title: frame.title, region: frame.region, date: frame.date, kind: frame.kind, year: frame.year,
            sections: frame.sections.map { section in
                let (_, range, offsets) = mapper.original(section.range)
                return DocumentFrame.Section(
                    heading: mapper.original(section.heading).0, role: section.role, period: section.period,
                    range: range, scalarOffsets: offsets)
            })
    }

    /// The facts of the text `s`, pairing the figures found in it.
    private static func facts(
        _ s: UnsafeBufferPointer<UInt32>, _ figureScanner: FigureScanner, _ dateScanner: DateScanner,
        _ frame: FrameReader.Frame, _ places: [Range<Int>]
    ) -> [FactExtractor.Found] {
        var extractor = FactExtractor(
            s: s, reportingYear: dateScanner.reportingYear, datelineYear: dateScanner.datelineYear, frame: frame,
            places: places)
        return extractor.facts(
            figures: pairable(figureScanner), dates: dateScanner.dates, yearOfText: { dateScanner.yearOfText(at: $0) })
    }

    /// The figures facts pair, in text order (normalized offsets): not a fraction, which a fact
    /// cannot hold exactly (the guidelines: a change given only as a fraction makes no fact).
    private static func pairable(_ scanner: FigureScanner) -> [FactExtractor.Figure] {
        let quantities = scanner.quantities.filter { $0.value != nil }.map { item in
            FactExtractor.Figure(
                range: item.scalarOffsets, value: item.value, unit: item.unit.map(Fact.Unit.measure), change: nil,
                isPercentage: false, approximate: item.approximate)
        }
        let percentages = scanner.percentages.filter { $0.unit != .fraction }.map { item in
            FactExtractor.Figure(
                range: item.scalarOffsets, value: item.value, unit: .ratio(item.unit), change: item.change,
                isPercentage: true, approximate: item.approximate, low: item.low, high: item.high)
        }
        return (quantities + percentages).sorted { $0.range.lowerBound < $1.range.lowerBound }
    }
}
