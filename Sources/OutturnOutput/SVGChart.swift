import Foundation
import Outturn

/// A line chart drawn as SVG by the package itself: series of (x, y) points, optional shaded bands (forecast
/// intervals), axes with ticks, a legend. Labels are XML-escaped and set in a font stack that covers Chinese
/// (Noto Sans CJK, Source Han Sans, Microsoft YaHei, PingFang SC) before generic sans-serif.
public struct SVGChart: Sendable {
    /// A line: (x, y) points in data units.
    public struct Series: Sendable {
        public var label: String
        public var points: [(x: Double, y: Double)]
        public var dashed: Bool
        public var markers: Bool
        /// Palette index (a department's history and forecast share it); nil = by position.
        public var color: Int?
        /// Listed in the legend.
        public var legend: Bool

        public init(label: String, points: [(x: Double, y: Double)], dashed: Bool = false, markers: Bool = true, color: Int? = nil, legend: Bool = true) {
            self.label = label
            self.points = points
            self.dashed = dashed
            self.markers = markers
            self.color = color
            self.legend = legend
        }
    }

    /// A shaded band between two lines (an interval), `opacity` in [0, 1].
    public struct Band: Sendable {
        public var label: String
        public var lower: [(x: Double, y: Double)]
        public var upper: [(x: Double, y: Double)]
        public var opacity: Double
        public var color: Int
        public var legend: Bool

        public init(label: String, lower: [(x: Double, y: Double)], upper: [(x: Double, y: Double)], opacity: Double, color: Int = 0, legend: Bool = true) {
            self.label = label
            self.lower = lower
            self.upper = upper
            self.opacity = opacity
            self.color = color
            self.legend = legend
        }
    }

    /// Horizontal bars (rank charts): label and value, with an optional reference line (the peer median).
    public struct Bar: Sendable {
        public var label: String
        public var value: Double
        public var highlighted: Bool
        /// The peer group, coloured alike.
        public var group: String? = nil
        /// A second value drawn as a marker on the row, with an interval as a whisker (a projection beside the
        /// figure to date).
        public var marker: (value: Double, lower: Double?, upper: Double?)? = nil

        public init(label: String, value: Double, highlighted: Bool, group: String? = nil,
                    marker: (value: Double, lower: Double?, upper: Double?)? = nil) {
            self.label = label
            self.value = value
            self.highlighted = highlighted
            self.group = group
            self.marker = marker
        }
    }

    public var title: String
    public var xLabel: String
    public var yLabel: String
    public var series: [Series] = []
    public var bands: [Band] = []
    public var bars: [Bar] = []
    public var reference: (label: String, value: Double)? = nil
    /// Further labelled reference lines across the bars (a schedule, a target), drawn solid in grey.
    public var moreReferences: [(label: String, value: Double)] = []
    /// Bars always start at zero (shares, where a bar's length is the quantity), whatever the data's range.
    public var barsFromZero = false
    /// What the bar markers show, for the legend under the axis (nil: no markers).
    public var markerLegend: String? = nil
    /// A second line under the title: what the chart shows of the data (a selection says so here).
    public var subtitle: String? = nil
    /// Small multiples: one panel per department (its title, series and bands), drawn in a grid with a shared
    /// value axis. When set, `series` and `bands` of the chart itself are not drawn.
    public var panels: [SVGChart] = []
    /// Reference lines per group of bars (a group's median), in the group's colour.
    public var groupReferences: [(group: String, label: String, value: Double)] = []

    public init(title: String, xLabel: String, yLabel: String) {
        self.title = title
        self.xLabel = xLabel
        self.yLabel = yLabel
    }

    static let palette = ["#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b", "#e377c2", "#17becf", "#7f7f7f", "#bcbd22"]
    static let font = "'Noto Sans CJK SC', 'Source Han Sans SC', 'Microsoft YaHei', 'PingFang SC', 'WenQuanYi Micro Hei', sans-serif"

    /// The SVG document.
    public func render() -> String { !panels.isEmpty ? renderPanels() : bars.isEmpty ? renderLines() : renderBars() }

