/// The results encode as the records' objects: the same field names, decimals as exact decimal
/// strings, offsets as `start`/`end` in Unicode scalars, and `null` for absent values.
///
/// They are `Encodable` and not `Decodable`: an item's `range` indexes the text it was found in,
/// which a record does not carry.
extension DocumentAnalysis: Encodable {
    enum CodingKeys: String, CodingKey {
        case quantities, percentages, dates, entities, terms, facts, document
    }

    /// Encodes the six lists of the record and the document's frame.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(quantities, forKey: .quantities)
        try container.encode(percentages, forKey: .percentages)
        try container.encode(dates, forKey: .dates)
        try container.encode(entities, forKey: .entities)
        try container.encode(terms, forKey: .terms)
        try container.encode(facts, forKey: .facts)
        try container.encode(document, forKey: .document)
    }
}

extension DocumentFrame: Encodable {
    enum CodingKeys: String, CodingKey {
        case title, region, date, kind, year, sections
    }

    /// Encodes the record's `document` object.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeValueOrNull(title, forKey: .title)
        try container.encodeValueOrNull(region, forKey: .region)
        try container.encodeValueOrNull(date, forKey: .date)
        try container.encodeValueOrNull(kind, forKey: .kind)
        try container.encodeValueOrNull(year, forKey: .year)
        try container.encode(sections, forKey: .sections)
    }
}

extension DocumentFrame.Section: Encodable {
    enum CodingKeys: String, CodingKey {
        case heading, role, period, start, end
    }

    /// Encodes the record's object for a section.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(heading, forKey: .heading)
        try container.encode(role, forKey: .role)
        try container.encodeValueOrNull(period, forKey: .period)
        try container.encode(scalarOffsets.lowerBound, forKey: .start)
        try container.encode(scalarOffsets.upperBound, forKey: .end)
    }
}

extension Fact.Baseline: Encodable {
    /// Encodes the record's `baseline` object.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: RecordKey.self)
        try container.encode(value, forKey: .value)
        try container.encodeOrNull(unit?.rawValue, forKey: .unit)
        try container.encodeOrNull(period, forKey: .period)
    }
}

extension ExactDecimal: Encodable {
    /// Encodes as the plain decimal string (`"51260000000"`, `"-1.31"`), never a binary float.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}

/// The keys every item's object uses.
enum RecordKey: String, CodingKey {
    case text, start, end, value, unit, number, multiplier, surfaceUnit, classifier, approximate, qualifier, low, high
    case numerator, denominator
    case change, kind, type, indicator, direction, period, status, baseline, subject, canonical
}

extension KeyedEncodingContainer where Key == RecordKey {
    /// Encodes `text`, `start` and `end`, the fields every item opens with.
    mutating func encodeSpan(_ text: String, _ offsets: Range<Int>) throws {
        try encode(text, forKey: .text)
        try encode(offsets.lowerBound, forKey: .start)
        try encode(offsets.upperBound, forKey: .end)
    }

    /// Encodes a value, or `null` when it is absent (records always carry every field).
    mutating func encodeOrNull<Value: Encodable>(_ value: Value?, forKey key: RecordKey) throws {
        if let value { try encode(value, forKey: key) } else { try encodeNil(forKey: key) }
    }
}

extension Quantity: Encodable {
    /// Encodes the record's object for this item.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: RecordKey.self)
        try container.encodeSpan(text, scalarOffsets)
        try container.encodeOrNull(value, forKey: .value)
        try container.encodeOrNull(unit?.rawValue, forKey: .unit)
        try container.encodeOrNull(number, forKey: .number)
        try container.encodeOrNull(multiplier, forKey: .multiplier)
        try container.encodeOrNull(surfaceUnit, forKey: .surfaceUnit)
        try container.encodeOrNull(classifier, forKey: .classifier)
        try container.encode(approximate, forKey: .approximate)
        try container.encodeOrNull(qualifier, forKey: .qualifier)
        try container.encodeOrNull(low, forKey: .low)
        try container.encodeOrNull(high, forKey: .high)
    }
}

extension Percentage: Encodable {
    /// Encodes the record's object for this item.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: RecordKey.self)
        try container.encodeSpan(text, scalarOffsets)
        try container.encodeOrNull(recordValue, forKey: .value)  // null for a range or a fraction
        try container.encode(unit, forKey: .unit)
        try container.encode(approximate, forKey: .approximate)
        try container.encodeOrNull(qualifier, forKey: .qualifier)
        try container.encodeOrNull(change, forKey: .change)
        try container.encodeOrNull(low, forKey: .low)
        try container.encodeOrNull(high, forKey: .high)
        try container.encodeOrNull(numerator, forKey: .numerator)
        try container.encodeOrNull(denominator, forKey: .denominator)
    }
}

extension DateMention: Encodable {
    /// Encodes the record's object for this item.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: RecordKey.self)
        try container.encodeSpan(text, scalarOffsets)
        try container.encodeOrNull(value, forKey: .value)
        try container.encode(kind, forKey: .kind)
    }
}

extension Entity: Encodable {
    /// Encodes the record's object for this item.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: RecordKey.self)
        try container.encodeSpan(text, scalarOffsets)
        try container.encode(type, forKey: .type)
    }
}

extension Term: Encodable {
    /// Encodes the record's object for this item.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: RecordKey.self)
        try container.encodeSpan(text, scalarOffsets)
    }
}

extension Fact.Change: Encodable {
    /// Encodes the record's object for this item.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: RecordKey.self)
        try container.encodeOrNull(direction, forKey: .direction)
        try container.encodeOrNull(recordValue, forKey: .value)  // null for a range (low/high)
        try container.encode(unit, forKey: .unit)
        // Additions, left out when absent (as in the record).
        try container.encodeIfPresent(low, forKey: .low)
        try container.encodeIfPresent(high, forKey: .high)
    }
}

extension Fact: Encodable {
    /// Encodes the record's object for this item.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: RecordKey.self)
        try container.encode(indicator, forKey: .indicator)
        try container.encodeOrNull(value, forKey: .value)
        try container.encodeOrNull(unit?.rawValue, forKey: .unit)
        try container.encodeOrNull(change, forKey: .change)
        try container.encodeOrNull(period, forKey: .period)
        try container.encode(status, forKey: .status)
        try container.encodeOrNull(canonical?.id, forKey: .canonical)
        // Additions, left out when absent (as in the record).
        try container.encodeIfPresent(baseline, forKey: .baseline)
        try container.encodeIfPresent(subject, forKey: .subject)
        try container.encode(scalarOffsets.lowerBound, forKey: .start)
        try container.encode(scalarOffsets.upperBound, forKey: .end)
    }
}

extension KeyedEncodingContainer {
    /// Encodes `value`, or `null` when it is absent (for the frame's own keys).
    mutating func encodeValueOrNull<Value: Encodable>(_ value: Value?, forKey key: Key) throws {
        if let value { try encode(value, forKey: key) } else { try encodeNil(forKey: key) }
    }
}
