/// Arabic names the gazetteer lacks, found by rule:
/// - a type word and the name after it, bare or quoted: "صحيفة “النبأ”" (publication النبأ),
///   "سجن الصناعة" (facility), "حي غويران" (place), "بمدينة منبج" (place منبج);
/// - kunyas: "أبو دجانة", "“أبو حمزة شرقية”" (person);
/// - a title, its modifiers, then a quoted name, a kunya or a given name ("الشرعي “أبو دجانة”");
/// - a common given name and the name words after it ("محمد بن سلمان").
/// A quoted name after a type word is first looked up in the gazetteer, with the type word
/// ("تنظيم “الدولة”" is تنظيم الدولة) and without.
struct ArabicNamePatterns: Sendable {
    private enum Trigger: Sendable {
        case type(ArabicEntityWords.TypeWord)
        case title, kunya, mother, given
    }

    private let triggers: TriggerTable<Trigger>
    private let notNames: Set<String>
    private let compounds: Set<String>
    private let joiners: Set<String>
    /// Function words as written (marks dropped, letters not folded): folding makes the
    /// preposition "على" the name "علي", so a given name is checked against these first.
    private let writtenFunctionWords: Set<String>
    private let gazetteer: Gazetteer

    init(gazetteer: Gazetteer) {
        self.gazetteer = gazetteer
        var pairs: [(String, Trigger)] = ArabicEntityWords.givenNames.map { ($0, .given) }
        pairs += ArabicEntityWords.kunyas.map { ($0, .kunya) } + [(ArabicEntityWords.motherKunya, .mother)]
        pairs += ArabicEntityWords.titles.map { ($0, .title) }
        pairs += ArabicEntityWords.typeWords.map { ($0.0, .type($0.1)) }
        triggers = TriggerTable(pairs)
        notNames = WordKey.keys(ArabicEntityWords.notNames + FunctionWords.arabicFunctionWords + FunctionWords.sourceEnders)
        compounds = WordKey.keys(ArabicEntityWords.compoundPrefixes)
        joiners = WordKey.keys(ArabicEntityWords.nameJoiners)
        writtenFunctionWords = Set(FunctionWords.arabicFunctionWords.map(Self.written) + ["على", "إلى", "حتى", "متى", "لدى"])
    }

    func candidates(in scan: EntityScan) -> [EntityCandidate] {
        var found: [EntityCandidate] = []
        var word = FoldedWord()
        var w = 0
        while w < scan.words.count {
            defer { w += 1 }
            guard scan.isArabic(w) else { continue }
            word.load(scan.words[w], in: scan.text)
            guard let (trigger, letter) = triggers.lookup(word) else { continue }
            let start = word.offsets[letter]
            var made: EntityCandidate?
            switch trigger {
            case .type(let type): made = typed(type, at: w, start: start, word: word, letter: letter, in: scan)
            case .kunya: made = kunya(at: w, start: start, in: scan)
            case .mother: made = scan.quote(startingAt: w, maxWords: 4).map { person($0.inner, in: scan) }
            case .title: made = afterTitle(w, in: scan)
            case .given:
                guard !isFunctionWord(w, in: scan) else { continue }
                made = given(at: w, start: start, in: scan, alone: false)
            }
            if let made {
                found.append(made)
                while w + 1 < scan.words.count, scan.words[w + 1].lowerBound < made.range.upperBound { w += 1 }
            }
        }
        return found
    }

    // MARK: type words

    private func typed(
        _ type: ArabicEntityWords.TypeWord, at w: Int, start: Int, word: FoldedWord, letter: Int, in scan: EntityScan
    ) -> EntityCandidate? {
        if let q = scan.quote(after: w) {
            let inner = (q.first...q.last).map { FoldedWord.hash(scan.text.string(scan.words[$0])) }
            let typeHash = word.hash(from: letter)
            if let e = gazetteer.entity(forWords: [typeHash] + inner) ?? gazetteer.entity(forWords: inner) {
                return EntityCandidate(gazetteer.entries[e], range: q.inner)
            }
            let name = scan.text.string(q.inner)
            guard type.partOfName else { return EntityCandidate(kind: type.kind, name: name, range: q.inner) }
            let typeText = scan.text.string(start..<scan.words[w].upperBound)
            return EntityCandidate(
                kind: type.kind, name: typeText + " " + name, range: start..<(q.inner.upperBound + 1), holdsTypeWord: true)
        }
        guard !type.quotedOnly, scan.nextIsClear(w), isNameWord(w + 1, in: scan) else { return nil }
        var last = w + 1
        if type.definiteRun {
            guard scan.isDefinite(last) else { return nil }
            while last - w < 3, scan.nextIsClear(last), scan.isDefinite(last + 1), isNameWord(last + 1, in: scan) {
                last += 1
            }
        } else if compounds.contains(scan.key(last)), scan.nextIsClear(last), isNameWord(last + 1, in: scan) {
            last += 1
        }
        if type.partOfName {
            return EntityCandidate(
                kind: type.kind, name: scan.name(w, from: start, through: last),
                range: start..<scan.words[last].upperBound, holdsTypeWord: true)
        }
        let range = scan.words[w + 1].lowerBound..<scan.words[last].upperBound
        return EntityCandidate(kind: type.kind, name: scan.name(w + 1, from: range.lowerBound, through: last), range: range)
    }