    /// A grid of panels (up to four across) sharing the value range and the year range, each titled.
    private func renderPanels() -> String {
        let columns = min(4, max(1, Int(Double(panels.count).squareRoot().rounded(.up))))
        let rows = (panels.count + columns - 1) / columns
        let cellW = 300.0, cellH = 200.0, left = 64.0, top = subtitle == nil ? 56.0 : 72.0, gap = 16.0, bottom = 40.0
        let width = left + Double(columns) * cellW + gap, height = top + Double(rows) * cellH + bottom
        let allPoints = panels.flatMap { $0.series.flatMap(\.points) + $0.bands.flatMap { $0.lower + $0.upper } }
        let (x0, x1) = Self.range(allPoints.map(\.x).filter(\.isFinite))
        let (y0, y1) = Self.range(allPoints.map(\.y).filter(\.isFinite), pad: 0.05)
        var svg = header(width, height)
        for (k, panel) in panels.enumerated() {
            let ox = left + Double(k % columns) * cellW, oy = top + Double(k / columns) * cellH
            let plotW = cellW - gap - 24, plotH = cellH - 56
            let (pl, pt) = (ox + 24, oy + 22)
            func px(_ x: Double) -> Double { pl + (x - x0) / (x1 - x0) * plotW }
            func py(_ y: Double) -> Double { pt + (1 - (y - y0) / (y1 - y0)) * plotH }
            svg += "<g class=\"panel\" data-label=\"\(RecordEncoding.xmlText(panel.title))\">"
            svg += "<text x=\"\(Self.f(pl + plotW / 2))\" y=\"\(Self.f(oy + 14))\" font-size=\"12\" text-anchor=\"middle\">\(RecordEncoding.xmlText(Self.shorten(panel.title)))</text>"
            svg += "<rect x=\"\(Self.f(pl))\" y=\"\(Self.f(pt))\" width=\"\(Self.f(plotW))\" height=\"\(Self.f(plotH))\" fill=\"none\" stroke=\"#ccc\"/>"
            for v in Self.ticks(y0, y1) {
                svg += "<line x1=\"\(Self.f(pl))\" y1=\"\(Self.f(py(v)))\" x2=\"\(Self.f(pl + plotW))\" y2=\"\(Self.f(py(v)))\" stroke=\"#eee\"/>"
                if k % columns == 0 { svg += "<text x=\"\(Self.f(pl - 4))\" y=\"\(Self.f(py(v) + 4))\" font-size=\"10\" text-anchor=\"end\">\(Self.tick(v))</text>" }
            }
            for v in Self.ticks(x0, x1, integer: true) where k / columns == rows - 1 || k + columns >= panels.count {
                svg += "<text x=\"\(Self.f(px(v)))\" y=\"\(Self.f(pt + plotH + 14))\" font-size=\"10\" text-anchor=\"middle\">\(Int(v))</text>"
            }
            svg += Self.drawBandsAndSeries(panel.bands, panel.series, px: px, py: py, thin: true)
            svg += "</g>\n"
        }
        svg += "<text x=\"18\" y=\"\(Self.f(top + Double(rows) * cellH / 2))\" font-size=\"12\" text-anchor=\"middle\" transform=\"rotate(-90 18 \(Self.f(top + Double(rows) * cellH / 2)))\">\(RecordEncoding.xmlText(yLabel))</text>\n"
        return svg + "</svg>\n"
    }

