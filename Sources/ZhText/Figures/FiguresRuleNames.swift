extension RuleCatalog {
    /// The figures rules' names (each has specs in `Tests/ZhTextTests/Specs/`).
    package static var figures: [String] {
        [
            "arabic-unit-chain", "abbreviated-last-digit", "negative-sign", "han-multiplier", "percent-of-digits",
            "one-with-measure-unit", "fraction", "percentage-range", "non-figure-words", "exchange-rate-base",
            "small-units",
            "period-reference", "bare-review-span", "plan-period", "previous-year", "relative-year-part", "year-list",
            "year-range-without-year", "line-break-in-number", "ascii-punctuation", "durations", "population",
            "relative-line-year", "kilowatt-hour-degree",
            // Named in the move to tables (issue 13).
            "unit-name-after-measure-word", "years-as-predicate-noun", "anniversary-and-ratio", "space-in-numeral",
            "qualifier", "change-direction", "figure-range", "tenths", "rate-unit", "approximate-numeral",
            "bare-multiplier", "transport-work", "currency-before-number", "rank", "month-range", "quarter",
            // Issue 14: figures on real text.
            "level-noun", "word-straddling-reference", "programme-name", "list-label", "quoted-name",
            "unit-starts-word", "rough-bare-multiplier", "magnitude", "name-subscript",
            "container-unit", "inner-qualifier", "comparison-gap", "change-after-figure",
            // Issue 14, round 4.
            "line-opening-year", "heading-year", "rate-per-time", "trip-count",
            "plan-predicate-span", "plan-first-years", "span-before-change",
            // Issue 14, round 5.
            "rate-base", "ratio-value", "people-noun", "bare-qualifier", "joined-bound", "top-rank",
            // Issue 14, round 6.
            "latin-unit-after-multiplier", "space-before-unit", "clock-time", "span-noun", "year-cut-off",
            "note-number-year", "clock-after-day", "year-before-name", "page-word",
            // Issue 14, round 6: a blind recall check.
            "over-bound", "qualified-tenths", "shared-percent-range", "digits-only-unit", "one-year-length",
            "small-money", "qualifier-in-word", "qualified-bare-multiplier",
            "span-before-subject", "half-share",
            // Issue 14, round 8: the new dev documents.
            "qualified-numeral-word", "qualified-han-amount", "shared-unit-list", "short-term", "half-length",
            "counted-in", "class-threshold",
            // Issue 14, round 8: the closing audits.
            "earlier-comparison", "qualified-share",
        ]
    }

    /// The figures knowledge tables.
    static var figureTables: [DataTable] {
        [
            FigureTables.periodWordsTable, FigureTables.planPeriodsTable, FigureTables.nonFiguresTable,
            FigureTables.unitsTable, FigureTables.changeWordsTable, FigureTables.qualifiersTable,
            FigureTables.rangeConnectorsTable, FigureTables.punctuationTable, FigureTables.figureWordsTable,
            FigureTables.dateWordsTable,
        ]
    }
}