    // MARK: people

    private func person(_ range: Range<Int>, in scan: EntityScan) -> EntityCandidate {
        EntityCandidate(kind: .person, name: scan.text.string(range), range: range)
    }

    /// "أبو دجانة", "أبو محمد الجولاني", or a quote that starts with a kunya.
    private func kunya(at w: Int, start: Int, in scan: EntityScan) -> EntityCandidate? {
        if let q = scan.quote(startingAt: w, maxWords: 4), q.last > w { return person(q.inner, in: scan) }
        guard scan.nextIsClear(w), isNameWord(w + 1, in: scan), !scan.isDefinite(w + 1) else { return nil }
        var last = w + 1
        if scan.nextIsClear(last), isNisba(last + 1, in: scan) { last += 1 }
        return EntityCandidate(
            kind: .person, name: scan.name(w, from: start, through: last), range: start..<scan.words[last].upperBound)
    }

    /// A title, then up to four words of modifiers ("العسكري", "باسم الوزارة", "في ريف حلب"),
    /// then a quoted name, a kunya or a given name.
    private func afterTitle(_ w: Int, in scan: EntityScan) -> EntityCandidate? {
        var k = w
        var word = FoldedWord()
        for _ in 0..<5 {
            if let q = scan.quote(after: k, maxWords: 4) { return person(q.inner, in: scan) }
            guard scan.nextIsClear(k) else { return nil }
            k += 1
            guard scan.isArabic(k) else { return nil }
            word.load(scan.words[k], in: scan.text)
            switch triggers.lookup(word) {
            case let (.kunya, letter)?: return kunya(at: k, start: word.offsets[letter], in: scan)
            case let (.mother, letter)?:
                guard scan.nextIsClear(k), isNameWord(k + 1, in: scan) else { return nil }
                let start = word.offsets[letter]
                return EntityCandidate(kind: .person, name: scan.name(k, from: start, through: k + 1), range: start..<scan.words[k + 1].upperBound)
            case let (.given, letter)? where !isFunctionWord(k, in: scan):
                return given(at: k, start: word.offsets[letter], in: scan, alone: true)
            default: break
            }
            let key = scan.key(k)
            guard scan.isDefinite(k) || ["باسم", "في", "ب", "ل"].contains(key) || key.hasPrefix("باسم") else { return nil }
        }
        return nil
    }

    /// A given name and the name words after it: joiners ("بن", "عبد"), bare words, and at most
    /// one definite word, which ends the name ("بشار الأسد"). Without a title (`alone` false)
    /// a given name needs a second word.
    private func given(at w: Int, start: Int, in scan: EntityScan, alone: Bool) -> EntityCandidate? {
        var last = w
        while last - w < 3, scan.nextIsClear(last), isNameWord(last + 1, in: scan) || joiners.contains(scan.key(last + 1)) {
            last += 1
            if scan.isDefinite(last) { break }
        }
        while last > w, joiners.contains(scan.key(last)) { last -= 1 }
        guard alone || last > w else { return nil }
        return EntityCandidate(
            kind: .person, name: scan.name(w, from: start, through: last), range: start..<scan.words[last].upperBound)
    }

    // MARK: words

    private func isFunctionWord(_ k: Int, in scan: EntityScan) -> Bool {
        writtenFunctionWords.contains(Self.written(scan.text.string(scan.words[k])))
    }

    private static func written(_ word: String) -> String {
        String(String.UnicodeScalarView(word.unicodeScalars.filter { !$0.isArabicMark }))
    }

    /// An Arabic word that may be (part of) a name: no function word, adjective or verb of
    /// the lists, no digits, two letters at least.
    private func isNameWord(_ k: Int, in scan: EntityScan) -> Bool {
        guard k < scan.words.count, scan.isArabic(k) else { return false }
        let key = scan.key(k)
        return key.count >= 2 && !notNames.contains(key) && !key.unicodeScalars.contains { $0.properties.numericType != nil }
    }

    /// A definite word ending in ي, taken for a nisba ("الجولاني", "المصري").
    private func isNisba(_ k: Int, in scan: EntityScan) -> Bool {
        guard isNameWord(k, in: scan), scan.isDefinite(k) else { return false }
        return scan.key(k).hasSuffix("ي")
    }
}