    /// Interval bands and series lines (broken at missing years) in the coordinates `px`, `py`.
    private static func drawBandsAndSeries(_ bands: [Band], _ series: [Series], px: (Double) -> Double, py: (Double) -> Double, thin: Bool = false) -> String {
        var svg = ""
        for band in bands {
            let path = (band.lower.map { (px($0.x), py($0.y)) } + band.upper.reversed().map { (px($0.x), py($0.y)) })
                .map { "\(f($0.0)),\(f($0.1))" }.joined(separator: " ")
            let color = palette[band.color % palette.count]
            svg += "<polygon class=\"band\" points=\"\(path)\" fill=\"\(color)\" fill-opacity=\"\(band.opacity)\" stroke=\"none\"><title>\(RecordEncoding.xmlText(band.label))</title></polygon>\n"
        }
        for (k, s) in series.enumerated() {
            let color = palette[(s.color ?? k) % palette.count]
            var segments: [[(x: Double, y: Double)]] = [[]]
            for p in s.points {
                if p.y.isFinite { segments[segments.count - 1].append(p) } else if !segments.last!.isEmpty { segments.append([]) }
            }
            svg += "<g class=\"series\" data-label=\"\(RecordEncoding.xmlText(s.label))\">\n"
            for seg in segments where seg.count > 1 {
                let d = seg.map { "\(f(px($0.x))),\(f(py($0.y)))" }.joined(separator: " ")
                svg += "<polyline points=\"\(d)\" fill=\"none\" stroke=\"\(color)\" stroke-width=\"\(thin ? 1.5 : 2)\"\(s.dashed ? " stroke-dasharray=\"6 4\"" : "")/>\n"
            }
            if s.markers { for p in s.points where p.y.isFinite { svg += "<circle cx=\"\(f(px(p.x)))\" cy=\"\(f(py(p.y)))\" r=\"\(thin ? 1.8 : 2.5)\" fill=\"\(color)\"/>\n" } }
            svg += "</g>\n"
        }
        return svg
    }

    private func renderLines() -> String {
        let width = 920.0, height = 480.0, left = 80.0, right = 240.0, top = subtitle == nil ? 48.0 : 64.0, bottom = 56.0
        let allPoints = series.flatMap(\.points) + bands.flatMap { $0.lower + $0.upper }
        let xs = allPoints.map(\.x).filter(\.isFinite), ys = allPoints.map(\.y).filter(\.isFinite)
        let (x0, x1) = Self.range(xs), (y0, y1) = Self.range(ys, pad: 0.05)
        let plotW = width - left - right, plotH = height - top - bottom
        func px(_ x: Double) -> Double { left + (x - x0) / (x1 - x0) * plotW }
        func py(_ y: Double) -> Double { top + (1 - (y - y0) / (y1 - y0)) * plotH }
        var svg = header(width, height)
        svg += axes(left: left, top: top, plotW: plotW, plotH: plotH, x0: x0, x1: x1, y0: y0, y1: y1, px: px, py: py, integerX: true)
        svg += Self.drawBandsAndSeries(bands, series, px: px, py: py)
        // Legend.
        var ly = top
        for (k, s) in series.enumerated() where s.legend {
            let color = Self.palette[(s.color ?? k) % Self.palette.count]
            svg += "<line x1=\"\(Self.f(width - right + 16))\" y1=\"\(Self.f(ly + 6))\" x2=\"\(Self.f(width - right + 40))\" y2=\"\(Self.f(ly + 6))\" stroke=\"\(color)\" stroke-width=\"2\"\(s.dashed ? " stroke-dasharray=\"6 4\"" : "")/>"
            svg += "<text x=\"\(Self.f(width - right + 46))\" y=\"\(Self.f(ly + 10))\" font-size=\"12\">\(RecordEncoding.xmlText(Self.shorten(s.label)))</text>\n"
            ly += 18
        }
        for band in bands where band.legend {
            svg += "<rect x=\"\(Self.f(width - right + 16))\" y=\"\(Self.f(ly))\" width=\"24\" height=\"12\" fill=\"#777\" fill-opacity=\"\(band.opacity * 1.5)\"/>"
            svg += "<text x=\"\(Self.f(width - right + 46))\" y=\"\(Self.f(ly + 10))\" font-size=\"12\">\(RecordEncoding.xmlText(Self.shorten(band.label)))</text>\n"
            ly += 18
        }
        return svg + "</svg>\n"
    }

    private func renderBars() -> String {
        let rowH = 22.0, left = 220.0, right = 60.0, width = 880.0
        // Labels of further reference lines sit above the bars, on two staggered lines.
        let top = (subtitle == nil ? 48.0 : 76.0) + (moreReferences.count > 1 ? 14 : 0)
        // The group legend wraps onto as many lines as it needs under the axis.
        var legendLines = 0, lineWidth = width
        for r in groupReferences {
            let w = 14 + Double(DisplayWidth.of(r.label)) * 6.5 + 16
            if lineWidth + w > width - 20 { legendLines += 1; lineWidth = left }
            lineWidth += w
        }
        let bottom = 52.0 + 18 * Double(legendLines) + (markerLegend == nil ? 0 : 20)
        let height = top + bottom + rowH * Double(bars.count)
        let markerValues = bars.compactMap(\.marker).flatMap { [$0.value] + [$0.lower, $0.upper].compactMap { $0 } }
        let values = bars.map(\.value) + (reference.map { [$0.value] } ?? []) + groupReferences.map(\.value) + moreReferences.map(\.value) + markerValues
        // The value axis starts at zero only when the data come near it (within a third of their span); else
        // the differences between departments would be a sliver at the end of long bars.
        var (v0, v1) = Self.range(values, pad: 0.05)
        if let lo = values.min(), let hi = values.max(), lo >= 0, barsFromZero || lo <= (hi - lo) / 3 { v0 = 0 }
        if let hi = values.max(), let lo = values.min(), hi <= 0, -hi <= (hi - lo) / 3 { v1 = 0 }
        let base = min(max(0, v0), v1)
        let plotW = width - left - right
        func px(_ v: Double) -> Double { left + (v - v0) / (v1 - v0) * plotW }
        let groups = Array(Set(bars.compactMap(\.group))).sorted()
        func color(_ b: Bar) -> String {
            if b.highlighted { return "#d62728" }
            guard let g = b.group, let k = groups.firstIndex(of: g) else { return "#1f77b4" }
            return Self.palette[(k + 2) % Self.palette.count]
        }
        var svg = header(width, height)
        for v in Self.ticks(v0, v1) {
            svg += "<line x1=\"\(Self.f(px(v)))\" y1=\"\(Self.f(top))\" x2=\"\(Self.f(px(v)))\" y2=\"\(Self.f(height - bottom))\" stroke=\"#eee\"/>"
            svg += "<text x=\"\(Self.f(px(v)))\" y=\"\(Self.f(height - bottom + 16))\" font-size=\"11\" text-anchor=\"middle\">\(Self.tick(v))</text>\n"
        }
        svg += "<line x1=\"\(Self.f(left))\" y1=\"\(Self.f(height - bottom))\" x2=\"\(Self.f(left + plotW))\" y2=\"\(Self.f(height - bottom))\" stroke=\"#999\"/>\n"
        for (k, b) in bars.enumerated() {
            let y = top + Double(k) * rowH
            let x = px(min(base, b.value)), w = abs(px(b.value) - px(base))
            svg += "<g class=\"series\" data-label=\"\(RecordEncoding.xmlText(b.label))\"><rect x=\"\(Self.f(x))\" y=\"\(Self.f(y + 3))\" width=\"\(Self.f(w))\" height=\"\(Self.f(rowH - 6))\" fill=\"\(color(b))\"/>"
            svg += "<text x=\"\(Self.f(left - 8))\" y=\"\(Self.f(y + rowH - 7))\" font-size=\"12\" text-anchor=\"end\">\(RecordEncoding.xmlText(b.label))</text>"
            // The value beside the bar's end, outside it: right of a positive bar, left of a negative one.
            let outside = b.value < base ? "x=\"\(Self.f(px(b.value) - 4))\" text-anchor=\"end\"" : "x=\"\(Self.f(px(b.value) + 4))\""
            svg += "<text \(outside) y=\"\(Self.f(y + rowH - 7))\" font-size=\"11\">\(RecordEncoding.xmlText(Self.tick(b.value)))</text></g>\n"
            if let m = b.marker {
                let cy = y + rowH / 2
                if let lo = m.lower, let hi = m.upper {
                    svg += "<line class=\"whisker\" x1=\"\(Self.f(px(lo)))\" y1=\"\(Self.f(cy))\" x2=\"\(Self.f(px(hi)))\" y2=\"\(Self.f(cy))\" stroke=\"#222\" stroke-width=\"1.5\"/>"
                }
                svg += "<circle class=\"marker\" cx=\"\(Self.f(px(m.value)))\" cy=\"\(Self.f(cy))\" r=\"4\" fill=\"white\" stroke=\"#222\" stroke-width=\"1.5\"/>\n"
            }
        }
        for (k, r) in moreReferences.enumerated() {
            svg += "<line x1=\"\(Self.f(px(r.value)))\" y1=\"\(Self.f(top - 6))\" x2=\"\(Self.f(px(r.value)))\" y2=\"\(Self.f(height - bottom + 4))\" stroke=\"#666\" stroke-width=\"1.5\"/>"
            svg += "<text x=\"\(Self.f(px(r.value) + 4))\" y=\"\(Self.f(top - 10 - 12 * Double(k % 2)))\" font-size=\"11\" fill=\"#444\">\(RecordEncoding.xmlText(r.label))</text>\n"
        }
        if let markerLegend {
            let ly = height - bottom + 56
            svg += "<circle cx=\"\(Self.f(left + 6))\" cy=\"\(Self.f(ly - 4))\" r=\"4\" fill=\"white\" stroke=\"#222\" stroke-width=\"1.5\"/><line x1=\"\(Self.f(left - 4))\" y1=\"\(Self.f(ly - 4))\" x2=\"\(Self.f(left + 16))\" y2=\"\(Self.f(ly - 4))\" stroke=\"#222\" stroke-width=\"1.5\"/>"
            svg += "<text x=\"\(Self.f(left + 22))\" y=\"\(Self.f(ly))\" font-size=\"11\">\(RecordEncoding.xmlText(markerLegend))</text>\n"
        }
        if let reference {
            svg += "<line x1=\"\(Self.f(px(reference.value)))\" y1=\"\(Self.f(top - 6))\" x2=\"\(Self.f(px(reference.value)))\" y2=\"\(Self.f(height - bottom + 4))\" stroke=\"#333\" stroke-dasharray=\"4 3\"/>"
            svg += "<text x=\"\(Self.f(px(reference.value) + 4))\" y=\"\(Self.f(top - 10))\" font-size=\"11\">\(RecordEncoding.xmlText(reference.label))</text>\n"
        }
        var lx = width, ly = height - bottom + 38 - 18
        for r in groupReferences {
            let c = groups.firstIndex(of: r.group).map { Self.palette[($0 + 2) % Self.palette.count] } ?? "#333"
            let w = 14 + Double(DisplayWidth.of(r.label)) * 6.5 + 16
            if lx + w > width - 20 { lx = left; ly += 18 }
            svg += "<line class=\"group-median\" x1=\"\(Self.f(px(r.value)))\" y1=\"\(Self.f(top))\" x2=\"\(Self.f(px(r.value)))\" y2=\"\(Self.f(height - bottom))\" stroke=\"\(c)\" stroke-width=\"1.5\" stroke-dasharray=\"2 3\"/>"
            svg += "<rect x=\"\(Self.f(lx))\" y=\"\(Self.f(ly))\" width=\"10\" height=\"10\" fill=\"\(c)\"/><text x=\"\(Self.f(lx + 14))\" y=\"\(Self.f(ly + 9))\" font-size=\"11\">\(RecordEncoding.xmlText(r.label))</text>\n"
            lx += w
        }
        svg += "<text x=\"\(Self.f(left + plotW / 2))\" y=\"\(Self.f(height - bottom + 34))\" font-size=\"12\" text-anchor=\"middle\">\(RecordEncoding.xmlText(xLabel))</text>\n"
        return svg + "</svg>\n"
    }

    private func header(_ w: Double, _ h: Double) -> String {
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <svg xmlns="http://www.w3.org/2000/svg" width="\(Self.f(w))" height="\(Self.f(h))" viewBox="0 0 \(Self.f(w)) \(Self.f(h))" font-family="\(Self.font)">
        <rect width="100%" height="100%" fill="white"/>
        <text x="\(Self.f(w / 2))" y="28" font-size="16" text-anchor="middle" font-weight="bold">\(RecordEncoding.xmlText(title))</text>
        \(subtitle.map { "<text class=\"subtitle\" x=\"\(Self.f(w / 2))\" y=\"48\" font-size=\"12\" text-anchor=\"middle\" fill=\"#555\">\(RecordEncoding.xmlText($0))</text>" } ?? "")

        """
    }

    private func axes(left: Double, top: Double, plotW: Double, plotH: Double, x0: Double, x1: Double, y0: Double, y1: Double,
                      px: (Double) -> Double, py: (Double) -> Double, integerX: Bool) -> String {
        var s = "<g class=\"axes\" stroke=\"#999\" stroke-width=\"1\">"
        s += "<line x1=\"\(Self.f(left))\" y1=\"\(Self.f(top + plotH))\" x2=\"\(Self.f(left + plotW))\" y2=\"\(Self.f(top + plotH))\"/>"
        s += "<line x1=\"\(Self.f(left))\" y1=\"\(Self.f(top))\" x2=\"\(Self.f(left))\" y2=\"\(Self.f(top + plotH))\"/></g>\n"
        for v in Self.ticks(y0, y1) {
            s += "<line x1=\"\(Self.f(left))\" y1=\"\(Self.f(py(v)))\" x2=\"\(Self.f(left + plotW))\" y2=\"\(Self.f(py(v)))\" stroke=\"#eee\"/>"
            s += "<text x=\"\(Self.f(left - 6))\" y=\"\(Self.f(py(v) + 4))\" font-size=\"11\" text-anchor=\"end\">\(Self.tick(v))</text>\n"
        }
        for v in Self.ticks(x0, x1, integer: integerX) {
            s += "<text x=\"\(Self.f(px(v)))\" y=\"\(Self.f(top + plotH + 18))\" font-size=\"11\" text-anchor=\"middle\">\(integerX ? String(Int(v)) : Self.tick(v))</text>\n"
        }
        s += "<text x=\"\(Self.f(left + plotW / 2))\" y=\"\(Self.f(top + plotH + 40))\" font-size=\"12\" text-anchor=\"middle\">\(RecordEncoding.xmlText(xLabel))</text>\n"
        s += "<text x=\"18\" y=\"\(Self.f(top + plotH / 2))\" font-size=\"12\" text-anchor=\"middle\" transform=\"rotate(-90 18 \(Self.f(top + plotH / 2)))\">\(RecordEncoding.xmlText(yLabel))</text>\n"
        return s
    }

    static func range(_ v: [Double], pad: Double = 0) -> (Double, Double) {
        guard let lo = v.min(), let hi = v.max() else { return (0, 1) }
        if lo == hi { return (lo - 1, hi + 1) }
        let p = (hi - lo) * pad
        return (lo - p, hi + p)
    }

    /// About six round tick values across [lo, hi].
    static func ticks(_ lo: Double, _ hi: Double, integer: Bool = false) -> [Double] {
        let raw = (hi - lo) / 6
        let magnitude = pow(10, floor(log10(raw)))
        var step = [1.0, 2, 5, 10].map { $0 * magnitude }.first { $0 >= raw } ?? magnitude * 10
        if integer { step = max(1, step.rounded()) }
        var t = (lo / step).rounded(.up) * step
        var out: [Double] = []
        while t <= hi + 1e-9 * abs(hi) { out.append(t); t += step }
        return out
    }

    /// A legend label cut to about 24 display columns.
    static func shorten(_ s: String) -> String {
        var out = "", width = 0
        for c in s {
            let w = DisplayWidth.of(String(c))
            if width + w > 24 { return out + "…" }
            out.append(c); width += w
        }
        return out
    }

    static func tick(_ v: Double) -> String { DecimalText.format(v, style: .statistic) }
    static func f(_ v: Double) -> String { String(format: "%.1f", v) }

    /// Writes the chart to a file, completely or not at all: SVG, or PNG (by the `.png` extension) through
    /// `rsvg-convert` (Debian's librsvg2-bin), whose absence is an error that says so.
    public func write(to path: String) throws {
        let sink = try ByteSink(path: path)
        if path.lowercased().hasSuffix(".png") {
            try sink.write(bytes: try Self.png(render(), for: path))
        } else {
            try sink.write(render())
        }
        try sink.finish()
    }

    /// The PNG of an SVG document, rendered by rsvg-convert at 1.5x for print.
    static func png(_ svg: String, for path: String) throws -> [UInt8] {
        let candidates = ["/usr/bin/rsvg-convert", "/usr/local/bin/rsvg-convert", "/opt/homebrew/bin/rsvg-convert"]
        guard let program = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else {
            throw DataError("a PNG chart needs rsvg-convert, which is not installed", at: SourceLocation(file: path, line: 1),
                            hint: "apt-get install librsvg2-bin, or write the chart as .svg")
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = ["--zoom", "1.5", "--format", "png"]
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        // Written from another thread so that a large PNG filling the output pipe cannot block the SVG's writer.
        let data = Data(svg.utf8)
        let writer = Thread { input.fileHandleForWriting.write(data); try? input.fileHandleForWriting.close() }
        writer.start()
        let png = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0, !png.isEmpty else {
            throw DataError("rsvg-convert could not render the chart (exit \(process.terminationStatus))", at: SourceLocation(file: path, line: 1))
        }
        return [UInt8](png)
    }
}
