/// A connected patch of pixels that change much (8-neighbour): where an LED may be.
struct ChangeBlob {
    /// The bounding box at the analysis size (inclusive minimum, exclusive maximum).
    var minX: Int
    var minY: Int
    var maxX: Int
    var maxY: Int
    /// Its pixels (indices into a frame).
    var pixels: [Int]
    /// The sum of their changes.
    var score: Float

    /// The patches of `range` at or above `threshold` inside the box `area` (x, y, width, height), largest
    /// score first.
    static func find(
        in range: [Float], width: Int, height: Int, threshold: Float, area: (x: Int, y: Int, w: Int, h: Int)
    ) -> [ChangeBlob] {
        var seen = [Bool](repeating: false, count: range.count)
        var blobs: [ChangeBlob] = []
        var stack: [Int] = []
        for y in area.y..<(area.y + area.h) {
            for x in area.x..<(area.x + area.w) {
                let start = y * width + x
                guard !seen[start], range[start] >= threshold else { continue }
                var blob = ChangeBlob(minX: x, minY: y, maxX: x + 1, maxY: y + 1, pixels: [], score: 0)
                seen[start] = true
                stack.append(start)
                while let pixel = stack.popLast() {
                    blob.pixels.append(pixel)
                    blob.score += range[pixel]
                    let px = pixel % width
                    let py = pixel / width
                    blob.minX = min(blob.minX, px)
                    blob.minY = min(blob.minY, py)
                    blob.maxX = max(blob.maxX, px + 1)
                    blob.maxY = max(blob.maxY, py + 1)
                    for dy in -1...1 {
                        for dx in -1...1 {
                            let nx = px + dx
                            let ny = py + dy
                            guard nx >= area.x, nx < area.x + area.w, ny >= area.y, ny < area.y + area.h else {
                                continue
                            }
                            let next = ny * width + nx
                            if !seen[next], range[next] >= threshold {
                                seen[next] = true
                                stack.append(next)
                            }
                        }
                    }
                }
                blobs.append(blob)
            }
        }
        return blobs.sorted { $0.score > $1.score }
    }

    /// Whether the boxes of the two blobs, each grown by `margin`, overlap.
    func touches(_ other: ChangeBlob, margin: Int) -> Bool {
        minX - margin < other.maxX && other.minX - margin < maxX && minY - margin < other.maxY
            && other.minY - margin < maxY
    }

    /// The two blobs as one.
    func merged(with other: ChangeBlob) -> ChangeBlob {
        ChangeBlob(
            minX: min(minX, other.minX), minY: min(minY, other.minY), maxX: max(maxX, other.maxX),
            maxY: max(maxY, other.maxY), pixels: pixels + other.pixels, score: score + other.score)
    }
}
