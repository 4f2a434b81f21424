import Foundation
import ZhText

/// The report as one self-contained HTML file.
///
/// Charts as inline SVG, a sortable table per indicator, and each document's text with its items
/// highlighted. No script or font is fetched.
enum ReportHTML {
    /// Series colours (Okabe–Ito, readable by colour-blind readers, then darker tones).
    static let palette = [
        "#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000", "#F0E442",
        "#7F3C8D", "#11A579", "#3969AC", "#F2B701", "#E73F74", "#80BA5A", "#E68310", "#008695",
    ]

    /// One measure of a canonical indicator as charted: the change in percent, or the value in a unit.
    struct Measure: Hashable {
        var isChange: Bool
        var unit: String
        var title: String { isChange ? "change, \(unit)" : "value, \(unit)" }
    }

    /// A point of a chart.
    struct Point {
        var series: String
        var year: Int
        var value: Double
        var low: Double?
        var high: Double?
        var status: String
        var label: String
    }

    static func render(_ documents: [ReportDocument]) -> String {
        var html = head(documentCount: documents.count, factCount: documents.reduce(0) { $0 + $1.facts.count })
        // A series per subject, else per region; documents whose region is unknown share one.
        let labels = Dictionary(uniqueKeysWithValues: documents.map { ($0.id, $0.region ?? "all documents") })
        let names = Dictionary(uniqueKeysWithValues: documents.map { ($0.id, $0.label) })
        var byCanonical: [String: [ReportFact]] = [:]
        for document in documents {
            for fact in document.facts { if let id = fact.canonical { byCanonical[id, default: []].append(fact) } }
        }
        let order = CanonicalIndicator.all.map(\.id).filter { id in
            Set(byCanonical[id, default: []].map(\.document)).count >= 2
        }
        html += "<nav><h2>Indicators</h2><ul>"
        for id in order {
            html +=
                """
                <li><a href="#ind-\(id)">\(escape(CanonicalIndicator.withID(id)?.name ?? id))</a> \
                <small>\(byCanonical[id]!.count)</small></li>
                """
        }
        html += "</ul><h2>Documents</h2><ul>"
        for document in documents { html += "<li><a href=\"#doc-\(document.id)\">\(escape(document.label))</a></li>" }
        html += "</ul></nav><main>"
        html += "<section><h2>Indicators found in two or more documents</h2>"
        for id in order {
            let indicator = CanonicalIndicator.withID(id)
            let facts = byCanonical[id]!
            html +=
                """
                <section class="indicator" id="ind-\(id)"><h3>\(escape(indicator?.name ?? id)) <code>\(id)</code> \
                <small>\(indicator?.kind.rawValue ?? "")</small></h3>
                """
            if let (measure, points) = chartPoints(
                facts, series: { fact in fact.subject ?? labels[fact.document] ?? "" })
            {
                html += chart(points, measure: measure)
            }
            html += table(facts, names: names)
            html += "</section>"
        }
        html += "</section><section><h2>Documents</h2>"
        html +=
            """
            <p class="legend"><span class="q">quantity</span> <span class="p">percentage</span> \
            <span class="d">date</span> <span class="e-PER">person</span> <span class="e-LOC">place</span> \
            <span class="e-ORG">organisation</span> <span class="t">term</span> <span class="f">fact</span></p>
            """
        for document in documents { html += page(document) }
        html += "</section></main>" + script + "</body></html>\n"
        return html
    }

    static func head(documentCount: Int, factCount: Int) -> String {
        """
        <!DOCTYPE html>
        <html lang="zh-Hans"><head><meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>zhtext report</title>
        <style>
        body { margin: 0; font: 15px/1.6 "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Hiragino Sans GB", \
        "Microsoft YaHei", "WenQuanYi Micro Hei", sans-serif; color: #222; display: flex; }
        nav { width: 15rem; flex: none; height: 100vh; overflow: auto; position: sticky; top: 0; background: #f6f6f4; \
        padding: 0 .8rem; font-size: 13px; }
        nav ul { padding-left: 1rem; } main { flex: 1; padding: 0 2rem 4rem; min-width: 0; }
        h1 { font-size: 1.4rem; } h3 code { font-size: .8em; color: #666; } small { color: #777; }
        section.indicator { margin: 2rem 0; border-top: 1px solid #ddd; }
        svg.chart { max-width: 100%; height: auto; background: #fff; }
        svg.chart text { font: 11px sans-serif; fill: #444; }
        table.facts { border-collapse: collapse; font-size: 13px; margin-top: .5rem; }
        table.facts th, table.facts td { border-bottom: 1px solid #e4e4e4; padding: 2px 8px; text-align: left; \
        vertical-align: top; }
        table.facts th { cursor: pointer; background: #fafafa; position: sticky; top: 0; user-select: none; }
        table.facts th[aria-sort]::after { content: attr(data-arrow); }
        td.num { text-align: right; font-variant-numeric: tabular-nums; }
        details.doc { margin: .6rem 0; } details.doc summary { cursor: pointer; font-weight: 600; }
        div.text { white-space: pre-wrap; line-height: 1.9; max-width: 60rem; }
        .q { background: #d8ecff; } .p { background: #ffe3c8; } .d { background: #dcf5dc; }
        .e-PER { background: #f3d9f0; } .e-LOC { background: #fff2b3; } .e-ORG { background: #e2e0ff; } \
        .t { background: #e8e8e8; }
        .f { border-bottom: 2px solid #c0392b; }
        p.legend span { padding: 0 .3rem; margin-right: .3rem; }
        </style></head><body>
        <h1 hidden>zhtext report</h1>

        """ + "<!-- \(documentCount) documents, \(factCount) facts -->\n"
    }

