/// Decides which elements are page furniture rather than article: by tag, by ARIA role,
/// by being hidden, and by the words of their class and id.
///
/// Class and id are split into words (`share-tools` → share, tools; `relatedPosts` → related,
/// posts) and a word must match whole, so `subheader` or `commentary` never match. Tokens
/// that describe a state (`has-sidebar`, `with-comments`) are ignored.
struct BoilerplateRules: Sendable {
    /// Never text of the article, wherever they are.
    static let droppedTags: Set<String> = [
        "script", "style", "noscript", "template", "nav", "footer", "aside", "button", "select", "option",
        "input", "textarea", "label", "svg", "iframe", "canvas", "object", "embed", "audio", "video", "map",
        "dialog", "menu", "head", "link", "meta",
    ]

    /// Furniture unless it wraps the article itself (a headline's `<header>`, an ASP.NET page
    /// whose whole body is one `<form>`).
    static let wrapperTags: Set<String> = ["header", "form"]

    static let droppedRoles: Set<String> = [
        "navigation", "banner", "contentinfo", "complementary", "search", "dialog", "alertdialog", "menu",
        "menubar", "toolbar",
    ]

    static let boilerplateWords: Set<String> = [
        "menu", "menus", "nav", "navbar", "navigation", "share", "shares", "sharing", "social", "related",
        "comment", "comments", "footer", "cookie", "cookies", "consent", "breadcrumb", "breadcrumbs",
        "sidebar", "widget", "widgets", "newsletter", "advert", "adverts", "advertisement", "advertising",
        "ad", "ads", "adslot", "adunit", "dfp", "promo", "sponsor", "sponsored", "subscribe", "subscription",
        "popup", "modal", "outbrain", "taboola", "pagination", "toolbar", "login", "signup",
        "gdpr", "disclaimer", "weather", "masthead", "topbar", "ticker", "copyright", "byline", "meta",
    ]

    /// Class words of elements that hold a figure's caption or credit line.
    static let captionWords: Set<String> = ["caption", "captions", "figcaption", "credit", "credits"]

    /// Leading words that make a token describe a state rather than a role.
    static let stateWords: Set<String> = ["has", "with", "without", "no", "is"]

    enum Verdict {
        case keep
        /// Dropped unless it wraps the article (see `PageScan`).
        case dropUnlessWrapper
        case drop
    }

    /// `classes`: the element's class attribute, read once by the caller.
    func verdict(for node: HTMLNode, tag: String, classes: String?) -> Verdict {
        if Self.droppedTags.contains(tag) { return .drop }
        if node.attribute("hidden") != nil { return .drop }
        if let style = node.attribute("style"), Self.hidesElement(style) { return .drop }
        if Self.wrapperTags.contains(tag) { return .dropUnlessWrapper }
        if let role = node.attribute("role"), Self.droppedRoles.contains(role.lowercased()) {
            return .dropUnlessWrapper
        }
        if let classes, Self.namesBoilerplate(classes) { return .dropUnlessWrapper }
        if let id = node.attribute("id"), Self.namesBoilerplate(id) { return .dropUnlessWrapper }
        return .keep
    }

    /// `display:none` or `visibility:hidden` in an inline style.
    static func hidesElement(_ style: String) -> Bool {
        let compact = style.lowercased().filter { !$0.isWhitespace }
        return compact.contains("display:none") || compact.contains("visibility:hidden")
    }

    /// Whether any token of a class or id attribute names a piece of page furniture.
    ///
    /// Runs on every element of every page, so it scans UTF-8 bytes: words split at `-`, `_`,
    /// `:`, `.` and at an ASCII lower-to-upper case change, lowercased in place.
    static func namesBoilerplate(_ attribute: String) -> Bool {
        names(attribute, oneOf: boilerplateWords)
    }

    /// Whether any token of a class attribute names a caption or a photo credit.
    static func namesCaption(_ attribute: String) -> Bool {
        // Most class attributes have no "capt" or "cred" at all: skip the word scan for them.
        var mentions = false
        var last3: UInt32 = 0  // the three bytes before this one, lowercased
        for byte in attribute.utf8 {
            let lowered = UInt32(byte | 0x20)
            let last4 = (last3 << 8) | lowered
            // "capt" or "cred"
            if last4 == 0x6361_7074 || last4 == 0x6372_6564 {
                mentions = true
                break
            }
            last3 = last4 & 0xFF_FFFF
        }
        return mentions && names(attribute, oneOf: captionWords)
    }

    private static func names(_ attribute: String, oneOf words: Set<String>) -> Bool {
        var scanner = ClassWordScanner(words: words)
        for byte in attribute.utf8 {
            if scanner.feed(byte) { return true }
        }
        return scanner.endToken()
    }
}

/// Splits class tokens into words and checks them against `BoilerplateRules`' word lists.
private struct ClassWordScanner {
    let words: Set<String>
    private var word: [UInt8] = []
    private var wordIndexInToken = 0
    private var tokenIsState = false
    private var previousWasLower = false

    init(words: Set<String>) {
        self.words = words
        word.reserveCapacity(16)
    }

    /// Takes one byte; true once a word names boilerplate.
    mutating func feed(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x20, 0x09, 0x0A, 0x0D, 0x0C:
            return endToken()
        case UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: ":"), UInt8(ascii: "."):
            previousWasLower = false
            return endWord()
        case UInt8(ascii: "A")...UInt8(ascii: "Z"):
            let split = previousWasLower && endWord()
            previousWasLower = false
            word.append(byte + 0x20)
            return split
        default:
            previousWasLower = (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte)
            word.append(byte)
            return false
        }
    }

    /// Ends the token; true when its last word names boilerplate.
    mutating func endToken() -> Bool {
        let found = endWord()
        wordIndexInToken = 0
        tokenIsState = false
        previousWasLower = false
        return found
    }

    private mutating func endWord() -> Bool {
        guard !word.isEmpty else { return false }
        defer {
            word.removeAll(keepingCapacity: true)
            wordIndexInToken += 1
        }
        // No listed word is longer than 13 bytes: skip making a String for longer ones.
        guard word.count <= 13 else { return false }
        let text = String(decoding: word, as: UTF8.self)
        if wordIndexInToken == 0, BoilerplateRules.stateWords.contains(text) { tokenIsState = true }
        return !tokenIsState && words.contains(text)
    }
}
