extension NumberRecognizer {
    /// Arabic number words. The first word may carry و، ف, the article, or a preposition when its
    /// stem has three letters or more ("لست" is "I am not", not ل + ست). Later words join with
    /// و (attached or written apart) in place order (واحد وعشرون، مئة وخمسة وعشرون) or directly
    /// as multipliers (ثلاثة عشر، ثلاث مئة، خمسة آلاف); they take the article when the first
    /// word does (الواحد والعشرون).
    func arabicWords(at i: Int, in text: TokenizedText) -> Match? {
        guard let (first, reading) = text.arabic(i, in: ArabicNumberWord.table, .any),
            !reading.hasPreposition || text[i].keyScalars.count - reading.stemStart >= 3,
            // الاثنين is Monday.
            !(reading.hasArticle && reading.stem == Self.monday)
        else { return nil }
        var state = ArabicNumberState()
        var j = i + 1
        switch first {
        case .teenHead(let n):
            if text.arabic(j, in: ArabicNumberWord.table, .bare)?.0 == .ten {
                state.current = Double(10 + n)
                j += 1
            } else if n == 1, let (t, after) = text.conjoinedTens(at: j) {
                state.current = Double(t + 1)
                j = after
            } else {
                return nil
            }
        case .scalePlural:
            return nil
        default:
            guard state.start(with: first) else { return nil }
        }
        let later = ReadingRule(
            article: reading.hasArticle ? .optional : .forbidden, conjunction: true, preposition: false)
        while j < text.count {
            let apart = text.isWaw(j)
            let k = apart ? j + 1 : j
            guard let (word, r) = text.arabic(k, in: ArabicNumberWord.table, later), !(apart && r.hasConjunction) else {
                break
            }
            let consumed: Int
            if apart || r.hasConjunction {
                consumed = state.add(
                    word, teenFollows: text.arabic(k + 1, in: ArabicNumberWord.table, .bare)?.0 == .ten)
            } else {
                consumed = state.multiply(by: word) ? 1 : 0
            }
            guard consumed > 0 else { break }
            j = k + consumed
        }
        return Match(value: state.value, start: reading.spanStart, end: text[j - 1].end, next: j)
    }
}

extension NumberRecognizer {
    fileprivate static let monday = ArabicKey.key("اثنين")
}

extension ReadingRule {
    /// A later word of a compound number: bare, or with و.
    static let conjoined = ReadingRule(article: .forbidden, conjunction: true, preposition: false)
}

/// The running value of an Arabic number read word by word.
private struct ArabicNumberState {
    /// Thousands, millions … already closed by a scale word.
    var total = 0.0
    /// The part below the last scale word.
    var current = 0.0
    /// The unit just read, which عشر or مئة may build on.
    var lastUnit: Int?
    var lastScale = Double.infinity

    var value: Double { total + current }

    mutating func start(with word: ArabicNumberWord) -> Bool {
        switch word {
        case .unit(let n):
            current = Double(n)
            lastUnit = n
        case .ten: current = 10
        case .tens(let n), .hundreds(let n): current = Double(n)
        case .hundred: current = 100
        case .scale(let s):
            total = s
            lastScale = s
        case .scaleDual(let s):
            total = 2 * s
            lastScale = s
        case .teenHead, .scalePlural: return false
        }
        return true
    }

    /// A word joined with و: adds in the next free place. Returns the tokens consumed (0: stop).
    mutating func add(_ word: ArabicNumberWord, teenFollows: Bool) -> Int {
        let below100 = current.truncatingRemainder(dividingBy: 100)
        defer { if case .unit = word {} else { lastUnit = nil } }
        switch word {
        case .unit(let n) where n > 0 && current.truncatingRemainder(dividingBy: 10) == 0:
            current += Double(n)
            lastUnit = n
            return 1
        case .teenHead(let n) where teenFollows && below100 == 0:
            current += Double(10 + n)
            return 2
        case .ten where below100 == 0:
            current += 10
            return 1
        case .tens(let n) where below100 < 10:
            current += Double(n)
            return 1
        case .hundred where current == 0 && total > 0:
            current = 100
            return 1
        case .hundreds(let n) where current == 0 && total > 0:
            current = Double(n)
            return 1
        case .scale(let s) where current == 0 && s < lastScale:
            total += s
            lastScale = s
            return 1
        case .scaleDual(let s) where current == 0 && s < lastScale:
            total += 2 * s
            lastScale = s
            return 1
        default:
            return 0
        }
    }

    /// A word with no و: a teen, a hundred, or a scale over what was read; after whole
    /// hundreds, the units or tens that dialects join without و (متين تلاتة وستين). False: stop.
    mutating func multiply(by word: ArabicNumberWord) -> Bool {
        defer { if case .unit = word, current.truncatingRemainder(dividingBy: 100) < 10 {} else { lastUnit = nil } }
        switch word {
        case .unit(let n) where n > 0 && current >= 100 && current.truncatingRemainder(dividingBy: 100) == 0:
            current += Double(n)
            lastUnit = n
        case .tens(let n) where current >= 100 && current.truncatingRemainder(dividingBy: 100) == 0:
            current += Double(n)
        case .ten:
            guard let u = lastUnit, (1...9).contains(u) else { return false }
            current += 10
        case .hundred:
            guard let u = lastUnit, (3...9).contains(u) else { return false }
            current += Double(u * 99)
        case .scale(let s), .scalePlural(let s):
            guard current > 0, s < lastScale else { return false }
            total += current * s
            current = 0
            lastScale = s
        default:
            return false
        }
        return true
    }
}

extension TokenizedText {
    private static let waw = ArabicKey.set(["و"])

    /// Whether token i is و written apart ("واحد و عشرون").
    func isWaw(_ i: Int) -> Bool {
        arabicWord(i, in: Self.waw)
    }

    /// Tens joined with و at i ("والعشرين", "و عشرون"): their value and the token after them.
    func conjoinedTens(at i: Int) -> (Int, Int)? {
        let apart = isWaw(i)
        let k = apart ? i + 1 : i
        let rule = ReadingRule(article: .optional, conjunction: !apart, preposition: false)
        guard let (word, r) = arabic(k, in: ArabicNumberWord.table, rule), apart != r.hasConjunction,
            case .tens(let t) = word
        else { return nil }
        return (t, k + 1)
    }
}