    /// The points of the measure most of the facts have (a change in percent, or a value in one unit).
    static func chartPoints(_ facts: [ReportFact], series: (ReportFact) -> String) -> (Measure, [Point])? {
        var counts: [Measure: Int] = [:]
        for fact in facts {
            if let unit = fact.changeUnit, fact.changeValue != nil {
                counts[Measure(isChange: true, unit: unit), default: 0] += 1
            }
            if let unit = fact.unit, fact.value != nil { counts[Measure(isChange: false, unit: unit), default: 0] += 1 }
        }
        guard
            let measure = counts.max(by: { ($0.value, $0.key.isChange ? 1 : 0) < ($1.value, $1.key.isChange ? 1 : 0) })?
                .key
        else { return nil }
        var points: [Point] = []
        for fact in facts {
            // Years only: quarters, halves and multi-year spans (2021/2025) are not points of a yearly chart.
            guard let period = fact.period, period.count == 4, let year = Int(period) else { continue }
            let sign = fact.changeDirection == "decrease" ? -1.0 : 1.0
            if measure.isChange {
                guard fact.changeUnit == measure.unit, let value = fact.changeValue.flatMap(Double.init) else {
                    continue
                }
                points.append(
                    Point(
                        series: series(fact), year: year, value: sign * value,
                        low: fact.changeLow.flatMap(Double.init).map { sign * $0 },
                        high: fact.changeHigh.flatMap(Double.init).map { sign * $0 },
                        status: fact.status, label: fact.text))
            } else {
                guard fact.unit == measure.unit, let value = fact.value.flatMap(Double.init) else { continue }
                points.append(
                    Point(
                        series: series(fact), year: year, value: value, low: nil, high: nil, status: fact.status,
                        label: fact.text))
            }
        }
        return points.count >= 2 ? (measure, points) : nil
    }

