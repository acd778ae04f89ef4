/// The red, green and blue of a colour, 0...255 each.
struct RGB: Hashable, Sendable {
    var r: Int
    var g: Int
    var b: Int

    init(_ r: Int, _ g: Int, _ b: Int) {
        self.r = r
        self.g = g
        self.b = b
    }

    /// The colour as one direct-colour number, `0xRRGGBB`.
    var packed: Int32 { Int32(r << 16 | g << 8 | b) }

    /// How different two colours look: the "redmean" weighted distance (squared), which
    /// weighs red and blue by how red the pair is, closer to the eye than plain Euclid.
    func distance(to other: RGB) -> Int {
        let meanRed = (r + other.r) / 2
        let dr = r - other.r, dg = g - other.g, db = b - other.b
        let red = ((512 + meanRed) * dr * dr) >> 8
        let blue = ((767 - meanRed) * db * db) >> 8
        return red + 4 * dg * dg + blue
    }
}

/// The xterm 256-colour palette: 16 system colours, the 6x6x6 cube, the 24-step grey ramp.
enum XtermPalette {
    /// xterm's default system colours 0...15.
    static let system: [RGB] = [
        RGB(0, 0, 0), RGB(205, 0, 0), RGB(0, 205, 0), RGB(205, 205, 0),
        RGB(0, 0, 238), RGB(205, 0, 205), RGB(0, 205, 205), RGB(229, 229, 229),
        RGB(127, 127, 127), RGB(255, 0, 0), RGB(0, 255, 0), RGB(255, 255, 0),
        RGB(92, 92, 255), RGB(255, 0, 255), RGB(0, 255, 255), RGB(255, 255, 255),
    ]

    /// The six channel levels of the colour cube.
    static let cubeLevels = [0, 95, 135, 175, 215, 255]

    /// The colour of palette entry `index` (0...255; out of range is clamped).
    static func rgb(ofIndex index: Int) -> RGB {
        let i = min(max(index, 0), 255)
        if i < 16 { return system[i] }
        if i >= 232 {
            let level = 8 + 10 * (i - 232)
            return RGB(level, level, level)
        }
        let c = i - 16
        return RGB(cubeLevels[c / 36], cubeLevels[c / 6 % 6], cubeLevels[c % 6])
    }

    /// The palette entry 16...255 closest to `color`: the nearest cube colour or the
    /// nearest grey, whichever looks closer. The system colours are left out because
    /// terminals redefine them.
    static func nearestIndex(to color: RGB) -> Int {
        let ri = nearestCubeStep(color.r), gi = nearestCubeStep(color.g), bi = nearestCubeStep(color.b)
        let cubeIndex = 16 + 36 * ri + 6 * gi + bi
        let cube = rgb(ofIndex: cubeIndex)

        let average = (color.r + color.g + color.b) / 3
        let greyStep = min(max((average - 8 + 5) / 10, 0), 23)
        let greyIndex = 232 + greyStep
        let grey = rgb(ofIndex: greyIndex)

        return color.distance(to: grey) < color.distance(to: cube) ? greyIndex : cubeIndex
    }

    /// The index 0...5 of the cube level closest to `value`.
    static func nearestCubeStep(_ value: Int) -> Int {
        var best = 0
        for (i, level) in cubeLevels.enumerated() where abs(level - value) < abs(cubeLevels[best] - value) {
            best = i
        }
        return best
    }

    /// The system colour 0..<count (8 or 16) that best stands for `color`.
    ///
    /// Distances to the eight saturated basic colours mislead (a mid grey lands nearer
    /// cyan than white), so this goes by what the eye names: a colour with little
    /// chroma is a grey (black, dark grey, light grey or white by lightness), any other
    /// takes the nearest of the six hues, bright on a 16-colour terminal when it is at
    /// full strength.
    static func nearestSystemIndex(to color: RGB, count: Int) -> Int {
        let high = max(color.r, color.g, color.b), low = min(color.r, color.g, color.b)
        let chroma = high - low
        let lightness = (high + low) / 2
        if chroma < 32 || chroma * 5 < high {
            if count < 16 { return lightness < 48 ? 0 : 7 }
            switch lightness {
            case ..<48: return 0
            case ..<160: return 8
            case ..<224: return 7
            default: return 15
            }
        }
        let base = basicHueIndex(of: color, high: high, chroma: chroma)
        return count >= 16 && high >= 230 ? base + 8 : base
    }

    /// The basic colour 1...6 (red, green, yellow, blue, magenta, cyan) nearest in hue.
    private static func basicHueIndex(of color: RGB, high: Int, chroma: Int) -> Int {
        let c = Double(chroma)
        var hue: Double
        if high == color.r {
            hue = 60 * (Double(color.g - color.b) / c)
        } else if high == color.g {
            hue = 60 * (Double(color.b - color.r) / c + 2)
        } else {
            hue = 60 * (Double(color.r - color.g) / c + 4)
        }
        if hue < 0 { hue += 360 }
        // Hues 0, 60, ... 300 are red, yellow, green, cyan, blue, magenta.
        let sextant = Int((hue + 30) / 60) % 6
        return [1, 3, 2, 6, 4, 5][sextant]
    }
}
