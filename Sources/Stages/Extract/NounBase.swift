/// A counted noun's lemma-like base: "مقاتلاً" → مقاتل, "والمقاتلين" → مقاتل, "شاحنتين" → شاحنة,
/// "مجموعات" → مجموعة, "fighters" → fighter. Light suffix rules, not a morphological
/// analyser: broken plurals (عناصر) stay as they are.
enum NounBase {
    static func base(of noun: String) -> String {
        let letters = noun.unicodeScalars.filter { !$0.isArabicMark }
        guard let first = letters.first else { return noun }
        if first.value < 0x0250 { return english(noun.lowercased()) }
        return arabic(Array(letters), hadTanween: noun.unicodeScalars.contains("\u{064B}"))
    }

    private static func arabic(_ word: [Unicode.Scalar], hadTanween: Bool) -> String {
        var w = word[...]
        if w.count > 4, w.first == "و" || w.first == "ف" { w = w.dropFirst() }
        if w.count > 4, ["ب", "ك", "ل"].contains(w.first!), w.dropFirst().starts(with: ["ا", "ل"]) { w = w.dropFirst() }
        if w.count > 4, w.starts(with: ["ل", "ل"]) { w = w.dropFirst(2) } else if w.count > 4, w.starts(with: ["ا", "ل"]) {
            w = w.dropFirst(2)
        }
        let n = w.count
        func ends(_ suffix: String) -> Bool { w.reversed().starts(with: suffix.unicodeScalars.reversed()) }
        // The accusative alef of tanween: "عنصراً" is the singular عنصر ("ضحايا" keeps its alef).
        if n >= 4, ends("ا"), hadTanween || !["ي", "ا", "و"].contains(w[w.index(w.endIndex, offsetBy: -2)]) {
            return string(w.dropLast())
        }
        if n >= 5, ends("تين") || ends("تان") { return string(w.dropLast(3)) + "ة" }
        if n >= 6, ends("ين") || ends("ون") { return string(w.dropLast(2)) }
        if n >= 5, ends("ان") { return string(w.dropLast(2)) }
        if n >= 5, ends("ات") { return string(w.dropLast(2)) + "ة" }
        return string(w)
    }

    private static let irregular = [
        "people": "person", "men": "man", "women": "woman", "children": "child", "police": "police",
        "personnel": "personnel", "troops": "troop", "casualties": "casualty", "lives": "life",
    ]

    private static func english(_ word: String) -> String {
        if let known = irregular[word] { return known }
        guard word.count > 3 else { return word }
        if word.hasSuffix("ies") { return String(word.dropLast(3)) + "y" }
        if ["ches", "shes", "sses", "xes"].contains(where: word.hasSuffix) { return String(word.dropLast(2)) }
        if word.hasSuffix("s"), !["ss", "us", "is"].contains(where: word.hasSuffix) { return String(word.dropLast()) }
        return word
    }

    private static func string<S: Sequence>(_ scalars: S) -> String where S.Element == Unicode.Scalar {
        var out = String.UnicodeScalarView()
        out.append(contentsOf: scalars)
        return String(out)
    }
}
