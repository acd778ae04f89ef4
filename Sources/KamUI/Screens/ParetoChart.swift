/// The Pareto chart: a bar per account ranked by profit (losses below the axis, in a
/// different fill so they read without colour), the cumulative share of total profit as a
/// line over the bars, and the 80% line marked.
///
/// Accounts that do not fit one per column are combined into buckets (summed profit; the
/// line takes the cumulative share at the bucket's last account) and the caption says so.
struct ParetoChart: Widget {
    /// Profit per account, in rank order.
    var profits: [Double]
    /// Cumulative share of total profit in % per account; empty when there is no 80/20 split.
    var cumulativeShares: [Double]
    /// The share marked with a reference line (80).
    var threshold: Double
    /// Accounts needed to reach the threshold, for the caption.
    var paretoCount: Int?
    var glyphs: Glyphs

    /// The fill of a loss bar: a shade in Unicode, `x` in ASCII, so it differs from a profit bar in mono.
    var lossFill: Character { glyphs.usesBraille ? "▒" : "x" }

    func render(in area: Rect, buffer: inout ScreenBuffer) {
        guard !area.isEmpty, !profits.isEmpty else { return }
        let captionRows = area.height >= 6 ? 1 : 0
        let gutter = area.width >= 20 && !cumulativeShares.isEmpty ? 5 : 0
        let plot = Rect(x: area.x, y: area.y, width: area.width - gutter, height: area.height - captionRows)
        guard plot.width > 0, plot.height >= 2 else { return }
        let fit = Self.fit(profits, width: plot.width)
        let step = fit.barWidth + fit.gap
        let axisY = drawBars(fit, in: plot, buffer: &buffer)
        if !cumulativeShares.isEmpty {
            drawLine(fit, step: step, in: plot, axisY: axisY, gutter: gutter, buffer: &buffer)
        }
        if captionRows > 0 {
            let unit = fit.bucketSize > 1 ? "1 bar = \(fit.bucketSize) accounts" : "1 bar = 1 account"
            let cut = paretoCount.map { " · \(Int(threshold))% at \($0)" } ?? ""
            let text = "\(unit)\(cut) · \(lossFill) loss"
            buffer.write(glyphs.usesBraille ? text : text.replacingDots, x: area.x, y: area.maxY - 1,
                         width: area.width, style: Style(.muted), ellipsis: glyphs.ellipsis, clip: area)
        }
    }

    /// The bars fitted to `width` columns: one per account up to 3 columns wide, or buckets
    /// of neighbouring accounts (summed) when there are more accounts than columns, widened to
    /// use the room.
    static func fit(_ profits: [Double], width: Int) -> BarChart.Fit {
        guard width > 0, !profits.isEmpty else { return BarChart.Fit(bars: [], barWidth: 1, gap: 0, bucketSize: 1) }
        let size = (profits.count + width - 1) / width
        // Buckets summed straight from the profits (as `BarChart.bucketed` sums bars): no bar
        // per account is made, so a frame over 100,000 accounts makes only the bars it draws.
        let bars = size == 1 ? profits.map { ChartBar("", value: $0) } : stride(from: 0, to: profits.count, by: size).map {
            ChartBar("", value: profits[$0..<min(profits.count, $0 + size)].reduce(0) { $0 + ChartBar("", value: $1).value })
        }
        return BarChart.Fit(bars: bars, barWidth: max(1, min(3, width / bars.count)), gap: 0, bucketSize: size)
    }

