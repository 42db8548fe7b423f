/// Splits an article into language parts: one record per language (ar, en, other), each
/// holding that language's text in article order.
///
/// Each block is cut into sentences (SentenceSegmenter, then ScriptSplitter where a sentence
/// changes script), each sentence labelled by
/// LanguageIdentifier; sentences too short to judge take a neighbour's label; adjacent sentences
/// of one block with one label merge into a run. A part's `blocks` are its runs, each a copy of
/// the article block it comes from (kind, provider, author…) with `text` = the run's text (the
/// whole block's text, trimmed, when the block is one language); its `text` is those blocks
/// joined as everywhere (`Block.joinedText`), and `segments` has one entry per run: the article
/// block index, the run's offsets in the part's `text`, its label and confidence. An `other`
/// part and its segments carry `guess`: the language the model reads them as (fa, ur, fr…),
/// when it knows one.
///
/// Reads: `id`, and `blocks` or `text` (plus whatever earlier stages wrote, carried along).
/// Writes: one record per part, id `<doc_id>#<lang>`, with `lang`, `confidence`, `guess` (other
/// parts), `segments`, `blocks` and `text`.
/// Rejects: `no_text` when the article has no block with any text.
public struct SplitStage: RecordStage {
    public struct Options: StageOptions {
        /// Sentences with fewer letters than this (a number, a hashtag, a short name) take their
        /// neighbour's language.
        public var minLetters = 8
        /// A sentence with fewer letters than this between two sentences of one other language in
        /// the same block takes their language, so that a name or slogan does not split a paragraph.
        public var islandLetters = 40

        public init() {}

        enum CodingKeys: String, CodingKey {
            case minLetters = "min_letters"
            case islandLetters = "island_letters"
        }
    }

    public static let name = "split"
    public static let outputName = "split"
    public static let version = 3

    public typealias Input = CleanedRecord
    public typealias Output = SplitRecord

    let options: Options
    let identifier: LanguageIdentifier

    public init(options: Options) throws {
        guard options.minLetters >= 0, options.islandLetters >= 0 else {
            throw StageError(stage: Self.name, reason: "min_letters and island_letters must be ≥ 0")
        }
        self.options = options
        do {
            identifier = LanguageIdentifier(model: try LanguageModel.bundled())
        } catch {
            throw StageError(stage: Self.name, reason: "the compiled language model is unreadable")
        }
    }

    /// Labels one piece of text as a whole, without cutting it into sentences (what the stage
    /// does to each sentence).
    public func identify(_ text: String) -> (lang: Language, confidence: Double) {
        let guess = identifier.identify(text)
        return (guess.language, guess.confidence)
    }

    public func process(_ input: CleanedRecord, context: StageContext) throws -> StageOutcome<SplitRecord> {
        var sentences: [(block: Int, range: Range<Int>, guess: LanguageGuess)] = []
        var scalarsOf: [Int: [UInt32]] = [:]
        for (index, block) in input.blocks.enumerated() {
            let scalars = block.text.unicodeScalars.map(\.value)
            let ranges = SentenceSegmenter.sentences(scalars).flatMap { ScriptSplitter.pieces(scalars, $0) }
            guard !ranges.isEmpty else { continue }
            scalarsOf[index] = scalars
            for range in ranges { sentences.append((index, range, identifier.identify(scalars[range]))) }
        }
        guard !sentences.isEmpty else { return .reject(.noText, detail: "the article has no text to split") }
        let labels = LabelSmoother(minLetters: options.minLetters, islandLetters: options.islandLetters)
            .labels(for: sentences.map(\.guess), blocks: sentences.map(\.block))
        let runs = LanguageRun.runs(sentences: sentences, labels: labels)

        var order: [Language] = []
        var members: [Language: [LanguageRun]] = [:]
        for run in runs {
            if members[run.language] == nil { order.append(run.language) }
            members[run.language, default: []].append(run)
        }
        return .emit(order.map { part($0, of: input, runs: members[$0]!, scalarsOf: scalarsOf) })
    }

    private func part(_ lang: Language, of input: CleanedRecord, runs: [LanguageRun], scalarsOf: [Int: [UInt32]]) -> SplitRecord {
        var segments: [Segment] = []
        var blocks: [Block] = []
        var offset = 0
        var weighted = 0.0
        var weight = 0
        var partEvidence: GuessEvidence? = nil
        for (index, run) in runs.enumerated() {
            if index > 0 { offset += 2 }  // the blank line between blocks
            var block = input.blocks[run.block]
            let scalars = scalarsOf[run.block]!
            if run.range != 0..<scalars.count {
                var view = String.UnicodeScalarView()
                view.append(contentsOf: scalars[run.range].map { Unicode.Scalar($0)! })
                block.text = String(view)
            }
            blocks.append(block)
            var guess: String? = nil
            if lang == .other {
                let evidence = identifier.guessEvidence(scalars[run.range])
                guess = identifier.guessLanguage(from: evidence)
                if partEvidence == nil { partEvidence = evidence } else { partEvidence!.add(evidence) }
            }
            segments.append(Segment(block: run.block, start: offset, end: offset + run.range.count, lang: lang,
                                    confidence: run.confidence, guess: guess))
            offset += run.range.count
            weighted += run.confidence * Double(run.letters)
            weight += run.letters
        }
        var identity = input.identity
        identity.id = "\(input.identity.docID)#\(lang.rawValue)"
        let text = Block.joinedText(blocks)
        return SplitRecord(
            identity: identity, fetch: input.fetch, article: input.article, lang: lang,
            confidence: LanguageIdentifier.rounded(weighted / Double(max(weight, 1))),
            guess: partEvidence.flatMap { identifier.guessLanguage(from: $0) },
            segments: segments, blocks: blocks, text: text)
    }
}
