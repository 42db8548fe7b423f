/// The rules robots.txt gives one user agent, merged from every group that names it.
struct RobotsGroup: Sendable, Equatable {
    var rules: [RobotsRule] = []
    var crawlDelay: Double?

    /// Takes another group's rules; of two crawl delays the longer is kept, to stay polite.
    mutating func merge(_ other: RobotsGroup) {
        rules += other.rules
        if let delay = other.crawlDelay { crawlDelay = max(crawlDelay ?? delay, delay) }
    }

    /// The longest matching pattern decides; Allow wins a tie; no match allows.
    /// - Parameter path: normalised by `RobotsPath`.
    func allows(_ path: [UInt8]) -> Bool {
        var best: RobotsRule?
        for rule in rules where rule.matches(path) {
            guard let current = best else {
                best = rule
                continue
            }
            if rule.priority > current.priority || (rule.priority == current.priority && rule.allows) {
                best = rule
            }
        }
        return best?.allows ?? true
    }
}
