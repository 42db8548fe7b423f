/// One site's robots.txt (RFC 9309), read once and asked per URL whether we may fetch it.
///
/// Groups are chosen by the product token of our User-Agent (`corpus-pipeline` in
/// `corpus-pipeline/0.1 (+https://...)`), case-insensitively; every group naming that token
/// counts, merged; when none does, the `*` groups do. Within the chosen rules the longest
/// matching pattern wins and Allow wins a tie (RFC 9309 2.2.2). `/robots.txt` is always allowed.
public struct RobotsRules: Sendable, Equatable {
    /// Merged groups by lowercased product token.
    let groups: [String: RobotsGroup]
    /// The merged `*` groups; nil when the file has none (everything is then allowed).
    let fallback: RobotsGroup?

    init(groups: [String: RobotsGroup], fallback: RobotsGroup?) {
        self.groups = groups
        self.fallback = fallback
    }

    /// Reads a robots.txt body leniently: any encoding, BOM, CR/LF/CRLF line ends; comments,
    /// unknown directives and lines without a colon are skipped. Only the first 500 KiB are
    /// read (RFC 9309 2.5 allows crawlers to stop there).
    public init(parsing bytes: [UInt8]) {
        var groups = RobotsParser.groups(in: bytes)
        let fallback = groups.removeValue(forKey: "*")
        self.init(groups: groups, fallback: fallback)
    }

    /// No rules: what an unavailable robots.txt (4xx) means.
    public static let allowAll = RobotsRules(groups: [:], fallback: nil)

    /// Every path but `/robots.txt` refused, for every agent: what an unreachable robots.txt
    /// (5xx, network failure) means.
    public static let disallowAll = RobotsRules(
        groups: [:], fallback: RobotsGroup(rules: [RobotsRule(allows: false, pattern: Array("/".utf8))]))

    /// - Parameters:
    ///   - pathAndQuery: the URL's path with its query (`/news/2024?page=2`), encoded or not.
    ///   - userAgent: our full User-Agent header; only its product token is compared.
    public func isAllowed(_ pathAndQuery: String, userAgent: String) -> Bool {
        var path = RobotsPath.normalized(pathAndQuery.utf8)
        if path.first != UInt8(ascii: "/") { path.insert(UInt8(ascii: "/"), at: 0) }
        if RobotsPath.isRobotsFile(path) { return true }
        return group(for: userAgent)?.allows(path) ?? true
    }

    /// Seconds to wait between requests, from the chosen group's `Crawl-delay` (the largest
    /// when merged groups give several); nil when it gives none.
    public func crawlDelay(userAgent: String) -> Double? {
        group(for: userAgent)?.crawlDelay
    }

    private func group(for userAgent: String) -> RobotsGroup? {
        groups[Self.productToken(of: userAgent)] ?? fallback
    }

    /// `corpus-pipeline/0.1 (+https://example.org/bot)` -> `corpus-pipeline`: the text before
    /// the first `/`, space or `(`, lowercased. Also applied to `User-agent:` lines, so that
    /// a line written `User-agent: corpus-pipeline/0.1` still names us.
    static func productToken<Bytes: Collection<UInt8>>(of userAgent: Bytes) -> String {
        let token = userAgent.lazy.drop { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }.prefix {
            $0 != UInt8(ascii: "/") && $0 != UInt8(ascii: " ") && $0 != UInt8(ascii: "\t") && $0 != UInt8(ascii: "(")
        }
        return String(decoding: token, as: UTF8.self).lowercased()
    }

    static func productToken(of userAgent: String) -> String {
        productToken(of: userAgent.utf8)
    }
}
