/// Splits a robots.txt body into groups, merged by the user agent they name (RFC 9309 2.1-2.2).
///
/// A group is a run of `User-agent` lines followed by its rules; a `User-agent` line after a
/// rule starts the next group. Rules before the first `User-agent` belong to no group.
/// Blank lines, `Sitemap` and unknown lines neither end a group nor belong to it.
enum RobotsParser {
    /// RFC 9309 2.5: crawlers must read at least 500 KiB and may ignore the rest.
    static let sizeLimit = 500 * 1024

    /// Groups by lowercased product token (`*` for the default group).
    static func groups(in bytes: [UInt8]) -> [String: RobotsGroup] {
        var merged: [String: RobotsGroup] = [:]
        var agents: [String] = []
        var group = RobotsGroup()
        var inRules = false
        func close() {
            for agent in agents { merged[agent, default: RobotsGroup()].merge(group) }
        }
        for line in lines(of: bytes) {
            guard let (directive, value) = RobotsLine.split(line) else { continue }
            switch directive {
            case .userAgent:
                if inRules {
                    close()
                    (agents, group, inRules) = ([], RobotsGroup(), false)
                }
                let token = RobotsRules.productToken(of: value)
                if !token.isEmpty { agents.append(token) }
            case .allow, .disallow:
                guard !agents.isEmpty else { continue }
                inRules = true
                // An empty pattern matches nothing: `Disallow:` alone allows everything.
                let pattern = RobotsPath.normalized(value)
                guard !pattern.isEmpty else { continue }
                let anchored = pattern.first == UInt8(ascii: "/") || pattern.first == UInt8(ascii: "*")
                group.rules.append(
                    RobotsRule(allows: directive == .allow, pattern: anchored ? pattern : [UInt8(ascii: "/")] + pattern)
                )
            case .crawlDelay:
                guard !agents.isEmpty else { continue }
                inRules = true
                if let delay = RobotsLine.seconds(value) { group.merge(RobotsGroup(crawlDelay: delay)) }
            }
        }
        close()
        return merged
    }

    /// The lines of the first `sizeLimit` bytes, without a UTF-8 BOM; CR, LF and CRLF all end
    /// a line. When the body is cut, its last, partial line is dropped: a cut pattern would
    /// mean something else.
    static func lines(of bytes: [UInt8]) -> [ArraySlice<UInt8>] {
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        if bytes.count > sizeLimit {
            body = body.prefix(sizeLimit - (bytes.count - body.count))
            let lastEnd = body.lastIndex { $0 == UInt8(ascii: "\n") || $0 == UInt8(ascii: "\r") }
            body = body[..<(lastEnd ?? body.startIndex)]
        }
        return body.split(omittingEmptySubsequences: true) { $0 == UInt8(ascii: "\n") || $0 == UInt8(ascii: "\r") }
    }
}
