/// English cardinal and ordinal number words, lowercased.
enum EnglishNumberWord: Sendable, Equatable {
    case unit(Int)
    case teen(Int)
    case tens(Int)
    case hundred
    /// "a dozen", "two dozen": times 12.
    case dozen
    case scale(Double)
    /// "millions", "dozens", "lakhs": only after a count ("three billions").
    case scalePlural(Double)

    static let cardinals: [String: EnglishNumberWord] = {
        var table: [String: EnglishNumberWord] = [:]
        for (n, w) in unitWords.enumerated() { table[w] = .unit(n) }
        for (n, w) in teenWords.enumerated() { table[w] = .teen(n + 10) }
        for (n, w) in tensWords.enumerated() { table[w] = .tens((n + 2) * 10) }
        table["hundred"] = .hundred
        table["dozen"] = .dozen
        table["thousand"] = .scale(1e3)
        table["million"] = .scale(1e6)
        table["billion"] = .scale(1e9)
        table["trillion"] = .scale(1e12)
        for w in ["naught", "nought", "nil"] { table[w] = .unit(0) }
        table["single"] = .unit(1)
        // South Asian scales: a lakh is 10^5, a crore 10^7.
        for w in ["lakh", "lac", "lkh"] { table[w] = .scale(1e5) }
        for w in ["crore", "cr", "koti", "krore", "kr"] { table[w] = .scale(1e7) }
        let plurals: [String: Double] = [
            "dozens": 12, "hundreds": 100, "thousands": 1e3, "millions": 1e6, "billions": 1e9, "trillions": 1e12,
            "lakhs": 1e5, "lacs": 1e5, "lkhs": 1e5, "crores": 1e7, "krores": 1e7,
        ]
        for (w, v) in plurals { table[w] = .scalePlural(v) }
        return table
    }()

    /// first … ninetieth, and hundredth: ordinal words and their values.
    static let ordinals: [String: Int] = {
        let units = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"]
        let teens = [
            "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
            "eighteenth", "nineteenth",
        ]
        let tens = [
            "twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth", "seventieth", "eightieth", "ninetieth",
        ]
        var table: [String: Int] = ["hundredth": 100]
        for (n, w) in units.enumerated() { table[w] = n + 1 }
        for (n, w) in teens.enumerated() { table[w] = n + 10 }
        for (n, w) in tens.enumerated() { table[w] = (n + 2) * 10 }
        return table
    }()

    static let unitWords = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
    static let teenWords = [
        "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
    ]
    static let tensWords = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
}
