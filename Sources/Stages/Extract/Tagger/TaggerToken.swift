/// One word or punctuation mark of a text, as the tagger sees it.
struct TaggerToken: Sendable, Equatable {
    /// Unicode scalar offsets in the text, end exclusive.
    var start: Int
    var end: Int
    /// Where the token's folded scalars stand in `TaggerTokens.folded`.
    var foldStart: Int
    var foldEnd: Int
    var shape: TokenShape
}

/// The tokens of one text and their folded scalars, one shared buffer.
struct TaggerTokens: Sendable {
    var tokens: [TaggerToken] = []
    var folded: [UInt32] = []

    var count: Int { tokens.count }
}
