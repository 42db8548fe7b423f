/// Splits an article into language parts: one record per language (ar, en, other), each
/// holding that language's blocks in article order.
///
/// Reads: `id`, and `blocks` or `text` (plus whatever earlier stages wrote, carried along).
/// Writes: one record per part, id `<doc_id>#<lang>`, with `lang`, `confidence`, `segments`,
/// `blocks` and `text`. Blocks with too few letters to judge (a number, a short name) take
/// the language of the block before them, or after them at the start.
/// Rejects: `no_text` when the article has no block with any text.
public struct SplitStage: RecordStage {
    public struct Options: StageOptions {
        /// Blocks with fewer letters than this take their neighbour's language.
        public var minLetters = 8

        public init() {}

        enum CodingKeys: String, CodingKey {
            case minLetters = "min_letters"
        }
    }

    public static let name = "split"
    public static let outputName = "split"
    public static let version = 1

    public typealias Input = CleanedRecord
    public typealias Output = SplitRecord

    let options: Options
    let identifier = LanguageIdentifier()

    public init(options: Options) throws {
        guard options.minLetters >= 0 else {
            throw StageError(stage: Self.name, reason: "min_letters must be ≥ 0")
        }
        self.options = options
    }

    public func process(_ input: CleanedRecord, context: StageContext) throws -> StageOutcome<SplitRecord> {
        let blocks = input.blocks.enumerated().filter { !$0.element.text.allSatisfy(\.isWhitespace) }
        guard !blocks.isEmpty else { return .reject(.noText, detail: "the article has no text to split") }
        let guesses = blocks.map { identifier.identify($0.element.text) }
        let labels = LabelSmoother(minLetters: options.minLetters).labels(for: guesses)

        var order: [Language] = []
        var members: [Language: [Int]] = [:]
        for (i, label) in labels.enumerated() {
            if members[label] == nil { order.append(label) }
            members[label, default: []].append(i)
        }
        let outputs = order.map { lang in
            part(lang, of: input, blocks: members[lang]!.map { (blocks[$0].offset, blocks[$0].element, guesses[$0]) })
        }
        return .emit(outputs)
    }

    private func part(_ lang: Language, of input: CleanedRecord, blocks: [(Int, Block, LanguageGuess)]) -> SplitRecord {
        var segments: [Segment] = []
        var offset = 0
        var weighted = 0.0
        var weight = 0
        for (index, (blockIndex, block, guess)) in blocks.enumerated() {
            if index > 0 { offset += 2 }  // the blank line between blocks
            let length = block.text.unicodeScalars.count
            let confidence = guess.language == lang ? guess.confidence : 0.5
            segments.append(Segment(block: blockIndex, start: offset, end: offset + length, lang: lang,
                                    confidence: confidence))
            offset += length
            weighted += confidence * Double(max(guess.letters, 1))
            weight += max(guess.letters, 1)
        }
        let partBlocks = blocks.map(\.1)
        var identity = input.identity
        identity.id = "\(input.identity.docID)#\(lang.rawValue)"
        return SplitRecord(
            identity: identity, fetch: input.fetch, article: input.article, lang: lang,
            confidence: (weighted / Double(weight) * 1000).rounded() / 1000,
            segments: segments, blocks: partBlocks, text: Block.joinedText(partBlocks))
    }
}
