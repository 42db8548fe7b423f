/// Words that set off a pattern (type words, titles, kunyas, given names), looked up by hash
/// under the readings an Arabic word has with و/ف and ب/ل/ك attached ("وبمدينة", "للقيادي").
struct TriggerTable<Value: Sendable>: Sendable {
    private var table: [UInt64: Value] = [:]

    init(_ pairs: [(String, Value)]) {
        for (word, value) in pairs { table[FoldedWord.hash(word)] = value }
    }

    /// The value of the word's first reading found, and the letter index where it starts.
    func lookup(_ word: FoldedWord) -> (value: Value, start: Int)? {
        let n = word.count
        guard n > 0 else { return nil }
        if let v = table[word.hash(from: 0)] { return (v, 0) }
        guard word.letters[0] >= 0x0600 && word.letters[0] <= 0x06FF else { return nil }
        var s = 0
        if n > 2, word.letters[0] == 0x0648 || word.letters[0] == 0x0641 {
            s = 1
            if let v = table[word.hash(from: 1)] { return (v, 1) }
        }
        guard s + 2 < n, [0x0628, 0x0644, 0x0643].contains(word.letters[s]) else { return nil }
        if word.letters[s] == 0x0644, word.letters[s + 1] == 0x0644, let v = table[word.hash(from: s + 1, prefix: [0x0627])] {
            return (v, s + 1)
        }
        if let v = table[word.hash(from: s + 1)] { return (v, s + 1) }
        return nil
    }

    /// The value of the word as written, no clitics.
    func exact(_ word: FoldedWord) -> Value? {
        word.count > 0 ? table[word.hash(from: 0)] : nil
    }
}
