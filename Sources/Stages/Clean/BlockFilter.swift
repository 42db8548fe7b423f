/// Decides, block by block, which candidates are text rather than furniture that slipped
/// past the element rules: link lists, stray labels, separators.
///
/// Kept apart from the collector so that scoring can grow (position, neighbours, text
/// density) without touching the DOM walk.
struct BlockFilter {
    let minBlockChars: Int
    let minLooseBlockChars: Int
    let maxLinkDensity: Double

    init(options: CleanStage.Options) {
        minBlockChars = options.minBlockChars
        minLooseBlockChars = options.minLooseBlockChars
        maxLinkDensity = options.maxLinkDensity
    }

    func keeps(_ candidate: BlockCandidate) -> Bool {
        if candidate.isEmbed { return true }
        let minimum = candidate.isLoose ? max(minBlockChars, minLooseBlockChars) : minBlockChars
        guard candidate.letters >= minimum else { return false }
        guard candidate.linkDensity <= maxLinkDensity else { return false }
        return candidate.letters >= 20 || Self.hasWordCharacter(candidate.block.text)
    }

    /// Whether a short text has a letter or a digit (rather than only `—`, `|`, `•`, `…`).
    static func hasWordCharacter(_ text: String) -> Bool {
        text.unicodeScalars.contains { $0.properties.isAlphabetic || $0.properties.numericType != nil }
    }
}
