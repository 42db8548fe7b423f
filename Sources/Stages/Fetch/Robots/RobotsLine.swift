/// One robots.txt line read as `directive: value`, with its comment and surrounding blanks removed.
enum RobotsLine {
    enum Directive: Equatable {
        case userAgent, allow, disallow, crawlDelay
    }

    /// nil for lines without a colon and for directives we do not use (`Sitemap`, `Host`,
    /// `Clean-param`, ...). Names are case-insensitive; a few misspellings that Google's parser
    /// also accepts are read as what they meant.
    static func split(_ line: ArraySlice<UInt8>) -> (Directive, ArraySlice<UInt8>)? {
        let content = line.firstIndex(of: UInt8(ascii: "#")).map { line[..<$0] } ?? line
        guard let colon = content.firstIndex(of: UInt8(ascii: ":")) else { return nil }
        let name = String(decoding: trimmed(content[..<colon]), as: UTF8.self).lowercased()
        guard let directive = directives[name] else { return nil }
        return (directive, trimmed(content[(colon + 1)...]))
    }

    /// A `Crawl-delay` in seconds: digits with an optional fraction (`10`, `0.5`, `.5`).
    static func seconds(_ value: ArraySlice<UInt8>) -> Double? {
        let isNumber =
            value.contains { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }
            && value.allSatisfy { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) || $0 == UInt8(ascii: ".") }
            && value.filter { $0 == UInt8(ascii: ".") }.count <= 1
        guard isNumber else { return nil }
        return Double(String(decoding: value, as: UTF8.self))
    }

    private static let directives: [String: Directive] = [
        "user-agent": .userAgent, "useragent": .userAgent, "user agent": .userAgent,
        "allow": .allow,
        "disallow": .disallow, "dissallow": .disallow, "dissalow": .disallow, "disalow": .disallow,
        "diasllow": .disallow, "disallaw": .disallow,
        "crawl-delay": .crawlDelay, "crawldelay": .crawlDelay, "crawl delay": .crawlDelay,
    ]

    private static func trimmed(_ bytes: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        let isBlank = { (byte: UInt8) in byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") }
        guard let first = bytes.firstIndex(where: { !isBlank($0) }), let last = bytes.lastIndex(where: { !isBlank($0) })
        else { return bytes[bytes.endIndex...] }
        return bytes[first...last]
    }
}
