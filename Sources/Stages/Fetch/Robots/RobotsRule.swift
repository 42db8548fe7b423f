/// One `Allow` or `Disallow` line: a path pattern where `*` matches any run of characters and
/// a final `$` anchors the end; without `$` the pattern matches any path it is a prefix of.
struct RobotsRule: Sendable, Equatable {
    let allows: Bool
    /// The pattern's length as written (normalised): longer patterns are more specific.
    let priority: Int
    /// The pattern without its `$`, ending in `*` when unanchored.
    private let glob: [UInt8]

    /// - Parameter pattern: normalised by `RobotsPath`, not empty.
    init(allows: Bool, pattern: [UInt8]) {
        self.allows = allows
        priority = pattern.count
        var glob = pattern
        if glob.last == UInt8(ascii: "$") {
            glob.removeLast()
        } else if glob.last != UInt8(ascii: "*") {
            glob.append(UInt8(ascii: "*"))
        }
        self.glob = glob
    }

    /// Whether the whole of `path` matches; `*` backtracks greedily, which is exact for
    /// patterns whose only wildcard is `*` and linear on the patterns sites write.
    func matches(_ path: [UInt8]) -> Bool {
        let star = UInt8(ascii: "*")
        var p = 0
        var s = 0
        var lastStar: Int?
        var resumeAt = 0
        while s < path.count {
            if p < glob.count, glob[p] == star {
                lastStar = p
                p += 1
                resumeAt = s
            } else if p < glob.count, glob[p] == path[s] {
                p += 1
                s += 1
            } else if let lastStar {
                p = lastStar + 1
                resumeAt += 1
                s = resumeAt
            } else {
                return false
            }
        }
        while p < glob.count, glob[p] == star { p += 1 }
        return p == glob.count
    }
}
