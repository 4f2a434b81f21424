internal import ZhTextData

extension RuleCatalog {
    /// The figures rules' names (each has specs in `Tests/ZhTextTests/Specs/`).
    package static var figures: [String] {
        [
        "arabic-unit-chain", "abbreviated-last-digit", "negative-sign", "han-multiplier", "percent-of-digits",
        "one-with-measure-unit", "fraction", "percentage-range", "non-figure-words", "exchange-rate-base", "small-units",
        "period-reference", "bare-review-span", "plan-period", "previous-year", "relative-year-part", "year-list",
        "year-range-without-year", "line-break-in-number", "ascii-punctuation", "durations", "population",
        "relative-line-year", "kilowatt-hour-degree",
        ]
    }

    /// The figures knowledge tables.
    static var figureTables: [DataTable] {
        [
            DataTable("figures/period-words.tsv") { zhtext_period_words($0) },
            DataTable("figures/plan-periods.tsv") { zhtext_plan_periods($0) },
            DataTable("figures/non-figures.tsv") { zhtext_non_figures($0) },
            DataTable("figures/units.tsv") { zhtext_figure_units($0) },
            DataTable("figures/change-words.tsv") { zhtext_change_words($0) },
        ]
    }
}
