import Foundation

/// Where a page or feed lives, and the string a record keeps for it (`url`, and the id's key).
///
/// Local files are recorded by their path relative to the config's folder when they are
/// inside it, so that ids are the same on every clone; files outside it keep their absolute
/// path. http(s) URLs are recorded as written, except that characters a URL cannot hold
/// (spaces, Arabic letters in a path) are percent-encoded: a link written with raw Arabic
/// and the same link already encoded get one id.
enum PageLocation: Equatable, Sendable {
    case remote(URL, recorded: String)
    case local(URL, recorded: String)
    /// A scheme the stage does not fetch; `recorded` is the string as given.
    case refused(scheme: String, recorded: String)
    /// Looks like an http(s) URL but does not parse.
    case invalid(recorded: String)

    /// The string records keep as `url`; request ids are `Digest.shortID` of it (of its
    /// `CanonicalURL` form for http(s)).
    var recorded: String {
        switch self {
        case .remote(_, let r), .local(_, let r), .refused(_, let r), .invalid(let r): r
        }
    }

    /// The URL to fetch or read; nil for refused and invalid locations.
    var url: URL? {
        switch self {
        case .remote(let url, _), .local(let url, _): url
        case .refused, .invalid: nil
        }
    }

    var isLocal: Bool {
        if case .local = self { true } else { false }
    }

    /// A request's `url`, or a line of a URL list: an http(s) URL, a `file:` URL or a path.
    /// Relative paths resolve against `folder`; local paths are recorded relative to `base`.
    static func of(_ string: String, relativeTo folder: URL, base: URL) -> PageLocation {
        let text = string.trimmingCharacters(in: .whitespacesAndNewlines)
        guard let scheme = scheme(of: text) else {
            return local(URL(fileURLWithPath: text, relativeTo: folder), base: base)
        }
        switch scheme {
        case "http", "https":
            guard let url = URL(string: text), url.host != nil else { return .invalid(recorded: text) }
            return .remote(url, recorded: url.absoluteString)
        case "file":
            guard let url = URL(string: text), url.isFileURL else { return .invalid(recorded: text) }
            return local(url, base: base)
        default:
            return .refused(scheme: scheme, recorded: text)
        }
    }

    /// A link found in a feed, resolved against the feed's own location (RFC 3986).
    ///
    /// The result may be `.local` even for a remote feed; the caller decides whether to allow it.
    static func link(_ string: String, in feed: PageLocation, base: URL) -> PageLocation {
        let text = string.trimmingCharacters(in: .whitespacesAndNewlines)
        let feedURL: URL
        switch feed {
        case .remote(let url, _), .local(let url, _): feedURL = url
        case .refused, .invalid: return of(text, relativeTo: base, base: base)
        }
        if scheme(of: text) != nil { return of(text, relativeTo: base, base: base) }
        guard let resolved = URL(string: text, relativeTo: feedURL)?.absoluteURL else {
            return feed.isLocal
                ? local(URL(fileURLWithPath: text, relativeTo: feedURL.deletingLastPathComponent()), base: base)
                : .invalid(recorded: text)
        }
        if resolved.isFileURL { return local(resolved, base: base) }
        return of(resolved.absoluteString, relativeTo: base, base: base)
    }

    private static func local(_ url: URL, base: URL) -> PageLocation {
        let file = url.standardizedFileURL
        let root = base.standardizedFileURL.path
        let path = file.path
        let prefix = root.hasSuffix("/") ? root : root + "/"
        let recorded = path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : path
        return .local(file, recorded: recorded)
    }

    /// The lowercased scheme of `text` (RFC 3986: a letter, then letters, digits, `+-.`, then `:`).
    static func scheme(of text: String) -> String? {
        var scheme = ""
        for scalar in text.unicodeScalars {
            if scalar == ":" { return scheme.count > 1 ? scheme.lowercased() : nil }
            let isLetter = ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
            let isOther = ("0"..."9").contains(scalar) || scalar == "+" || scalar == "-" || scalar == "."
            guard isLetter || (!scheme.isEmpty && isOther) else { return nil }
            scheme.unicodeScalars.append(scalar)
        }
        return nil
    }
}
