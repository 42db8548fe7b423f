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

    /// `attributes`: the element's attributes, read once by the caller.
    func verdict(tag: String, attributes: ElementAttributes) -> Verdict {
        if Self.droppedTags.contains(tag) { return .drop }
        if attributes.hidden { return .drop }
        if let style = attributes.style, Self.hidesElement(style.string) { return .drop }
        if Self.wrapperTags.contains(tag) { return .dropUnlessWrapper }
        if let role = attributes.role, Self.droppedRoles.contains(role.string.lowercased()) {
            return .dropUnlessWrapper
        }
        if let classes = attributes.classes, Self.namesBoilerplate(classes.bytes) { return .dropUnlessWrapper }
        if let id = attributes.id, Self.namesBoilerplate(id.bytes) { return .dropUnlessWrapper }
        return .keep
    }

    /// `display:none` or `visibility:hidden` in an inline style.
    static func hidesElement(_ style: String) -> Bool {
        let compact = style.lowercased().filter { !$0.isWhitespace }
        return compact.contains("display:none") || compact.contains("visibility:hidden")
    }

    /// Whether any token of a class or id attribute names a piece of page furniture.
    static func namesBoilerplate(_ attribute: String) -> Bool {
        var attribute = attribute
        return attribute.withUTF8 { namesBoilerplate($0) }
    }

    /// Runs on every element of every page, so it scans UTF-8 bytes: words split at `-`, `_`,
    /// `:`, `.` and at an ASCII lower-to-upper case change, lowercased in place.
    static func namesBoilerplate(_ attribute: UnsafeBufferPointer<UInt8>) -> Bool {
        names(attribute, oneOf: packedBoilerplateWords)
    }

    /// Whether any token of a class attribute names a caption or a photo credit.
    static func namesCaption(_ attribute: UnsafeBufferPointer<UInt8>) -> Bool {
        // Most class attributes have no "capt" or "cred" at all: skip the word scan for them.
        var mentions = false
        var last3: UInt32 = 0  // the three bytes before this one, lowercased
        for byte in attribute {
            let lowered = UInt32(byte | 0x20)
            let last4 = (last3 << 8) | lowered
            // "capt" or "cred"
            if last4 == 0x6361_7074 || last4 == 0x6372_6564 {
                mentions = true
                break
            }
            last3 = last4 & 0xFF_FFFF
        }
        return mentions && names(attribute, oneOf: packedCaptionWords)
    }

    static let packedBoilerplateWords = Set(boilerplateWords.map(PackedWord.init))
    static let packedCaptionWords = Set(captionWords.map(PackedWord.init))
    static let packedStateWords = Set(stateWords.map(PackedWord.init))

    private static func names(_ attribute: UnsafeBufferPointer<UInt8>, oneOf words: Set<PackedWord>) -> Bool {
        var scanner = ClassWordScanner(words: words)
        for byte in attribute {
            if scanner.feed(byte) { return true }
        }
        return scanner.endToken()
    }
}

/// Splits class tokens into words and checks them against `BoilerplateRules`' word lists.
private struct ClassWordScanner {
    let words: Set<PackedWord>
    private var word = PackedWord()
    private var wordIndexInToken = 0
    private var tokenIsState = false
    private var previousWasLower = false

    init(words: Set<PackedWord>) {
        self.words = words
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
            word = PackedWord()
            wordIndexInToken += 1
        }
        // No listed word is longer than 16 bytes: longer ones match nothing.
        guard !word.overflowed else { return false }
        if wordIndexInToken == 0, BoilerplateRules.packedStateWords.contains(word) { tokenIsState = true }
        return !tokenIsState && words.contains(word)
    }
}

/// A word of up to 16 bytes packed into two integers, so that looking it up in a set makes no
/// String; longer words are marked `overflowed` and match nothing.
struct PackedWord: Hashable {
    private var low: UInt64 = 0
    private var high: UInt64 = 0
    private(set) var count = 0

    init() {}

    init(_ word: String) {
        for byte in word.utf8 { append(byte) }
    }

    var isEmpty: Bool { count == 0 }
    var overflowed: Bool { count > 16 }

    mutating func append(_ byte: UInt8) {
        if count < 8 {
            low |= UInt64(byte) << (8 * UInt64(count))
        } else if count < 16 {
            high |= UInt64(byte) << (8 * UInt64(count - 8))
        }
        count += 1
    }
}
