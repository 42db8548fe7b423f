extension NumberRecognizer {
    /// English number words: "twenty-one", "two hundred and five", "a thousand", "3 million"
    /// (the last one through the digit path). Words join by space, "and" after hundred or a
    /// scale, and a hyphen between tens and units.
    func englishWords(at i: Int, in text: TokenizedText) -> Match? {
        guard let firstWord = text.latin(i) else { return nil }
        var state = EnglishNumberState()
        var j = i
        // "negative five", "minus 1,200,000".
        if firstWord == "minus" || firstWord == "negative", i + 1 < text.count, var m = match(at: i + 1, in: text),
            m.value > 0
        {
            m.value = -m.value
            m.start = text[i].start
            return m
        }
        // "a couple (of)", "a pair", "a few": Duckling's readings.
        if firstWord == "a", let next = text.latin(i + 1), let n = ["couple": 2.0, "pair": 2, "few": 3][next] {
            let of = text.latin(i + 2) == "of" ? 1 : 0
            return Match(value: n, start: text[i].start, end: text[i + 1 + of].end, next: i + 2 + of)
        }
        // "point 77".
        if firstWord == "point", let d = text.digits(i + 1), let v = Double("0." + d) {
            return Match(value: v, start: text[i].start, end: text[i + 1].end, next: i + 2)
        }
        if firstWord == "a" || firstWord == "an" {
            // "a hundred", "a million": the article counts one.
            guard let next = text.latin(i + 1), let role = EnglishNumberWord.cardinals[next],
                role == .hundred || role == .dozen || { if case .scale = role { return true } else { return false } }()
            else { return nil }
            state.current = 1
            state.last = .unit(1)
            j = i + 1
        }
        guard let first = text.latin(j).flatMap({ EnglishNumberWord.cardinals[$0] }), state.read(first) else {
            return nil
        }
        var end = text[j].end
        j += 1
        while j < text.count {
            var k = j
            if text.latin(k) == "and", state.acceptsAnd { k += 1 }
            if text.isSymbol(k, "-"), text.adjacent(k - 1), text.adjacent(k), case .tens? = state.last { k += 1 }
            // "two point two million".
            if text.latin(k) == "point", let u = text.latin(k + 1).flatMap({ EnglishNumberWord.cardinals[$0] }),
                case .unit(let n) = u, state.total == 0
            {
                state.current += Double(n) / 10
                state.last = .tens(0)
                end = text[k + 1].end
                j = k + 2
                continue
            }
            guard let word = text.latin(k).flatMap({ EnglishNumberWord.cardinals[$0] }), state.read(word) else { break }
            end = text[k].end
            j = k + 1
        }
        return Match(value: state.value, start: text[i].start, end: end, next: j)
    }
}

/// The running value of English number words.
private struct EnglishNumberState {
    var total = 0.0
    var current = 0.0
    var last: EnglishNumberWord?
    var lastScale = Double.infinity

    var value: Double { total + current }
    var acceptsAnd: Bool {
        switch last {
        case .hundred?, .scale?: return true
        default: return false
        }
    }

    /// Takes the next word if it may follow what was read.
    mutating func read(_ word: EnglishNumberWord) -> Bool {
        switch (last, word) {
        case (nil, .unit(let n)), (nil, .teen(let n)), (nil, .tens(let n)):
            current = Double(n)
        case (nil, .hundred):
            current = 100
        case (nil, .scale(let s)):
            total = s
            lastScale = s
        case (.tens?, .unit(let n)) where n > 0 && current.truncatingRemainder(dividingBy: 10) == 0:
            current += Double(n)
        // "one twenty two": hundreds said as a unit before tens.
        case (.unit?, .tens(let n)) where total == 0 && (1...9).contains(current):
            current = current * 100 + Double(n)
        case (.hundred?, .unit(let n)), (.hundred?, .teen(let n)), (.hundred?, .tens(let n)),
            (.scale?, .unit(let n)), (.scale?, .teen(let n)), (.scale?, .tens(let n)):
            current += Double(n)
        case (.unit?, .dozen), (.teen?, .dozen), (.tens?, .dozen):
            guard current > 0, current < 100 else { return false }
            current *= 12
        case (.unit?, .hundred), (.teen?, .hundred), (.tens?, .hundred):
            guard current > 0, current < 100 else { return false }
            current *= 100
        case (.hundred?, .dozen):
            current *= 12
        case (_, .scale(let s)) where last != nil && s < lastScale,
            (_, .scalePlural(let s)) where last != nil && s < lastScale:
            total += (current == 0 ? 1 : current) * s
            current = 0
            lastScale = s
        // "three thousand millions".
        case (.scale?, .scale(let s)) where current == 0 && s > lastScale,
            (.scale?, .scalePlural(let s)) where current == 0 && s > lastScale:
            total *= s
            lastScale = s
        default:
            return false
        }
        last = word
        return true
    }
}