    /// An SVG chart of values by year: results as filled dots on solid lines, targets as hollow
    /// diamonds on dashed lines just right of them; one colour per series.
    static func chart(_ points: [Point], measure: Measure) -> String {
        let width = 760.0, height = 300.0, left = 70.0, right = 170.0, top = 20.0, bottom = 40.0
        let years = points.map(\.year)
        let firstYear = years.min()!, lastYear = max(years.max()!, firstYear + 1)
        let values = points.flatMap { [$0.value, $0.low ?? $0.value, $0.high ?? $0.value] }
        var low = min(0, values.min()!), high = max(0, values.max()!)
        if low == high { high = low + 1 }
        let step = niceStep((high - low) / 5)
        low = (low / step).rounded(.down) * step
        high = (high / step).rounded(.up) * step
        func x(_ year: Int, _ status: String) -> Double {
            let base = left + (width - left - right) * Double(year - firstYear) / Double(lastYear - firstYear)
            return base + (status == "target" ? 5 : status == "estimate" ? 0 : -5)
        }
        func y(_ value: Double) -> Double { top + (height - top - bottom) * (high - value) / (high - low) }
        var svg =
            """
            <svg class="chart" viewBox="0 0 \(Int(width)) \(Int(height))" width="\(Int(width))" \
            height="\(Int(height))" role="img" aria-label="\(escape(measure.title)) by year">
            """
        var tick = low
        while tick <= high + step / 2 {
            svg +=
                """
                <line x1="\(left)" x2="\(width - right)" y1="\(f(y(tick)))" y2="\(f(y(tick)))" \
                stroke="\(tick == 0 ? "#999" : "#eee")"/>
                """
            svg += "<text x=\"\(left - 6)\" y=\"\(f(y(tick) + 4))\" text-anchor=\"end\">\(number(tick))</text>"
            tick += step
        }
        let yearStep = max(1, (lastYear - firstYear) / 10)
        for year in stride(from: firstYear, through: lastYear, by: yearStep) {
            svg +=
                """
                <text x="\(f(x(year, "estimate")))" y="\(height - bottom + 16)" text-anchor="middle">\(year)</text>
                """
        }
        svg += "<text x=\"12\" y=\"\(top - 6)\">\(escape(measure.title))</text>"
        let seriesNames = orderedUnique(points.map(\.series))
        for (index, name) in seriesNames.enumerated() {
            let colour = palette[index % palette.count]
            for status in ["actual", "target"] {
                let line = points.filter { $0.series == name && $0.status == status }.sorted { $0.year < $1.year }
                // A line only through one point a year (several documents of one year are dots).
                if line.count >= 2, Set(line.map(\.year)).count == line.count {
                    let path = line.map { "\(f(x($0.year, status))),\(f(y($0.value)))" }.joined(separator: " ")
                    svg +=
                        """
                        <polyline fill="none" stroke="\(colour)" stroke-width="1.5"\
                        \(status == "target" ? " stroke-dasharray=\"4 3\"" : "") \
                        points="\(path)"/>
                        """
                }
            }
            for point in points where point.series == name {
                let cx = f(x(point.year, point.status)), cy = f(y(point.value))
                let title =
                    """
                    <title>\(escape(name)) \(point.year) \(point.status): \(number(point.value))\
                    \(point.low.map { " (\(number($0))–\(number(point.high ?? $0)))" } ?? "") — \
                    \(escape(point.label))</title>
                    """
                if let lowEnd = point.low, let highEnd = point.high {
                    svg +=
                        """
                        <line x1="\(cx)" x2="\(cx)" y1="\(f(y(lowEnd)))" y2="\(f(y(highEnd)))" stroke="\(colour)" \
                        stroke-width="3" opacity=".5"/>
                        """
                }
                switch point.status {
                case "target":
                    svg +=
                        """
                        <path class="target" d="M\(cx) \(f(y(point.value) - 5))l5 5l-5 5l-5 -5z" fill="#fff" \
                        stroke="\(colour)" stroke-width="1.5">\(title)</path>
                        """
                default:
                    svg +=
                        """
                        <circle class="\(point.status)" cx="\(cx)" cy="\(cy)" r="4" \
                        fill="\(colour)"\(point.status == "estimate" ? " fill-opacity=\".4\"" : "")>\
                        \(title)</circle>
                        """
                }
            }
        }
        // Legend: the series (the first 14), then the marks.
        var legendY = top
        for (index, name) in seriesNames.prefix(14).enumerated() {
            svg +=
                """
                <rect x="\(width - right + 12)" y="\(f(legendY))" width="10" height="10" \
                fill="\(palette[index % palette.count])"/>
                """
            svg += "<text x=\"\(width - right + 27)\" y=\"\(f(legendY + 9))\">\(escape(String(name.prefix(14))))</text>"
            legendY += 15
        }
        if seriesNames.count > 14 {
            svg += "<text x=\"\(width - right + 12)\" y=\"\(f(legendY + 9))\">… \(seriesNames.count - 14) more</text>";
            legendY += 15
        }
        svg +=
            """
            <circle cx="\(width - right + 17)" cy="\(f(legendY + 10))" r="4" fill="#555"/><text \
            x="\(width - right + 27)" y="\(f(legendY + 14))">result</text>
            """
        svg +=
            """
            <path d="M\(width - right + 17) \(f(legendY + 20))l5 5l-5 5l-5 -5z" fill="#fff" stroke="#555"/><text \
            x="\(width - right + 27)" y="\(f(legendY + 29))">target</text>
            """
        return svg + "</svg>"
    }

    /// A sortable table of the indicator's facts.
    static func table(_ facts: [ReportFact], names: [Int: String]) -> String {
        var html =
            """
            <table class="facts sortable"><thead><tr><th>document</th><th>subject</th><th>indicator</th>\
            <th>period</th><th>status</th><th>value</th><th>unit</th><th>change</th><th>range</th>\
            <th>qualifier</th><th>evidence</th></tr></thead><tbody>
            """
        for fact in facts {
            let change =
                fact.changeValue.map {
                    (fact.changeDirection == "decrease" ? "−" : fact.changeDirection == "increase" ? "+" : "") + $0
                        + unitMark(fact.changeUnit)
                } ?? ""
            let range = fact.changeLow.map { "\($0)–\(fact.changeHigh ?? "")" } ?? ""
            html +=
                """
                <tr><td><a href="#doc-\(fact.document)">\(escape(names[fact.document] ?? ""))</a></td>\
                <td>\(escape(fact.subject ?? ""))</td><td>\(escape(fact.indicator))</td>
                """
            html +=
                """
                <td>\(escape(fact.period ?? ""))</td><td>\(escape(fact.status))</td>\
                <td class="num">\(escape(fact.value ?? ""))</td><td>\(escape(fact.unit ?? ""))</td>
                """
            html +=
                """
                <td class="num" data-sort="\(fact.changeDirection == "decrease" ? "-" : "")\(fact.changeValue ?? "")">\
                \(escape(change))</td><td>\(escape(range))</td><td>\(escape(fact.qualifier ?? ""))</td>\
                <td>\(escape(fact.text))</td></tr>
                """
        }
        return html + "</tbody></table>"
    }

