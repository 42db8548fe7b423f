/// English names the gazetteer lacks: runs of capitalised words, typed by a cue.
///
/// A run may hold connectors ("Syrian Observatory for Human Rights", "Abu Bakr al-Baghdadi").
/// Leading words that are no names ("The", "Some", months) are dropped. The type comes from
/// its last word ("Hama Prison", "Kurdistan Region"), a lowercase type noun after it
/// ("AlSina jail"), a type noun before it ("newspaper called …"), a title before it
/// ("President X", a person), a handle after it ("Hussam Hammoud (@…)"), or an embed author.
/// A run with no cue is skipped: a capital alone does not say what a name names.
struct EnglishNamePatterns: Sendable {
    /// Names of the part's embedded posts' authors: people.
    var authors: Set<String> = []

    func candidates(in scan: EntityScan) -> [EntityCandidate] {
        var found: [EntityCandidate] = []
        var w = 0
        while w < scan.words.count {
            guard isCapitalised(w, in: scan) else {
                w += 1
                continue
            }
            var last = w
            while let next = nextNameWord(after: last, in: scan) { last = next }
            var first = w
            while first <= last, EnglishEntityWords.notNames.contains(scan.key(first)) || isTitle(first, in: scan) {
                first += 1
            }
            while last >= first, !isCapitalised(last, in: scan) { last -= 1 }
            if first <= last, let c = typed(first, last, in: scan) { found.append(c) }
            w = max(last, w) + 1
        }
        return found
    }

    private func typed(_ first: Int, _ last: Int, in scan: EntityScan) -> EntityCandidate? {
        let range = scan.words[first].lowerBound..<scan.words[last].upperBound
        let name = scan.name(first, from: range.lowerBound, through: last)
        if authors.contains(name) { return EntityCandidate(kind: .person, name: name, range: range) }
        if last > first, let kind = EnglishEntityWords.suffixTypes[scan.key(last)] {
            return EntityCandidate(kind: kind, name: name, range: range, holdsTypeWord: true)
        }
        if scan.nextIsClear(last), let kind = EnglishEntityWords.suffixTypes[scan.key(last + 1)], kind != .organisation {
            let whole = range.lowerBound..<scan.words[last + 1].upperBound
            return EntityCandidate(
                kind: kind, name: scan.name(first, from: whole.lowerBound, through: last + 1), range: whole, holdsTypeWord: true)
        }
        if let kind = typeBefore(first, in: scan) { return EntityCandidate(kind: kind, name: name, range: range) }
        if isTitle(first - 1, in: scan) || handleFollows(last, in: scan) {
            return EntityCandidate(kind: .person, name: name, range: range)
        }
        return nil
    }

    /// "newspaper X", "the newspaper called “X”", "a town named X".
    private func typeBefore(_ first: Int, in scan: EntityScan) -> EntityMention.Kind? {
        guard first >= 1 else { return nil }
        func joined(_ a: Int, _ b: Int) -> Bool {
            (scan.words[a].upperBound..<scan.words[b].lowerBound).allSatisfy {
                scan.text[$0].isInlineSpace || scan.text[$0].isOpeningQuote
            }
        }
        var k = first - 1
        guard joined(k, first) else { return nil }
        if ["called", "named", "dubbed"].contains(scan.key(k)) {
            guard k >= 1, joined(k - 1, k) else { return nil }
            k -= 1
        }
        return EnglishEntityWords.typeNouns[scan.key(k)]
    }

    private func handleFollows(_ last: Int, in scan: EntityScan) -> Bool {
        var i = scan.words[last].upperBound
        while let s = scan.text.at(i), s.isInlineSpace { i += 1 }
        return scan.text.at(i) == "(" && scan.text.at(i + 1) == "@"
    }

    private func isTitle(_ k: Int, in scan: EntityScan) -> Bool {
        guard k >= 0 else { return false }
        var key = scan.key(k)
        if key.hasSuffix(".") { key.removeLast() }
        return EnglishEntityWords.titles.contains(key)
    }

    /// The next word of the run: capitalised, or a connector followed by a capitalised word.
    private func nextNameWord(after k: Int, in scan: EntityScan) -> Int? {
        guard scan.nextIsClear(k) else { return nil }
        if isCapitalised(k + 1, in: scan) { return k + 1 }
        if EnglishEntityWords.connectors.contains(scan.key(k + 1)), scan.nextIsClear(k + 1), isCapitalised(k + 2, in: scan) {
            return k + 2
        }
        return nil
    }

    /// A Latin word that starts with a capital ("Hammoud", "AlSina", "al-Baghdadi" counts by
    /// the letter after its article).
    private func isCapitalised(_ k: Int, in scan: EntityScan) -> Bool {
        guard k >= 0, k < scan.words.count else { return false }
        let r = scan.words[k]
        let first = scan.text[r.lowerBound]
        if first.value >= 0x41 && first.value <= 0x5A { return true }
        guard r.count > 3, first == "a" || first == "e", scan.text[r.lowerBound + 1] == "l", scan.text[r.lowerBound + 2] == "-"
        else { return false }
        let v = scan.text[r.lowerBound + 3].value
        return v >= 0x41 && v <= 0x5A
    }
}
