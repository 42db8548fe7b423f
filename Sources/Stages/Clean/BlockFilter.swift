/// Decides, block by block, which candidates are text rather than furniture that slipped
/// past the element rules: link lists, stray labels, separators, bare URLs, date lines and
/// (unless asked for) captions.
///
/// Kept apart from the collector so that scoring can grow (position, neighbours, text
/// density) without touching the DOM walk.
struct BlockFilter {
    let minBlockChars: Int
    let minLooseBlockChars: Int
    let maxLinkDensity: Double
    let keepsCaptions: Bool

    init(options: CleanStage.Options) {
        minBlockChars = options.minBlockChars
        minLooseBlockChars = options.minLooseBlockChars
        maxLinkDensity = options.maxLinkDensity
        keepsCaptions = options.keepCaptions
    }

    /// `dateLine`: the block's date when it is a date line (see `DateLine`).
    func keeps(_ candidate: BlockCandidate, dateLine: String?) -> Bool {
        if candidate.isEmbed { return true }
        if candidate.block.kind == .caption, !keepsCaptions { return false }
        let minimum = candidate.isLoose ? max(minBlockChars, minLooseBlockChars) : minBlockChars
        guard candidate.letters >= minimum else { return false }
        guard candidate.linkDensity <= maxLinkDensity else { return false }
        guard dateLine == nil, !Self.isBareURL(candidate.block.text) else { return false }
        return candidate.letters >= 20 || Self.hasWordCharacter(candidate.block.text)
    }

    /// Whether a short text has a letter or a digit (rather than only `—`, `|`, `•`, `…`).
    static func hasWordCharacter(_ text: String) -> Bool {
        text.unicodeScalars.contains { $0.properties.isAlphabetic || $0.properties.numericType != nil }
    }

    /// A block that is one URL and nothing else (a share link or an image address printed as text).
    static func isBareURL(_ text: String) -> Bool {
        guard text.hasPrefix("http://") || text.hasPrefix("https://") || text.hasPrefix("www.") else { return false }
        return !text.utf8.contains { $0 == 0x20 || $0 == 0x0A }
    }

    /// Whether the text has a sentence's punctuation: `.`, `,`, `;`, `:`, `!`, `?` or their
    /// Arabic forms.
    static func hasSentencePunctuation(_ text: String) -> Bool {
        text.unicodeScalars.contains { scalar in
            switch scalar.value {
            // . , ; : ! ? and the Arabic comma, semicolon, question mark and full stop, CJK stops.
            case 0x2E, 0x2C, 0x3B, 0x3A, 0x21, 0x3F, 0x060C, 0x061B, 0x061F, 0x06D4, 0x3002, 0xFF0C: true
            default: false
            }
        }
    }
}