    /// A document's text with its items highlighted: the text is cut at every item boundary and
    /// each piece carries the classes of the items covering it (so nesting never breaks the HTML).
    static func page(_ document: ReportDocument) -> String {
        let scalars = Array(document.text.unicodeScalars)
        var boundaries = Set<Int>([0, scalars.count])
        for span in document.spans where span.start < span.end && span.end <= scalars.count {
            boundaries.insert(span.start)
            boundaries.insert(span.end)
        }
        let cuts = boundaries.sorted()
        var opening: [Int: [Int]] = [:]
        for (index, span) in document.spans.enumerated() where span.start < span.end && span.end <= scalars.count {
            opening[span.start, default: []].append(index)
        }
        var active: [Int: Int] = [:]  // span index → end
        var html =
            """
            <details class="doc" id="doc-\(document.id)"><summary>\(escape(document.label)) \
            <small>\(escape(document.source)) · \(document.facts.count) facts</small></summary><div class="text">
            """
        for (position, start) in cuts.enumerated().dropLast() {
            let end = cuts[position + 1]
            active = active.filter { $0.value > start }
            for index in opening[start] ?? [] { active[index] = document.spans[index].end }
            var piece = String.UnicodeScalarView()
            piece.append(contentsOf: scalars[start..<end])
            let text = escape(String(piece))
            if active.isEmpty {
                html += text
            } else {
                let classes = Set(active.keys.map { document.spans[$0].kind }).sorted().joined(separator: " ")
                html += "<span class=\"\(classes)\">\(text)</span>"
            }
        }
        return html + "</div></details>"
    }

    /// Sorts a table by the clicked column (numbers as numbers), without any library.
    static let script = """
        <script>
        document.querySelectorAll("table.sortable th").forEach(function (th, column) {
          th.addEventListener("click", function () {
            var table = th.closest("table"), body = table.tBodies[0];
            var ascending = th.getAttribute("aria-sort") !== "ascending";
            table.querySelectorAll("th").forEach(function (other) { other.removeAttribute("aria-sort"); });
            th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
            th.setAttribute("data-arrow", ascending ? " ▲" : " ▼");
            var index = Array.prototype.indexOf.call(th.parentNode.children, th);
            var key = function (row) { var cell = row.children[index]; \
        return cell.getAttribute("data-sort") || cell.textContent; };
            var rows = Array.prototype.slice.call(body.rows);
            rows.sort(function (a, b) {
              var x = key(a), y = key(b), nx = parseFloat(x), ny = parseFloat(y);
              var order = (!isNaN(nx) && !isNaN(ny)) ? nx - ny : x.localeCompare(y, "zh");
              return ascending ? order : -order;
            });
            rows.forEach(function (row) { body.appendChild(row); });
          });
        });
        </script>
        """

    static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for character in text.unicodeScalars {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            default: result.unicodeScalars.append(character)
            }
        }
        return result
    }

    static func unitMark(_ unit: String?) -> String {
        switch unit {
        case "percent": "%"
        case "permille": "‰"
        case "percentage-point": " pp"
        default: ""
        }
    }

    static func niceStep(_ raw: Double) -> Double {
        guard raw > 0, raw.isFinite else { return 1 }
        let magnitude = pow(10, (log10(raw)).rounded(.down))
        for factor in [1.0, 2, 2.5, 5, 10] where factor * magnitude >= raw { return factor * magnitude }
        return 10 * magnitude
    }

    static func number(_ value: Double) -> String {
        if abs(value) >= 1e12 { return f(value / 1e12) + "万亿" }
        if abs(value) >= 1e8 { return f(value / 1e8) + "亿" }
        if abs(value) >= 1e4 { return f(value / 1e4) + "万" }
        return f(value)
    }

    static func f(_ value: Double) -> String {
        let rounded = (value * 100).rounded() / 100
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    }

    static func orderedUnique(_ items: [String]) -> [String] {
        var seen = Set<String>()
        return items.filter { seen.insert($0).inserted }
    }
}
