/// One sentence to train the tagger on: its words and its names as word-index spans.
public struct TrainingSentence: Sendable, Equatable {
    public struct Name: Sendable, Equatable {
        public var kind: EntityMention.Kind
        /// Word indices, end exclusive.
        public var start: Int
        public var end: Int

        public init(kind: EntityMention.Kind, start: Int, end: Int) {
            self.kind = kind
            self.start = start
            self.end = end
        }
    }

    public var words: [String]
    public var names: [Name]

    public init(words: [String], names: [Name]) {
        self.words = words
        self.names = names
    }

    /// The sentence as the tagger will meet it: words joined by single spaces, tokenized, and
    /// each token's gold tag (a word the tokenizer splits gives B then I to its pieces).
    func tokens(tags: TaggerTagSet) -> (tokens: TaggerTokens, gold: [Int]) {
        var starts: [Int] = []
        var text = ""
        var offset = 0
        for (i, word) in words.enumerated() {
            if i > 0 { text += " "; offset += 1 }
            starts.append(offset)
            text += word
            offset += word.unicodeScalars.count
        }
        let tokens = TaggerTokenizer.tokenize(text)
        var wordTag = [Int](repeating: TaggerTagSet.outside, count: words.count)
        var wordIsFirst = [Bool](repeating: false, count: words.count)
        for name in names {
            guard let k = tags.kinds.firstIndex(of: name.kind), name.start < name.end, name.end <= words.count
            else { continue }
            for w in name.start..<name.end { wordTag[w] = tags.inside(k) }
            wordTag[name.start] = tags.begin(k)
            wordIsFirst[name.start] = true
        }
        var gold: [Int] = []
        var w = 0
        var previousWord = -1
        for token in tokens.tokens {
            while w + 1 < starts.count, starts[w + 1] <= token.start { w += 1 }
            var tag = wordTag[w]
            if previousWord == w, tags.isBegin(tag) { tag += 1 }  // later piece of a B word: I
            gold.append(tag)
            previousWord = w
        }
        return (tokens, gold)
    }
}