    /// Draws the bars on a zero axis placed by the largest profit and loss; returns the axis row.
    func drawBars(_ fit: BarChart.Fit, in plot: Rect, buffer: inout ScreenBuffer) -> Int {
        let barsHeight = plot.height - 1
        let (maxPositive, maxNegative) = ChartBar.extent(of: fit.bars)
        let up = ChartBar.rowsAboveAxis(height: barsHeight, positive: maxPositive, negative: maxNegative,
                                        lossRowsFrom: 2)
        let down = barsHeight - up
        let axisY = plot.y + up
        for x in plot.x..<plot.maxX { buffer.set(x, axisY, glyphs.horizontal, Style(.muted)) }
        let levels = glyphs.verticalBlocks.count
        for (i, bar) in fit.bars.enumerated() {
            let x0 = plot.x + i * (fit.barWidth + fit.gap)
            if bar.value > 0 {
                let units = ChartBar.units(bar.value, of: maxPositive, cells: up, levels: levels)
                for (row, level) in ChartBar.cellLevels(units: units, levels: levels).enumerated() {
                    for x in x0..<x0 + fit.barWidth {
                        buffer.set(x, axisY - 1 - row, glyphs.verticalBlocks[level - 1], Style(.chart1), clip: plot)
                    }
                }
            } else if bar.value < 0 {
                // At least one cell below the axis, even when the plot leaves no room for losses.
                let cells = max(1, ChartBar.units(bar.value, of: maxNegative, cells: down, levels: 1))
                for row in 0..<cells {
                    for x in x0..<x0 + fit.barWidth {
                        buffer.set(x, axisY + 1 + row, lossFill, Style(.bad), clip: plot)
                    }
                }
            }
        }
        return axisY
    }

    /// Draws the cumulative share from 0% at the plot's bottom to the highest share at its top,
    /// with the threshold line (on empty cells only) and the % labels in the right gutter.
    func drawLine(_ fit: BarChart.Fit, step: Int, in plot: Rect, axisY: Int, gutter: Int,
                  buffer: inout ScreenBuffer) {
        // 0% sits on the bars' axis, the highest share at the top; the curve never goes below 0.
        let top = max(100, cumulativeShares.max() ?? 100)
        let span = axisY - plot.y
        func row(_ share: Double) -> Int {
            plot.y + Int(((top - min(max(share, 0), top)) / top * Double(span)).rounded())
        }
        let lineY = row(threshold)
        for x in plot.x..<plot.maxX where buffer[x, lineY].character == " " {
            buffer.set(x, lineY, glyphs.referenceLine, Style(.muted))
        }
        if gutter > 0 {
            let labels = [(row(top), "\(Int(top.rounded()))%"), (lineY, "\(Int(threshold))%")]
            for (y, label) in labels where y >= plot.y && y < plot.maxY {
                buffer.write(label, x: plot.maxX + 1, y: y, width: gutter - 1, style: Style(.muted))
            }
        }
        // One point per bar, at the middle of the bar: the share after its last account.
        let lineRows = span + 1
        var canvas = DotCanvas(columns: plot.width, rows: lineRows, braille: glyphs.usesBraille)
        let dotsPerColumn = glyphs.usesBraille ? 2 : 1
        let dotsPerRow = glyphs.usesBraille ? 4 : 1
        var previous: (x: Int, y: Int)?
        for i in fit.bars.indices {
            let last = min(cumulativeShares.count, (i + 1) * fit.bucketSize) - 1
            let share = min(max(cumulativeShares[last], 0), top)
            let x = (i * step) * dotsPerColumn + (fit.barWidth * dotsPerColumn - 1) / 2
            let y = Int(((top - share) / top * Double(lineRows * dotsPerRow - 1)).rounded())
            canvas.line(from: previous ?? (x, y), to: (x, y))
            previous = (x, y)
        }
        for r in 0..<lineRows {
            for c in 0..<plot.width {
                if let ch = canvas.character(column: c, row: r, point: glyphs.plotPoint) {
                    buffer.set(plot.x + c, plot.y + r, ch, Style(.chart2, bold: true))
                }
            }
        }
    }
}

extension String {
    /// The text with `·` written as `-`, for ASCII glyphs.
    var replacingDots: String { String(map { $0 == "·" ? "-" : $0 }) }
}
